"""QR matrix for a new payload: segno.make vs the numpy mask choice (designer.layout.qr_mask).

    python bench/bench_qr.py [--count 200]

Prints the median time per new payload (distinct edition URLs, nothing cached) of each and the ratio.
"""
from __future__ import annotations

import argparse
import statistics
import time

import segno

from designer.layout.qr_mask import qr_matrix_fast


def median_ms(make, payloads: list[str]) -> float:
    """Median wall time in ms of `make(payload)` over `payloads`."""
    times = []
    for payload in payloads:
        start = time.perf_counter()
        make(payload)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    count = parser.parse_args().count
    urls = [f"https://exempel.se/anmal?ort=Borlänge-{i}" for i in range(count)]
    qr_matrix_fast("https://exempel.se/warm-up")  # numpy import and the per-size layout
    slow = median_ms(lambda url: segno.make(url, error="m", micro=False), urls)
    fast = median_ms(qr_matrix_fast, urls)
    print(f"{count} new payloads, median per payload: segno.make {slow:.2f} ms, "
          f"fast path {fast:.2f} ms, ratio {slow / fast:.1f}x")


if __name__ == "__main__":
    main()
