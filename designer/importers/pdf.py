"""PDF -> brochure-style text (lines, blank lines from vertical gaps, indents, page breaks),
which then goes through the brochure pipeline. Uses pypdfium2's text rectangles in reading order."""
from __future__ import annotations

import statistics
from pathlib import Path

from designer.errors import FileFormatError

_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
BLANK_GAP = 1.6      # a gap this many line advances wide is a blank line
PAGE_GAP = 3.5       # ... and this wide separates like a page break


def pdf_text(path: str | Path) -> str:
    """The text of every page, pages separated by form feeds; clear errors for PDFs that are
    password-protected, damaged, or scanned images without a text layer."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise FileFormatError("the PDF is encrypted (password-protected); open it, save a copy "
                                  "without a password, and import that", file=path) from None
        raise FileFormatError("not a readable PDF (damaged or not a PDF)", file=path) from None
    try:
        pages = [_page_lines(document[i]) for i in range(len(document))]
    except pdfium.PdfiumError as exc:
        raise FileFormatError(f"cannot read the PDF's text ({exc})", file=path) from None
    finally:
        document.close()
    if not any(pages):
        raise FileFormatError("the PDF has no text layer (it is a scanned or image-only PDF); "
                              "import the Word file or text it was made from, or run OCR first",
                              file=path)
    advance = _line_advance(pages)
    return "\f".join(_lines_to_text(lines, advance) for lines in pages)


def _page_lines(page) -> list[list]:
    textpage = page.get_textpage()
    pieces = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = " ".join(textpage.get_text_bounded(left, bottom, right, top).replace("\x02", "-").split())
        if text:
            pieces.append((left, (bottom + top) / 2, max(top - bottom, 1.0), text))
    return _group_lines(pieces)


def _group_lines(pieces):
    """Text rectangles (left, centre y, height, text) in reading order -> lines, each
    [left, centre y, height, text]; rectangles on the same baseline join one line."""
    lines: list[list] = []
    for left, centre, height, text in pieces:
        last = lines[-1] if lines else None
        if last and abs(last[1] - centre) < 0.5 * max(last[2], height) and left >= last[0]:
            last[3] += " " + text
            last[2] = max(last[2], height)
        else:
            lines.append([left, centre, height, text])
    return lines


def _line_advance(pages) -> float:
    """The usual distance between consecutive lines over the whole document."""
    advances = [a[1] - b[1] for lines in pages for a, b in zip(lines, lines[1:]) if a[1] > b[1]]
    if advances:
        return statistics.median(advances)
    return 1.2 * max(line[2] for lines in pages for line in lines)


def _lines_to_text(lines, advance: float) -> str:
    """Lines -> text with blank lines for vertical gaps and a tab for indented lines."""
    if not lines:
        return ""
    margin = min(line[0] for line in lines)
    out, previous = [], None
    for left, centre, height, text in lines:
        if previous is not None:
            gap = (previous - centre) / advance
            out.extend([""] * (2 if gap >= PAGE_GAP else 1 if gap >= BLANK_GAP else 0))
        out.append(("\t" if left > margin + height else "") + text)
        previous = centre
    return "\n".join(out)
