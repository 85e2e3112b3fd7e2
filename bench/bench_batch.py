"""Batch/editions benchmark: cold single export, marginal cost per edition, memory over many rows.

    python bench/bench_batch.py [--big 5000] [--profile]

Prints, in one run:
  * the cold single-flyer export (`designer export` in a fresh process);
  * the marginal cost per edition of the A5 event flyer with a photo and a QR code:
    (time(500 rows) - time(50 rows)) / 450, with 1 and 2 worker processes;
  * peak memory (max RSS) of a merge of --big rows vs 500 rows, and their ratio;
  * with --profile, where the time of one edition goes (cProfile, top functions).
"""
from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "layouts" / "examples" / "editions"
PEAK_RSS = ("import resource, sys; from designer.cli import main; code = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(0)")


def make_rows(folder: Path, count: int) -> Path:
    """`count` rows cycling through the shipped example, each with its own place name and URL."""
    text = (EDITIONS / "moten.csv").read_bytes().decode("cp1252")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(rows[0])
    for i in range(count):
        row = list(rows[1 + i % (len(rows) - 1)])
        row[0] = f"{row[0]} {i}"
        writer.writerow(row)
    path = folder / f"rows-{count}.csv"
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "designer", *args], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def merge_args(folder: Path, data: Path, out: str, *extra: str) -> list[str]:
    return ["merge", str(folder / "mote-a5.json"), str(data), "-o", str(folder / out), *extra]


def peak_rss_mb(args: list[str]) -> float:
    result = subprocess.run([sys.executable, "-c", PEAK_RSS, *args], check=True, cwd=ROOT,
                            capture_output=True, text=True)
    return int(result.stdout.strip().splitlines()[-1]) / 1024


def profile(folder: Path, data: Path) -> None:
    import cProfile
    import pstats

    from designer.batch.merge import MergePlan

    MergePlan(folder / "mote-a5.json", data, folder / "warm").run()
    plan = MergePlan(folder / "mote-a5.json", data, folder / "profiled")
    profiler = cProfile.Profile()
    profiler.runcall(plan.run)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=5000, help="rows for the memory run (default 5000)")
    parser.add_argument("--profile", action="store_true", help="also profile 100 editions in this process")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp) / "editions"
        shutil.copytree(EDITIONS, folder)
        cold = timed(["export", str(ROOT / "layouts" / "examples" / "skola-a5.json"), "-o", str(folder / "x.pdf")])
        print(f"cold single-flyer export (designer export, new process): {cold * 1000:.0f} ms")
        small, large = make_rows(folder, 50), make_rows(folder, 500)
        marginal = {}
        for jobs in (1, 2):
            t50 = timed(merge_args(folder, small, f"s{jobs}", "--jobs", str(jobs)))
            t500 = timed(merge_args(folder, large, f"l{jobs}", "--jobs", str(jobs)))
            marginal[jobs] = (t500 - t50) / 450 * 1000
            print(f"marginal cost per edition, --jobs {jobs}: {marginal[jobs]:.1f} ms "
                  f"(50 rows {t50:.1f} s, 500 rows {t500:.1f} s)")
        print(f"speed-up of a second worker: {marginal[1] / marginal[2]:.2f}x (linear would be 2.00x)")
        big = make_rows(folder, args.big)
        rss_small = peak_rss_mb(merge_args(folder, large, "m500"))
        rss_big = peak_rss_mb(merge_args(folder, big, "mbig"))
        print(f"peak memory: 500 rows {rss_small:.0f} MB, {args.big} rows {rss_big:.0f} MB, "
              f"ratio {rss_big / rss_small:.2f}")
        if args.profile:
            profile(folder, make_rows(folder, 100))


if __name__ == "__main__":
    main()
