"""Benchmark: importing a 20-page two-column brochure PDF by layout, against pdfplumber's own
plain text extraction of the same file (the floor), timed alternately in the same run.

Run: python bench/bench_import.py [runs]
Target (issue 12): the import under 2 s; the ratio says what the layout analysis costs on top
of reading the text with the same library.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
sys.path.insert(0, str(ROOT / "bench"))
PAGES = 20


def brochure(path: Path) -> int:
    """Write the Hedemora corpus programme repeated to PAGES two-column pages; its page count."""
    import pypdfium2 as pdfium
    from make_corpus import two_column_pdf
    from programmes import HEDEMORA

    repeat = 1
    while True:
        two_column_pdf(HEDEMORA, path, repeat=repeat)
        pages = len(pdfium.PdfDocument(str(path)))
        if pages >= PAGES:
            return pages
        repeat = max(repeat + 1, int(repeat * PAGES / pages))


def main(runs: int = 5) -> None:
    from bench_export import interleaved_medians  # median ms of each, timed alternately

    from designer.importers import import_file
    from designer.importers.pdf_words import plain_text

    path = Path(tempfile.mkdtemp()) / "brochure-20.pdf"
    pages = brochure(path)
    manifesto = import_file(path)
    ours, floor = (ms / 1000 for ms in interleaved_medians(lambda: import_file(path),
                                                            lambda: plain_text(path), runs))
    print(f"{pages}-page two-column PDF, {len(manifesto.sections)} sections, "
          f"{sum(len(s.bullets) for s in manifesto.sections)} bullets")
    print(f"import by layout:            {ours:.3f} s (median of {runs})")
    print(f"PDFium get_text_range():     {floor:.3f} s")
    print(f"ratio: {ours / floor:.2f}x; under 2 s: {'yes' if ours < 2 else 'NO'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
