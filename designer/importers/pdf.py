"""PDF -> brochure blocks by layout (PDFium's character boxes with font name, size, weight).

Per page: words are grouped into lines by baseline; running headers, footers and page numbers
(text in the top or bottom band of the page that repeats on other pages, or is only a page
number) are dropped; column gutters are the vertical strips no body text crosses; a line that
crosses a gutter (a heading over two columns) spans, and cuts the page into bands that are read
column by column. Lines clearly larger or bolder than the body text become heading (or pull
quote) blocks; the rest goes through the brochure heuristics (designer.importers.brochure) like
copied text, with page and column kept for the import report. A PDF over MAX_PAGES pages or
MAX_CHARS characters is refused before its text is read; the work per page is O(n log n) in
its lines.
"""
from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from designer.errors import FileFormatError, spaced
from designer.importers.blocks import Block, Line, is_furniture
from designer.importers.builder import Note
from designer.importers.chars import normalise_chars, squash_spaces
from designer.importers.markers import marker, strip_marker
from designer.importers.pdf_words import CharBudget, TooMuchText, open_pdf, page_words

MAX_PAGES = 200          # a programme has 2-40 pages; more is the wrong file (or an attack)
MAX_CHARS = 1_000_000    # characters on all pages (a 40-page brochure holds about 150 000)
EDGE_BAND = 0.1          # top/bottom share of the page where running headers and footers sit
BLANK_GAP = 1.25         # a gap this many line advances wide separates blocks
HEADING_SIZE = 1.15      # this much larger than the body text is a heading
MIN_COLUMN_SHARE = 0.15  # each column is at least this share of the text width
SPANNING_SHARE = 0.55    # a line wider than this share of the text width is not in a column
MIN_SIDE_BY_SIDE = 4     # narrow lines sharing a baseline that make columns among wide lines
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique", re.IGNORECASE)
_SENTENCE_END = ".!?:”\""


# A glyph without a Unicode mapping opening a line ("(cid:127) Anställa …") is a bullet drawn
# in a symbol font.
_UNMAPPED_BULLET = re.compile(r"^\(cid:\d+\)\s*(?=\S)")


@dataclass
class PdfLine:
    """One line of a column (or one spanning line) with its place and look."""

    text: str
    page: int
    column: int          # 0-based; -1 for a line spanning the columns
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@dataclass
class PdfText:
    """What the layout analysis gives the brochure pipeline."""

    blocks: list[Block]
    notes: list[Note]
    places: dict[int, str]   # line number -> "page 2, column 1"


def read_pdf(path: str | Path) -> PdfText:
    """Blocks in reading order with heading/quote hints, guesses for the report, and where
    each line came from. Clear errors for encrypted, damaged and image-only PDFs."""
    pages = _extract_pages(path)
    lines = [line for page in pages for line in page]
    if not lines:
        raise FileFormatError("the PDF has no text layer (it is a scanned or image-only PDF); "
                              "import the Word file or text it was made from, or run OCR first",
                              file=path)
    return _to_blocks(lines)


# -- reading the pages ------------------------------------------------------------------------
def _extract_pages(path: str | Path) -> list[list[PdfLine]]:
    import pypdfium2 as pdfium

    document = open_pdf(path)
    try:
        raw = _read_pages(document, path)
    except pdfium.PdfiumError as exc:
        raise FileFormatError(f"cannot read the PDF's text ({exc})", file=path) from None
    finally:
        document.close()
    apart = [_edge_lines_apart(lines, height) for lines, height in raw]
    furniture = _running_lines(raw, apart)
    return [_reading_order([l for i, l in enumerate(lines)
                            if not (i in alone and _key(l, height) in furniture)
                            and not (_in_edge(l, height) and is_furniture(l.text))])
            for (lines, height), alone in zip(raw, apart)]


def _read_pages(document, path: str | Path) -> list[tuple[list[PdfLine], float]]:
    """(lines, height) of every page of a pypdfium2 document; a one-line error when it has
    more than MAX_PAGES pages or MAX_CHARS characters, found before their text is read."""
    if len(document) > MAX_PAGES:
        raise FileFormatError(f"the PDF has {len(document)} pages, more than the {MAX_PAGES} "
                              "the importer reads; a programme is much shorter, is this the "
                              "right file?", file=path)
    budget = CharBudget(MAX_CHARS)
    pages = []
    for number in range(len(document)):
        page = document[number]
        try:
            pages.append((_raw_lines(page, number, budget), page.get_height()))
        except TooMuchText:
            raise FileFormatError(f"the PDF holds more than {spaced(MAX_CHARS)} characters of "
                                  f"text (the limit was reached on page {number + 1}); a "
                                  "programme is much shorter, is this the right file?",
                                  file=path) from None
        finally:
            page.close()
    return pages


