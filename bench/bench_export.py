"""Benchmark: our export of the A5 school flyer against a minimal ReportLab script (the floor).

Prints medians and ratios for (1) in-process export (layout + PDF, warm caches), (2) a cold
`designer export` process against a cold run of the floor script, (3) the first export on a new
machine (empty user cache: profile check, photo conversion, hyphenation patterns and schema
validation all done once) with its peak memory. All timed alternately in one run.
Run: python bench/bench_export.py     Targets (issue 16): cold process <= 0.85x the cold floor;
first export with an empty user cache <= 0.3 s and <= 80 MiB.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LAYOUT = ROOT / "layouts" / "examples" / "skola-a5.json"
FLOOR = ROOT / "bench" / "floor_reportlab.py"


def compile_package(tree: Path) -> None:
    """Byte-compile the package as pip does when it installs it, so cold starts read .pyc files
    (a machine with PYTHONDONTWRITEBYTECODE set would otherwise compile every module each time)."""
    import compileall

    compileall.compile_dir(str(tree / "designer"), quiet=1)


def interleaved_medians(first, second, runs: int) -> tuple[float, float]:
    """Median ms of each function, timed alternately so machine noise hits both alike."""
    times: tuple[list, list] = ([], [])
    for _ in range(runs):
        for fn, bucket in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            fn()
            bucket.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def photo_for_floor() -> str:
    """The CMYK photo crop the floor script embeds (the same file our export embeds)."""
    from designer.io.layout_file import load_layout
    from designer.layout.engine import build_document
    from designer.layout.frames import PlacedImage
    from designer.render.images import ImageSettings, prepared_image

    document = build_document(load_layout(LAYOUT))
    placed = next(i for i in document.pages[0].items if isinstance(i, PlacedImage))
    return prepared_image(placed, ImageSettings())


def in_process(runs: int):
    from designer.export import export_file
    import floor_reportlab

    photo = photo_for_floor()
    floor_reportlab.register_fonts()
    out = Path(tempfile.mkdtemp()) / "flyer.pdf"
    export_file(LAYOUT, out)
    floor_out = str(out.with_name("floor.pdf"))
    ours, floor = interleaved_medians(lambda: export_file(LAYOUT, out),
                                      lambda: floor_reportlab.draw_flyer(photo, floor_out), runs)
    return ours, floor, photo


# Peak RSS from /proc (VmHWM): getrusage's ru_maxrss would include the memory of this benchmark
# process, which the measured one is forked from.
OWN_PEAK = "print([int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
PEAK_RSS = f"import sys; from designer.cli import main; code = main(sys.argv[1:]); {OWN_PEAK}; sys.exit(code)"
# The libraries every export needs, imported and nothing else: the part of a cold start that no
# change to our own code can remove (PDF writing, images, shaping, line breaks, hyphenation,
# bidi, QR codes).
LIBRARIES_ONLY = f"import reportlab.pdfgen.canvas, PIL.Image, icu, uharfbuzz, pyphen, bidi, zxingcpp; {OWN_PEAK}"


def cold(runs: int, photo: str) -> dict:
    """Median ms and median peak MiB of a cold export (warm user cache), the cold floor, a first
    export with an empty user cache and a process that only imports the libraries; interleaved.
    Returns {name: (ms, MiB)}, MiB None where not measured."""
    out = Path(tempfile.mkdtemp())
    commands = {
        "ours": [sys.executable, "-m", "designer", "export", str(LAYOUT), "-o", str(out / "a.pdf")],
        "floor": [sys.executable, str(FLOOR), str(out / "b.pdf"), photo],
        "first": [sys.executable, "-c", PEAK_RSS, "export", str(LAYOUT), "-o", str(out / "c.pdf")],
        "libraries": [sys.executable, "-c", LIBRARIES_ONLY],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, list[float]] = {"first": [], "libraries": []}
    for run in range(runs):   # interleaved, so machine noise hits all alike
        empty = {**os.environ, "DESIGNER_CACHE": str(out / f"empty-cache-{run}")}
        for name, command in commands.items():
            start = time.perf_counter()
            result = subprocess.run(command, check=True, capture_output=True, text=True,
                                    env=empty if name == "first" else os.environ)
            times[name].append((time.perf_counter() - start) * 1000)
            if name in peaks:
                peaks[name].append(int(result.stdout.split()[-1]) / 1024)
    return {name: (statistics.median(values), statistics.median(peaks[name]) if name in peaks else None)
            for name, values in times.items()}


def main():
    sys.path.insert(0, str(ROOT / "bench"))
    compile_package(ROOT)
    runs = int(os.environ.get("BENCH_RUNS", "15"))
    ours, floor, photo = in_process(runs * 2)
    print(f"in-process export : ours {ours:7.1f} ms   floor {floor:7.1f} ms   ratio {ours / floor:4.2f} (target <= 2.0)")
    measured = cold(runs, photo)
    (ours_cold, _), (floor_cold, _) = measured["ours"], measured["floor"]
    (first, first_rss), (libraries, libraries_rss) = measured["first"], measured["libraries"]
    print(f"cold process      : ours {ours_cold:7.1f} ms   floor {floor_cold:7.1f} ms   "
          f"ratio {ours_cold / floor_cold:4.2f} (target <= 0.85)")
    print(f"first export, empty user cache: {first:7.1f} ms ({first / floor_cold:.2f}x the cold floor), "
          f"peak {first_rss:.0f} MiB (targets <= 300 ms, <= 80 MiB)")
    print(f"importing the libraries an export needs, nothing else: {libraries:7.1f} ms "
          f"({libraries / floor_cold:.2f}x the cold floor), peak {libraries_rss:.0f} MiB")


if __name__ == "__main__":
    main()
