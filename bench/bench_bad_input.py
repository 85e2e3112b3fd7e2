"""Bad-input benchmark: memory and time of `designer export` on hostile layouts.

    python bench/bench_bad_input.py [--repeat 3]

Prints, in one run, for each hostile layout next to the shipped A5 school flyer (the baseline,
run alternately with it so machine load affects both alike):
  * peak resident memory (the child's max RSS) and its ratio to the baseline; the target is
    < 500 MB for any layout file up to 50 MB;
  * wall time (median of --repeat runs) and its ratio to the baseline; the target for a
    10 000-character word in every text frame is < 5 s;
  * the exit code (0 written, 2 refused with one line).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.peak_memory import run_measured  # noqa: E402
SAMPLE = ROOT / "layouts" / "examples" / "skola-a5.json"
PHOTO = ROOT / "assets" / "images" / "dalalven-morgon.jpg"
WORDS = "förutsättningar skola elev lärare Borlänge kommun framtid trygghet, och".split()
TEXT_FRAMES = ("slogan", "headline", "body", "bullets", "printer-line", "candidates", "contact")


def sample() -> dict:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["slots"]["photo"]["image"] = str(PHOTO)
    return data


def prose(chars: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(chars // 6 + 1))[:chars]


def hostile_layouts():
    """(name, layout document) pairs, made one at a time (so this process stays small); every
    file is at most 50 MB."""
    data = sample()
    for frame in TEXT_FRAMES:
        data["slots"][frame]["text"] = "förutsättningar" * 667      # 10 005 characters, no space
    yield "10 000-char word in every text frame", data
    data = sample()
    data["slots"]["body"]["text"] = prose(4_999_000, 1)
    yield "5 MB of body text", data
    data = sample()
    for index, frame in enumerate(TEXT_FRAMES):
        data["slots"][frame]["text"] = prose(4_999_000, index)
    yield "5 MB of text in every text frame (35 MB)", data
    data = sample()
    data["slots"]["body"]["text"] = "ö" * 4_999_000
    yield "one 5 000 000-char word (10 MB)", data
    data = sample()
    data["slots"]["body"].update(text="ö " * 2_400_000, rect=[10, 10, 1, 1])
    yield "2.4 million words in a 1 mm frame", data
    data = sample()
    data["meta"] = {"note": "y" * 49_000_000}
    yield "49 MB string in meta", data
    data = sample()
    data["meta"] = {"pairs": [[1, 2]] * 4_000_000}
    yield "4 million small arrays (32 MB, refused)", data
    data = sample()
    data["slots"].update({f"x{i}": {"text": "hej"} for i in range(300_000)})
    yield "300 000 slots (8 MB, refused)", data


def measure(layout: Path, output: Path) -> tuple[float, float, int]:
    """(seconds, peak resident MB, exit code) of one cold `designer export`."""
    started = time.perf_counter()
    run = run_measured(["export", str(layout), "-o", str(output)], output.parent, timeout=600)
    return time.perf_counter() - started, run.peak_bytes / 2**20, run.code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bad-input-") as folder:
        folder = Path(folder)
        baseline_path = folder / "baseline.json"
        baseline_path.write_text(json.dumps(sample(), ensure_ascii=False), encoding="utf-8")
        measure(baseline_path, folder / "warm.pdf")                  # fills the user caches once
        print(f"{'case':44} {'file':>8} {'exit':>4} {'peak MB':>8} {'x base':>7} {'seconds':>8} {'x base':>7}")
        for name, document in hostile_layouts():
            path = folder / "case.json"
            path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

            size_mb = path.stat().st_size / 2**20
            runs, base_runs = [], []
            for _ in range(args.repeat):                             # alternate case and baseline
                runs.append(measure(path, folder / "case.pdf"))
                base_runs.append(measure(baseline_path, folder / "base.pdf"))
            seconds = statistics.median(r[0] for r in runs)
            base_seconds = statistics.median(r[0] for r in base_runs)
            peak = max(r[1] for r in runs)
            base_peak = max(r[1] for r in base_runs)
            print(f"{name:44} {size_mb:7.1f}M {runs[0][2]:>4} {peak:8.0f} {peak / base_peak:6.2f}x "
                  f"{seconds:8.2f} {seconds / base_seconds:6.2f}x")
        print(f"baseline (the A5 school flyer): peak {base_peak:.0f} MB, {base_seconds:.2f} s")


if __name__ == "__main__":
    main()