def _raw_lines(page, number: int, budget: CharBudget) -> list[PdfLine]:
    """Words grouped by baseline into page-wide lines, each cut where a wide gap separates
    words (so two columns on one baseline are two lines)."""
    words = page_words(page, budget)
    words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list[dict]] = []
    for word in words:
        row = rows[-1] if rows else None
        if row and abs(row[-1]["bottom"] - word["bottom"]) <= 0.35 * word["size"]:
            row.append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        piece = [row[0]]
        for word in row[1:]:
            hanging_bullet = len(piece) == 1 and _is_lone_marker(piece[0]["text"])
            if word["x0"] - piece[-1]["x1"] > 1.6 * max(word["size"], piece[-1]["size"]) \
                    and not hanging_bullet:
                lines.append(_line(piece, number))
                piece = []
            piece.append(word)
        lines.append(_line(piece, number))
    return lines


def _line(words: list[dict], page: int) -> PdfLine:
    chars = sum(len(w["text"]) for w in words)
    bold = sum(len(w["text"]) for w in words if _BOLD.search(w["fontname"]))
    italic = sum(len(w["text"]) for w in words if _ITALIC.search(w["fontname"]))
    text = squash_spaces(normalise_chars(" ".join(w["text"] for w in words)))
    text = _UNMAPPED_BULLET.sub("• ", text)
    return PdfLine(text, page, 0, min(w["x0"] for w in words), max(w["x1"] for w in words),
                   min(w["top"] for w in words), max(w["bottom"] for w in words),
                   max(w["size"] for w in words), bold * 2 > chars, italic * 2 > chars)


def _in_edge(line: PdfLine, height: float) -> bool:
    return line.bottom < EDGE_BAND * height or line.top > (1 - EDGE_BAND) * height


def _key(line: PdfLine, height: float) -> tuple[str, int] | None:
    """Text with digits blurred and the line's rounded height on the page, for lines near the
    top or bottom edge (None elsewhere)."""
    if not _in_edge(line, height):
        return None
    return re.sub(r"\d+", "#", line.text.casefold()), round(line.top / 6)


def _running_lines(pages, apart: list[set[int]]) -> set:
    """Keys of running headers and footers: edge lines standing apart from the text (`apart`:
    their indexes on each page) that repeat on at least two pages."""
    counts = Counter(key for (lines, height), alone in zip(pages, apart)
                     for key in {_key(lines[i], height) for i in alone})
    return {key for key, count in counts.items() if count >= 2}


def _edge_lines_apart(lines: list[PdfLine], height: float) -> set[int]:
    """Indexes of the lines in the top or bottom band that stand apart: no line of other text
    starts within 1.8 line heights above or below (its bottom more than 0.3 line heights
    off). Lines sorted by top, the window of tops found by bisection, its lowest and highest
    bottom from sparse tables: O(n log n) for n lines on the page."""
    ordered = sorted(lines, key=lambda l: l.top)
    tops = [l.top for l in ordered]
    lowest = _SparseTable([l.bottom for l in ordered], min)
    highest = _SparseTable([l.bottom for l in ordered], max)
    alone = set()
    for index, line in enumerate(lines):
        if _in_edge(line, height) and not _near_other(line, tops, lowest, highest):
            alone.add(index)
    return alone


def _near_other(line: PdfLine, tops: list[float], lowest: _SparseTable,
                highest: _SparseTable) -> bool:
    """Does a line of other text (bottom more than 0.3 line heights off) start within 1.8 line
    heights of this one? `tops` sorted; `lowest`/`highest`: the bottoms in that order."""
    reach, slack = 1.8 * line.size, 0.3 * line.size
    start = bisect.bisect_right(tops, -reach, key=lambda top: top - line.top)
    end = bisect.bisect_left(tops, reach, key=lambda top: top - line.top)
    return start < end and (lowest.query(start, end) - line.bottom < -slack
                            or highest.query(start, end) - line.bottom > slack)


class _SparseTable:
    """Minimum (or maximum) of any slice of a list in O(1), after O(n log n) preparation."""

    def __init__(self, values: list[float], pick):
        self.pick = pick
        self.levels = [values]
        while 2 ** len(self.levels) <= len(values):
            below, step = self.levels[-1], 2 ** (len(self.levels) - 1)
            self.levels.append([pick(a, b) for a, b in zip(below, below[step:])])

    def query(self, start: int, end: int) -> float:
        """pick(values[start:end]) for a non-empty slice."""
        level = (end - start).bit_length() - 1
        row = self.levels[level]
        return self.pick(row[start], row[end - 2 ** level])


