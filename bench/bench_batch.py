"""Batch/editions benchmark: cost per extra edition against the ReportLab floor, PDF/VT size, memory.

    python bench/bench_batch.py [--runs 3] [--small 50] [--large 500] [--vt 1000] [--big 5000] [--profile]

Prints, in one run (the machine is shared, so every comparison is alternated and given as a ratio):
  * the cost per extra edition of `designer merge` (A5 event flyer with photo and QR code, every
    row with its own place name and sign-up URL, coated-offset PDF/X-4, durable writes) with
    --jobs 1 and --jobs 2: (time(large) - time(small)) / (large - small), median of --runs,
    alternated with the floor: bench/floor_reportlab.py writing the same number of flyers,
    each with its own place name and QR code (plain PDF, no PDF/X, no fsync);
  * `--single-file` of --vt editions (PDF/VT-1) against --vt separate files: total bytes;
  * peak memory (max RSS) of a --big-row merge against a --large-row merge with --jobs 1 (one
    process does everything) and of each worker with --jobs 2;
  * with --profile, where the time of one edition goes (cProfile, top functions).
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "layouts" / "examples" / "editions"
FLOOR = ROOT / "bench" / "floor_reportlab.py"
# Peak RSS of the process itself from /proc (VmHWM): getrusage's ru_maxrss would include the
# memory of the benchmark process it was forked from. Workers: the largest child's ru_maxrss.
PEAK_RSS = ("import resource, sys; from designer.cli import main; code = main(sys.argv[1:]); "
            "own = [int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')][0]; "
            "print(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(0)")


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


def timed(command: list[str]) -> float:
    """Wall seconds of `command`, started with no dirty pages left by the run before it (the floor
    writes without fsync; on ext4 our syncs would otherwise also flush the floor's files)."""
    return timed_with_cpu(command)[0]


def timed_with_cpu(command: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system of the process and its workers) of `command`
    run in `cwd` (`python -m` imports the package found there first)."""
    os.sync()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def merge(folder: Path, data: Path, out: Path, *extra: str) -> list[str]:
    shutil.rmtree(out, ignore_errors=True)
    return [sys.executable, "-m", "designer", "merge", str(folder / "mote-a5.json"), str(data), "-o", str(out), *extra]


def floor(out: Path, count: int, photo: str) -> list[str]:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    return [sys.executable, str(FLOOR), "--editions", str(count), str(out), photo]


def floor_photo(folder: Path, data: Path) -> str:
    """The converted CMYK photo our merge embeds (the floor embeds the same file)."""
    from designer.batch.merge import MergePlan
    from designer.layout.frames import PlacedImage
    from designer.render.images import ImageSettings, prepared_image

    document, _ = MergePlan(folder / "mote-a5.json", data, folder / "unused").preview(0)
    placed = next(i for i in document.pages[0].items if isinstance(i, PlacedImage))
    return prepared_image(placed, ImageSettings())


def per_edition(folder: Path, small: Path, large: Path, counts: tuple[int, int], photo: str,
                runs: int) -> tuple[dict, dict]:
    """Median ms per extra edition for ours (--jobs 1 and 2) and the floor, alternated: (wall
    clock, CPU time of all processes). The CPU time is the steadier number on a shared machine."""
    names = ("jobs 1", "jobs 2", "floor")
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    extra = counts[1] - counts[0]
    for _ in range(runs):
        for name in names:
            if name == "floor":
                small_run = timed_with_cpu(floor(folder / "fs", counts[0], photo))
                large_run = timed_with_cpu(floor(folder / "fl", counts[1], photo))
            else:
                jobs = name.split()[1]
                small_run = timed_with_cpu(merge(folder, small, folder / "s", "--jobs", jobs))
                large_run = timed_with_cpu(merge(folder, large, folder / "l", "--jobs", jobs))
            wall[name].append((large_run[0] - small_run[0]) / extra * 1000)
            cpu[name].append((large_run[1] - small_run[1]) / extra * 1000)
    return ({name: statistics.median(values) for name, values in wall.items()},
            {name: statistics.median(values) for name, values in cpu.items()})


def single_file_ratio(folder: Path, count: int) -> tuple[int, int]:
    """(bytes of one PDF/VT file with `count` editions, bytes of `count` separate files)."""
    data = make_rows(folder, count)
    subprocess.run(merge(folder, data, folder / "vt", "--single-file", "--name", "alla.pdf"), check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(merge(folder, data, folder / "sep"), check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    separate = sum(p.stat().st_size for p in (folder / "sep").glob("*.pdf"))
    return (folder / "vt" / "alla.pdf").stat().st_size, separate


def peak_rss_mb(folder: Path, data: Path, *extra: str) -> tuple[float, float]:
    """(max RSS of the merge process, max RSS of its largest worker) in MiB."""
    command = merge(folder, data, folder / "m", *extra)
    result = subprocess.run([sys.executable, "-c", PEAK_RSS, *command[3:]], check=True, cwd=ROOT,
                            capture_output=True, text=True)
    own, children = result.stdout.strip().splitlines()[-1].split()
    return int(own) / 1024, int(children) / 1024


def libraries_peak_mb() -> float:
    """Peak MiB of a process that imports the libraries every edition needs and does nothing else."""
    from bench_export import LIBRARIES_ONLY

    result = subprocess.run([sys.executable, "-c", LIBRARIES_ONLY], check=True, capture_output=True, text=True)
    return int(result.stdout.split()[-1]) / 1024


def profile(folder: Path, data: Path) -> None:
    import cProfile
    import pstats

    from designer.batch.merge import MergePlan

    MergePlan(folder / "mote-a5.json", data, folder / "warm").run()
    plan = MergePlan(folder / "mote-a5.json", data, folder / "profiled")
    profiler = cProfile.Profile()
    profiler.runcall(plan.run)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="alternated repetitions (default 3)")
    parser.add_argument("--small", type=int, default=50)
    parser.add_argument("--large", type=int, default=500)
    parser.add_argument("--vt", type=int, default=1000, help="editions for the single-file size (default 1000)")
    parser.add_argument("--big", type=int, default=5000, help="rows for the memory run (default 5000)")
    parser.add_argument("--profile", action="store_true", help="also profile 100 editions in this process")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        os.environ["DESIGNER_CACHE"] = str(Path(tmp) / "cache")
        folder = Path(tmp) / "editions"
        shutil.copytree(EDITIONS, folder)
        small, large = make_rows(folder, args.small), make_rows(folder, args.large)
        photo = floor_photo(folder, small)
        timed(merge(folder, small, folder / "warm"))                     # fill the user cache
        cost, cpu = per_edition(folder, small, large, (args.small, args.large), photo, args.runs)
        print(f"per extra edition ({args.runs} alternated runs, median; wall clock, then CPU time of all processes):")
        print(f"  designer merge --jobs 1 : {cost['jobs 1']:6.2f} ms   {cost['jobs 1'] / cost['floor']:.2f}x the floor; "
              f"CPU {cpu['jobs 1']:5.2f} ms, {cpu['jobs 1'] / cpu['floor']:.2f}x")
        print(f"  designer merge --jobs 2 : {cost['jobs 2']:6.2f} ms   {cost['jobs 2'] / cost['floor']:.2f}x the floor, "
              f"{cost['jobs 1'] / cost['jobs 2']:.2f}x the throughput of one job; CPU {cpu['jobs 2']:5.2f} ms")
        print(f"  ReportLab floor script  : {cost['floor']:6.2f} ms   (same flyers with own name and QR, no PDF/X); "
              f"CPU {cpu['floor']:5.2f} ms")
        vt, separate = single_file_ratio(folder, args.vt)
        print(f"--single-file of {args.vt} editions (PDF/VT-1): {vt / 2**20:.1f} MiB vs {separate / 2**20:.0f} MiB "
              f"as separate files: {vt / separate:.1%}")
        big = make_rows(folder, args.big)
        rss_small, _ = peak_rss_mb(folder, large)
        rss_big, _ = peak_rss_mb(folder, big)
        _, worker_big = peak_rss_mb(folder, big, "--jobs", "2")
        print(f"peak memory, --jobs 1: {args.large} rows {rss_small:.0f} MiB, {args.big} rows {rss_big:.0f} MiB "
              f"(ratio {rss_big / rss_small:.2f}); --jobs 2: largest worker {worker_big:.0f} MiB for {args.big} rows; "
              f"a process that only imports the libraries a merge needs: {libraries_peak_mb():.0f} MiB")
        if args.profile:
            profile(folder, make_rows(folder, 100))


if __name__ == "__main__":
    main()
