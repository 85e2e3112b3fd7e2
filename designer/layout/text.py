"""Setting text in a frame: line breaking with Swedish hyphenation, alignment, bullets, copy-fit.

In: blocks of text (paragraphs and bullets), a style, fonts and a box. Out: lines with their
positions relative to the box, and how much text did not fit. Nothing here draws.
"""
from __future__ import annotations

from dataclasses import dataclass

from designer.layout.fonts import font_metrics, text_width
from designer.layout.hyphenate import split_points
from designer.model.template import TextStyle

BULLET_GLYPH = "•"
HYPHENATE_GAP = 0.12      # hyphenate only when the line would otherwise end this much short
SIZE_STEP = 0.25          # copy-fit resolution in points


@dataclass(frozen=True)
class FontSet:
    """Registered font names for the roles a text frame uses."""

    regular: str
    bold: str


@dataclass(frozen=True)
class SetLine:
    """A line relative to the box: `x` left edge of its text, `baseline` from the top of the box."""

    x: float
    baseline: float
    text: str
    font: str
    width: float
    word_space: float = 0.0
    bullet_x: float | None = None   # where the bullet glyph goes, on a bullet's first line


@dataclass(frozen=True)
class SetText:
    lines: tuple[SetLine, ...]
    size: float
    height: float
    overflow_words: int          # words that did not fit in the box (0 = everything fits)


def fit_text(blocks: list[tuple[str, str]], style: TextStyle, fonts: FontSet, width: float,
             height: float) -> SetText:
    """Set `blocks` at the largest size in the style's range at which they fit the box.

    With a fixed size, or when even the smallest size overflows, the result at that size reports
    `overflow_words` > 0 and holds only the lines that fit.
    """
    if style.uppercase:
        blocks = [(kind, text.upper()) for kind, text in blocks]
    low, high = style.size_min, style.size_max
    best = set_blocks(blocks, style, fonts, width, height, high)
    if best.overflow_words == 0 or high <= low:
        return best
    best = set_blocks(blocks, style, fonts, width, height, low)
    if best.overflow_words:
        return best
    steps_low, steps_high = 0, int((high - low) / SIZE_STEP)
    while steps_high - steps_low > 1:
        middle = (steps_low + steps_high) // 2
        attempt = set_blocks(blocks, style, fonts, width, height, low + middle * SIZE_STEP)
        if attempt.overflow_words == 0:
            steps_low, best = middle, attempt
        else:
            steps_high = middle
    return best


def set_blocks(blocks, style: TextStyle, fonts: FontSet, width: float, height: float,
               size: float) -> SetText:
    """Break and stack all blocks at one size; stops as soon as the box is full."""
    ascent, descent = font_metrics(fonts.regular)
    advance = size * style.leading
    gap = size * style.space_after
    bullet_indent = text_width(fonts.regular, BULLET_GLYPH + "  ", size)
    lines: list[SetLine] = []
    baseline = ascent * size
    first = True
    for index, (kind, text) in enumerate(blocks):
        is_bullet = kind == "bullet"
        is_intro = (not is_bullet and index + 1 < len(blocks) and blocks[index + 1][0] == "bullet"
                    and text.rstrip().endswith(":"))
        font = fonts.bold if is_intro else fonts.regular
        indent = bullet_indent if is_bullet else 0.0
        block_gap = gap * (0.5 if is_bullet and index > 0 and blocks[index - 1][0] == "bullet" else 1)
        if not first:
            baseline += block_gap
        broken = _with_last_flag(break_lines(text, font, size, style, width - indent))
        for number, (line_text, line_width, natural_spaces, is_last) in enumerate(broken):
            if not first:
                baseline += advance
            first = False
            full = bool(style.max_lines) and len(lines) >= style.max_lines
            if full or baseline - descent * size > height + 0.01:
                # count the words not shown without keeping their lines (a long text in a tiny
                # frame would otherwise hold millions of lines)
                remaining = len(line_text.split()) + sum(len(t.split()) for t, _, _, _ in broken)
                remaining += sum(len(t.split()) for _, t in blocks[index + 1:])
                return SetText(tuple(lines), size, _used_height(lines, descent, size), remaining)
            x, word_space = _align(style.align, width - indent, line_width, natural_spaces, is_last)
            lines.append(SetLine(indent + x, baseline, line_text, font, line_width, word_space,
                                 bullet_x=0.0 if is_bullet and number == 0 else None))
    return SetText(tuple(lines), size, _used_height(lines, descent, size), 0)


def _with_last_flag(lines):
    """(text, width, spaces, is_last) for each line of an iterator, looking one line ahead."""
    lines = iter(lines)
    current = next(lines, None)
    for following in lines:
        yield (*current, False)
        current = following
    if current is not None:
        yield (*current, True)


def _used_height(lines, descent, size) -> float:
    return lines[-1].baseline - descent * size if lines else 0.0


def _align(align: str, available: float, line_width: float, spaces: int, is_last: bool):
    slack = max(0.0, available - line_width)
    if align == "center":
        return slack / 2, 0.0
    if align == "right":
        return slack, 0.0
    if align == "justify" and not is_last and spaces:
        return 0.0, slack / spaces
    return 0.0, 0.0


def break_lines(text: str, font: str, size: float, style: TextStyle, width: float):
    """Greedy line breaking with hyphenation. Yields (line text, width, number of spaces), one
    line at a time, so a caller whose box is full stops without breaking the rest."""
    tracking = style.tracking
    space = text_width(font, " ", size, tracking)
    measure = lambda s: text_width(font, s, size, tracking)  # noqa: E731
    current: list[str] = []
    current_width = 0.0
    words = text.split()
    position = 0
    while position < len(words):
        word = words[position]
        word_width = measure(word)
        needed = word_width if not current else current_width + space + word_width
        if needed <= width:
            current.append(word)
            current_width = needed
            position += 1
            continue
        room = width - (current_width + space if current else 0.0)
        head = _hyphen_head(word, room, measure, width, style.hyphenate)
        if head is not None:
            piece, rest = head
            current.append(piece)
            current_width = (current_width + space if len(current) > 1 else 0.0) + measure(piece)
            words[position] = rest
        elif not current:
            pieces = _force_split(word, width, measure)
            piece = next(pieces)
            for following in pieces:
                yield piece, measure(piece), 0
                piece = following
            current, current_width = [piece], measure(piece)
            position += 1
            continue
        yield " ".join(current), current_width, len(current) - 1
        current, current_width = [], 0.0
    if current:
        yield " ".join(current), current_width, len(current) - 1


def _hyphen_head(word, room, measure, width, allowed):
    """The longest hyphenated first part of `word` that fits `room`, if worth breaking."""
    if not allowed or room < HYPHENATE_GAP * width:
        return None
    for left, right in split_points(word):
        piece = left if left.endswith("-") else left + "-"
        if measure(piece) <= room:
            return piece, right
    return None


def _force_split(word, width, measure):
    """Yield the pieces of a word wider than the whole line, each as long as fits, cut at any
    character (every piece holds at least one). Each piece is found by doubling then halving its
    length, measuring only slices of about one line: time O(n log(line length)) for a word of
    n characters, never quadratic.
    """
    start = 0
    while start < len(word):
        fits, step = 1, 1                       # `fits` characters are known to fit (or must go)
        while start + fits + step <= len(word) and measure(word[start:start + fits + step]) <= width:
            fits += step
            step *= 2
        while step > 1:                         # the piece lies between fits and fits + step
            step //= 2
            if start + fits + step <= len(word) and measure(word[start:start + fits + step]) <= width:
                fits += step
        yield word[start:start + fits]
        start += fits