# -- columns and reading order ----------------------------------------------------------------
def _reading_order(lines: list[PdfLine]) -> list[PdfLine]:
    """Lines of one page in reading order, with their column numbers set."""
    if not lines:
        return []
    gutters = _gutters(lines)
    starts = [g[0] for g in gutters]
    ends = [g[1] - 0.5 for g in gutters]
    bands: list[list[PdfLine]] = []
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        if _crosses(line, gutters, starts):
            line.column = -1
            bands.append([line])
            bands.append([])
        else:
            line.column = bisect.bisect_right(ends, line.x0)
            if not bands or bands[-1] and bands[-1][-1].column == -1:
                bands.append([])
            bands[-1].append(line)
    return [line for band in bands for line in sorted(band, key=lambda l: (l.column, l.top))]


def _crosses(line: PdfLine, gutters: list[tuple[float, float]], starts: list[float]) -> bool:
    """Does the line cross a gutter (start left of it, end right of it)? `gutters` are in
    order from the left, `starts` their left edges: only the first gutter starting right of
    the line's start can be crossed."""
    first = bisect.bisect_right(starts, line.x0)
    return first < len(gutters) and line.x1 > gutters[first][1]


def _gutters(lines: list[PdfLine]) -> list[tuple[float, float]]:
    """Vertical strips (x0, x1) that no column line crosses, wide enough to be a gutter, with
    a column of at least MIN_COLUMN_SHARE of the text width on each side. Lines wider than
    SPANNING_SHARE of the text width (headings over the columns) are left out; a page where
    such wide lines are common is a one-column page, unless its narrow lines stand side by
    side (a lead paragraph over the full width above two columns)."""
    left, right = min(l.x0 for l in lines), max(l.x1 for l in lines)
    width = int(right - left) + 1
    narrow = [l for l in lines if l.x1 - l.x0 <= SPANNING_SHARE * width]
    if width < 50 or len(narrow) < 0.7 * len(lines) and not _side_by_side(narrow):
        return []
    spans = [(int(l.x0 - left), int(l.x1 - left)) for l in narrow]
    body = statistics.median(l.size for l in lines)
    return [(left + start, left + end) for start, end in _uncovered(spans, width)
            if end - start >= 0.8 * body and start >= MIN_COLUMN_SHARE * width
            and end <= (1 - MIN_COLUMN_SHARE) * width]


def _side_by_side(lines: list[PdfLine]) -> bool:
    """Do most of these lines (at least MIN_SIDE_BY_SIDE) share their baseline with another
    one, as the lines of columns next to each other do? The lines of one column never do."""
    ordered = sorted(lines, key=lambda l: l.bottom)
    paired = sum(1 for i, line in enumerate(ordered)
                 if any(0 <= j < len(ordered) and abs(ordered[j].bottom - line.bottom)
                        <= 0.3 * line.size for j in (i - 1, i + 1)))
    return paired >= max(MIN_SIDE_BY_SIDE, len(lines) / 2)


