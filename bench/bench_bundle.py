"""App bundle benchmark (not a test): its size, and its cold start against `python -m designer`.

    python packaging/build_bundle.py        # once: dist/campaign-designer/
    python bench/bench_bundle.py [--runs 5]

Three cold starts, each a fresh process, bundle and `python -m designer` alternating so machine
noise hits both alike; medians and the ratio bundle / python are printed:
- `--version` (start-up alone), `export` of the shipped school flyer to PDF/X-4 (headless work),
- the app: process start until its log says "window shown" (Qt offscreen), then it is stopped.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
from build_bundle import NAME, time_to_window  # noqa: E402

LAYOUT = REPO / "layouts" / "examples" / "skola-a5.json"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def timed(command: list[str], env: dict, cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description="bundle size and cold start vs python -m designer")
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / NAME)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    executable = args.bundle / NAME
    if not executable.exists():
        parser.error(f"no bundle at {args.bundle}: build it with `python packaging/build_bundle.py`")
    size = folder_size(args.bundle)
    print(f"bundle: {args.bundle} {size / 1e6:.0f} MB on disk, {sum(1 for _ in args.bundle.rglob('*'))} files")

    with tempfile.TemporaryDirectory(prefix="designer-bench-") as folder:
        work = Path(folder)
        env = {**os.environ, "DESIGNER_HOME": str(work / "home"), "DESIGNER_CACHE": str(work / "cache"),
               "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
        bundle_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}
        python = [sys.executable, "-m", "designer"]
        cases = {
            "--version": lambda cmd: [*cmd, "--version"],
            "export skola-a5.json": lambda cmd: [*cmd, "export", str(LAYOUT), "-o", str(work / "out.pdf")],
        }
        # one warm-up each: the user cache (images, hyphenation) is filled once, as after a first run
        timed(cases["export skola-a5.json"]([str(executable)]), bundle_env, work)
        timed(cases["export skola-a5.json"](python), env, work)
        results = {}
        for name, make in cases.items():
            runs = {"bundle": [], "python": []}
            for _ in range(args.runs):
                runs["bundle"].append(timed(make([str(executable)]), bundle_env, work))
                runs["python"].append(timed(make(python), env, work))
            results[name] = runs
        runs = {"bundle": [], "python": []}
        for _ in range(args.runs):
            runs["bundle"].append(time_to_window([str(executable)], bundle_env, work))
            runs["python"].append(time_to_window(python, env, work))
        results["app: start to window shown"] = runs

    print(f"{'':32} {'bundle':>9} {'python -m':>10} {'ratio':>7}   (medians of {args.runs}, alternating)")
    for name, runs in results.items():
        bundle, python_ = statistics.median(runs["bundle"]), statistics.median(runs["python"])
        print(f"{name:32} {bundle * 1000:7.0f} ms {python_ * 1000:7.0f} ms {bundle / python_:6.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
