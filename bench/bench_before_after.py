"""Benchmark: the A5 school flyer export (or, with --merge, an edition of a merge) in an earlier
commit against the working tree.

    python bench/bench_before_after.py [COMMIT] [--runs 9]     (default COMMIT: 79ad7d4, the last
                                                               commit before shaped text)
    python bench/bench_before_after.py COMMIT --merge [--runs 3]

The earlier tree is unpacked with `git archive` into a temporary folder; both trees are
byte-compiled (as an install would be) and timed alternately in the same run, each with its own
warm user cache: (1) in process, the median of 15 `export_file` calls after a warm-up, (2) cold,
the median of `python -m designer export` processes. Prints both and their ratios.
--merge: the cost per extra edition of bench_batch.py's merge (A5 event flyer, own place name and
QR code per row, 50 vs 300 rows, --jobs 1), wall clock and CPU time, medians of --runs.
"""
from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUT = "layouts/examples/skola-a5.json"
IN_PROCESS = """
import statistics, sys, time
from pathlib import Path
from designer.export import export_file
out = Path(sys.argv[1])
export_file(Path({layout!r}), out)
times = []
for _ in range(15):
    start = time.perf_counter()
    export_file(Path({layout!r}), out)
    times.append(time.perf_counter() - start)
print(statistics.median(times) * 1000)
""".format(layout=LAYOUT)


def unpack(commit: str, folder: Path) -> Path:
    archive = folder / "tree.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", commit], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "tree", filter="data")
    return folder / "tree"


def per_edition(trees: dict[str, Path], runs: int, tmp: str) -> None:
    """Per extra edition of a merge in each tree (wall and CPU ms), alternated; prints the ratios."""
    sys.path.insert(0, str(ROOT / "bench"))
    import shutil

    import bench_batch

    folder = Path(tmp) / "editions"
    shutil.copytree(bench_batch.EDITIONS, folder)
    small, large = bench_batch.make_rows(folder, 50), bench_batch.make_rows(folder, 300)
    wall: dict[str, list[float]] = {name: [] for name in trees}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    for run in range(runs + 1):
        for index, (name, tree) in enumerate(trees.items()):
            os.environ.update(PYTHONPATH=str(tree), DESIGNER_CACHE=f"{tmp}/cache-{index}")
            timings = [bench_batch.timed_with_cpu(bench_batch.merge(folder, data, folder / f"out-{index}"), tree)
                       for data in (small, large)]
            if run:              # the first run fills the user cache
                wall[name].append((timings[1][0] - timings[0][0]) / 250 * 1000)
                cpu[name].append((timings[1][1] - timings[0][1]) / 250 * 1000)
    print_medians(trees, {"per extra edition: wall": wall, "CPU": cpu})


def print_medians(trees: dict[str, Path], measures: dict[str, dict[str, list[float]]]) -> None:
    """One line per tree with the median ms of each measure, then the ratios new / old."""
    medians = {label: {name: statistics.median(values[name]) for name in trees} for label, values in measures.items()}
    for name in trees:
        print(f"{name:14s} " + "   ".join(f"{label} {by_tree[name]:6.2f} ms" for label, by_tree in medians.items()))
    old, new = trees
    print(f"working tree / {old}: " + ", ".join(f"{label.split(': ')[-1]} {by_tree[new] / by_tree[old]:.2f}x"
                                                for label, by_tree in medians.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", nargs="?", default="79ad7d4")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--merge", action="store_true", help="time an extra edition of a merge instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-before-after-") as tmp:
        trees = {args.commit: unpack(args.commit, Path(tmp)), "working tree": ROOT}
        for tree in trees.values():
            compileall.compile_dir(str(tree / "designer"), quiet=1)
        if args.merge:
            per_edition(trees, args.runs, tmp)
            return
        cold: dict[str, list[float]] = {name: [] for name in trees}
        warm: dict[str, list[float]] = {name: [] for name in trees}
        for run in range(args.runs + 1):
            for index, (name, tree) in enumerate(trees.items()):
                env = {**os.environ, "PYTHONPATH": str(tree), "DESIGNER_CACHE": f"{tmp}/cache-{index}"}
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "designer", "export", LAYOUT, "-o", f"{tmp}/{index}.pdf"],
                               cwd=tree, env=env, check=True, capture_output=True)
                if run:          # the first run fills the user cache
                    cold[name].append((time.perf_counter() - start) * 1000)
                if run < 3:
                    result = subprocess.run([sys.executable, "-c", IN_PROCESS, f"{tmp}/{index}-warm.pdf"], cwd=tree,
                                            env=env, check=True, capture_output=True, text=True)
                    warm[name].append(float(result.stdout.split()[-1]))
        print_medians(trees, {"in process": warm, "cold": cold})


if __name__ == "__main__":
    main()