def _uncovered(spans: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """The maximal runs [start, end) of 0 … width - 1 that no span [a, b) covers, from the
    left; O(n log n) for n spans, whatever the width."""
    runs, reached = [], 0
    for a, b in sorted(spans):
        if b <= a:
            continue
        if a > reached:
            runs.append((reached, a))
        reached = max(reached, b)
    if reached < width:
        runs.append((reached, width))
    return runs


# -- blocks -----------------------------------------------------------------------------------
def _to_blocks(lines: list[PdfLine]) -> PdfText:
    body_size = _commonest((round(l.size, 1), len(l.text)) for l in lines)
    body_bold = _commonest((l.bold, len(l.text)) for l in lines)
    styled = [_style(l, body_size, body_bold) for l in lines]
    advance = _advance(lines, styled)
    margins = _margins(lines)
    title_size = _title_size(lines, styled, body_size)
    blocks: list[Block] = []
    notes: list[Note] = []
    places: dict[int, str] = {}
    previous: PdfLine | None = None
    list_open = False    # the current block holds a list item
    for number, (line, style) in enumerate(zip(lines, styled), start=1):
        if style == "heading" and line.page == 0 and line.size >= title_size:
            style = "title"
        places[number] = _place(line)
        moved = previous is not None and (line.page, line.column) != (previous.page, previous.column)
        current = blocks[-1] if blocks else None
        same_style = current is not None and current.lines[-1].hint == style
        if current is None or not same_style or _starts_block(line, previous, moved, advance,
                                                              list_open):
            blocks.append(Block(line.page))
            current = blocks[-1]
            list_open = False
        elif moved:
            what = "list" if list_open else "paragraph"
            notes.append(Note(number, f"{what} continued from {_place(previous)} to "
                                      f"{_place(line)}"))
        if style and not current.lines:
            notes.append(Note(number, f"{_STYLE_NAMES[style]} guessed from the type "
                                      f"({_look(line)}; body text {body_size:g} pt): '{line.text}'"))
        indent = line.x0 > margins[line.page, line.column] + 0.8 * line.size
        current.lines.append(Line(number, line.text, indent, style))
        list_open = list_open or _is_item(line.text)
        previous = line
    return PdfText(blocks, notes, places)


def _commonest(weighted: Iterable[tuple[Hashable, int]]) -> Hashable:
    """From (key, weight) pairs: the key with the largest total weight, the first seen on a
    tie (the look of most characters, from (look, characters) of every line)."""
    totals: Counter = Counter()
    for key, weight in weighted:
        if weight:
            totals[key] += weight
    return totals.most_common(1)[0][0]


_STYLE_NAMES = {"title": "title", "heading": "heading", "quote": "pull quote"}


def _look(line: PdfLine) -> str:
    weight = " bold" if line.bold else " italic" if line.italic else ""
    return f"{line.size:.3g} pt{weight}"


def _style(line: PdfLine, body_size: float, body_bold: bool) -> str:
    """'heading', 'quote' or '' (body) from size and weight compared with the body text."""
    if _is_item(line.text) or len(line.text) > 100:
        return ""
    larger = line.size >= body_size * HEADING_SIZE
    if line.italic and (larger or not line.bold):
        return "quote"
    if larger or (line.bold and not body_bold and line.size >= body_size * 0.95
                  and not line.text.endswith(":")):
        return "heading"
    return ""


def _title_size(lines, styled, body_size: float) -> float:
    """Headings at least this large on the first page are the title: the largest heading
    size, when it is well above the body and every other heading size and is used for one
    heading only (a size shared by several headings is a section heading size)."""
    sizes = [round(l.size, 1) if s == "heading" else 0.0 for l, s in zip(lines, styled)]
    ranked = sorted(set(sizes) - {0.0}, reverse=True)
    if not ranked or ranked[0] < body_size * 1.5 or (len(ranked) > 1 and ranked[0] < ranked[1] * 1.2):
        return float("inf")
    runs = sum(1 for i, size in enumerate(sizes)
               if size == ranked[0] and (i == 0 or sizes[i - 1] != size))
    return ranked[0] if runs == 1 else float("inf")


def _advance(lines: list[PdfLine], styled: list[str]) -> float:
    """The usual distance between consecutive body lines of one column."""
    steps = [b.top - a.top for a, b, sa, sb in zip(lines, lines[1:], styled, styled[1:])
             if not sa and not sb and (a.page, a.column) == (b.page, b.column) and b.top > a.top]
    return statistics.median(steps) if steps else 1.2 * statistics.median(l.size for l in lines)


def _margins(lines: list[PdfLine]) -> dict[tuple[int, int], float]:
    """Left edge of every column on every page."""
    margins: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, line.column)
        margins[key] = min(margins.get(key, line.x0), line.x0)
    return margins


def _starts_block(line: PdfLine, previous: PdfLine, moved: bool, advance: float,
                  list_open: bool) -> bool:
    """A wide vertical gap starts a new block; so does a new column or page unless the text
    runs on (the line before ends in a hyphen or comma, or this one starts in lower case) or a
    list goes on (a bullet line after a list)."""
    if moved:
        runs_on = previous.text[-1] in "-,\u00ad" or line.text[0].islower()
        return not runs_on and not (list_open and _is_item(line.text))
    return line.top - previous.top > BLANK_GAP * max(advance, 1.2 * line.size)


def _is_item(text: str) -> bool:
    return marker(text) is not None


def _is_lone_marker(text: str) -> bool:
    """'•', '–', '1.': a list marker standing alone (hanging in the margin)."""
    return len(text) <= 4 and strip_marker(f"{text} x") == "x"


def _place(line: PdfLine) -> str:
    column = "across the columns" if line.column < 0 else f"column {line.column + 1}"
    return f"page {line.page + 1}, {column}"
