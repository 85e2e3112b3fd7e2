"""Setting text in a frame: shaped glyph runs, bidi, line breaking, hyphenation, bullets, copy-fit.

In: blocks of text (paragraphs and bullets), a style, font chains and a box. Out: lines of
positioned glyph runs relative to the box, and how much text did not fit. Nothing here draws.

Pipeline per paragraph (docs/ARCHITECTURE.md, "Text"):
  direction (style or first strong character) -> bidi levels (designer.layout.bidi)
  -> break opportunities (UAX #14, designer.layout.linebreak) -> segments (a word with its spaces)
  -> atoms (same font and level, designer.layout.script_fonts) shaped by HarfBuzz
  -> greedy lines over segment widths, Swedish hyphenation or a forced cut for words too long
  -> per line: atoms in visual order (rule L2); neighbours of one font and direction become one
     run, shaped as a whole (kerning across spaces), glyphs placed.
"""
from __future__ import annotations

from typing import Iterator

from dataclasses import dataclass
from functools import lru_cache
from unicodedata import bidirectional

from designer.layout.bidi import base_is_rtl, embedding_levels, visual_order
from designer.layout.fonts import FontFace
from designer.layout.frames import Glyph
from designer.layout.hyphenate import split_points
from designer.layout.linebreak import break_opportunities
from designer.layout.script_fonts import FontChain
from designer.layout.shaping import shape
from designer.model.template import TextStyle

BULLET_GLYPH = "•"
HYPHENATE_GAP = 0.12      # hyphenate only when the line would otherwise end this much short
SIZE_STEP = 0.25          # copy-fit resolution in points
REMEMBERED_TEXT = 20_000  # texts up to this many characters keep their set result per process


@dataclass(frozen=True)
class FontSet:
    """The font chains for the roles a text frame uses."""

    regular: FontChain
    bold: FontChain


@dataclass(frozen=True)
class GlyphRun:
    """Glyphs of one face and direction in a line; `x` from the line's left edge, glyph positions
    from the run's origin (points); `text` is the source text the glyph clusters index into."""

    x: float
    text: str
    face: FontFace
    glyphs: tuple[Glyph, ...]
    width: float
    rtl: bool


@dataclass(frozen=True)
class SetLine:
    """A line relative to the box: `x` left edge of its text, `baseline` from the top of the box."""

    x: float
    baseline: float
    text: str                       # the line's source text in logical order
    runs: tuple[GlyphRun, ...]      # left to right
    width: float
    rtl: bool = False
    bold: bool = False
    word_space: float = 0.0
    bullet_x: float | None = None   # where the bullet glyph goes, on a bullet's first line


@dataclass(frozen=True)
class SetText:
    lines: tuple[SetLine, ...]
    size: float
    height: float
    overflow_words: int          # words that did not fit in the box (0 = everything fits)


# --- segments: the unbreakable pieces of a paragraph, shaped in font units ------------------
@dataclass(frozen=True)
class _Atom:
    """Text of one face and one bidi level, shaped; `width` in em."""

    text: str
    face: FontFace
    level: int
    glyphs: tuple
    width: float
    cursive: bool


@dataclass(frozen=True)
class _Segment:
    """Shaped text between two break opportunities (a word and the spaces after it)."""

    text: str
    atoms: tuple[_Atom, ...]
    width: float          # em, with trailing spaces
    trimmed: float        # em, without trailing spaces
    tracked: int          # glyphs that take tracking (those of cursive scripts do not)
    tracked_trimmed: int

    def points(self, size: float, tracking: float, trimmed: bool = False) -> float:
        """Width in points at `size` with `tracking` points after each tracked glyph."""
        if trimmed:
            return self.trimmed * size + tracking * self.tracked_trimmed
        return self.width * size + tracking * self.tracked


@lru_cache(maxsize=500)
def _segment(chain: FontChain, text: str, levels: tuple[int, ...]) -> _Segment:
    atoms = []
    for start, end, face in chain.itemize(text):
        index = start
        while index < end:
            level = levels[index]
            stop = index + 1
            while stop < end and levels[stop] == level:
                stop += 1
            piece = text[index:stop]
            glyphs = shape(face, piece, bool(level % 2))
            width = sum(g.advance for g in glyphs) / face.upem
            cursive = any(bidirectional(c) == "AL" for c in piece)
            atoms.append(_Atom(piece, face, level, glyphs, width, cursive))
            index = stop
    width = sum(atom.width for atom in atoms)
    tracked = sum(len(atom.glyphs) for atom in atoms if not atom.cursive)
    stripped = text.rstrip()
    if stripped == text:
        trimmed, tracked_trimmed = width, tracked
    elif stripped:
        inner = _segment(chain, stripped, levels[:len(stripped)])
        trimmed, tracked_trimmed = inner.width, inner.tracked
    else:
        trimmed, tracked_trimmed = 0.0, 0
    return _Segment(text, tuple(atoms), width, trimmed, tracked, tracked_trimmed)


def _trimmed(chain: FontChain, segment: _Segment, levels: tuple[int, ...]) -> _Segment:
    stripped = segment.text.rstrip()
    return segment if stripped == segment.text else _segment(chain, stripped, levels[:len(stripped)])


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph's direction and, on demand, its segments (each with its levels) in order."""

    text: str
    rtl: bool
    levels: tuple[int, ...]
    chain: FontChain
    shaped: tuple | None = None      # the segments, kept for ordinary (cached) paragraphs

    def segments(self):
        if self.shaped is not None:
            return iter(self.shaped)
        return _segments(self.chain, self.text, self.levels)


CACHED_PARAGRAPH = 4_000     # characters: longer paragraphs (pasted junk) are not kept in memory
LONG_SEGMENT = 2_000         # characters: longer unbreakable runs are shaped in pieces this long


def _paragraph(chain: FontChain, text: str, direction: str) -> _Paragraph:
    """The paragraph with its bidi levels; ordinary paragraphs are cached with their segments,
    longer ones make their segments one at a time while lines are broken."""
    if len(text) > CACHED_PARAGRAPH:
        rtl = base_is_rtl(text, direction)
        return _Paragraph(text, rtl, embedding_levels(text, rtl), chain)
    return _cached_paragraph(chain, text, direction)


@lru_cache(maxsize=250)
def _cached_paragraph(chain: FontChain, text: str, direction: str) -> _Paragraph:
    rtl = base_is_rtl(text, direction)
    levels = embedding_levels(text, rtl)
    return _Paragraph(text, rtl, levels, chain, tuple(_segments(chain, text, levels)))


def _segments(chain: FontChain, text: str, levels: tuple[int, ...]):
    """(segment, levels, joined) for the text between break opportunities, in order; an
    unbreakable run longer than LONG_SEGMENT (pasted junk) comes in pieces of that length, each
    but the first `joined` to the one before (no break opportunity between them)."""
    start = 0
    for end in (*break_opportunities(text), len(text)):
        joined = False
        while end - start > LONG_SEGMENT:
            stop = start + LONG_SEGMENT
            yield _segment(chain, text[start:stop], levels[start:stop]), levels[start:stop], joined
            start, joined = stop, True
        if end > start:
            piece_levels = levels[start:end]
            yield _segment(chain, text[start:end], piece_levels), piece_levels, joined
            start = end


# --- setting ---------------------------------------------------------------------------------
def fit_text(blocks: list[tuple[str, str]], style: TextStyle, fonts: FontSet, width: float,
             height: float) -> SetText:
    """Set `blocks` at the largest size in the style's range at which they fit the box.

    With a fixed size, or when even the smallest size overflows, the result at that size reports
    `overflow_words` > 0 and holds only the lines that fit. Results for texts of ordinary length
    are remembered (the frames an edition does not change are not set again).
    """
    blocks = tuple(blocks)
    if sum(len(text) for _, text in blocks) <= REMEMBERED_TEXT:
        return _remembered_fit(blocks, style, fonts, width, height)
    return _fit(blocks, style, fonts, width, height)


@lru_cache(maxsize=64)
def _remembered_fit(blocks: tuple, style: TextStyle, fonts: FontSet, width: float, height: float) -> SetText:
    return _fit(blocks, style, fonts, width, height)


def _fit(blocks: tuple, style: TextStyle, fonts: FontSet, width: float, height: float) -> SetText:
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
    primary = fonts.regular.primary
    ascent, descent = primary.ascent, primary.descent
    advance = size * style.leading
    gap = size * style.space_after
    lines: list[SetLine] = []
    baseline = ascent * size
    first = True
    for index, (kind, text) in enumerate(blocks):
        is_bullet = kind == "bullet"
        is_intro = (not is_bullet and index + 1 < len(blocks) and blocks[index + 1][0] == "bullet"
                    and text.rstrip().endswith((":", "፦")))
        chain = fonts.bold if is_intro else fonts.regular
        paragraph = _paragraph(chain, text, style.direction)
        indent = bullet_indent(fonts.regular, size) if is_bullet else 0.0
        block_gap = gap * (0.5 if is_bullet and index > 0 and blocks[index - 1][0] == "bullet" else 1)
        if not first:
            baseline += block_gap
        tracking = style.tracking * size
        broken = _with_last_flag(break_paragraph(paragraph, chain, size, tracking, style.hyphenate,
                                                 width - indent))
        for number, (line, is_last) in enumerate(broken):
            if not first:
                baseline += advance
            first = False
            full = bool(style.max_lines) and len(lines) >= style.max_lines
            if full or baseline - descent * size > height + 0.01:
                # count the words not shown without keeping their lines (a long text in a tiny
                # frame would otherwise hold millions of lines)
                remaining = len(line.text.split()) + sum(len(pending.text.split()) for pending, _ in broken)
                remaining += sum(len(t.split()) for _, t in blocks[index + 1:])
                return SetText(tuple(lines), size, _used_height(lines, descent, size), remaining)
            x, word_space = _align(style.align, paragraph.rtl, width - indent, line.width,
                                   line.spaces, is_last)
            runs = _place(line, size, tracking, word_space)
            line_width = sum(run.width for run in runs)
            bullet_x = None
            if is_bullet and number == 0:
                bullet_x = width - _bullet_width(fonts.regular, size) if paragraph.rtl else 0.0
            left = x if paragraph.rtl else indent + x
            lines.append(SetLine(left, baseline, line.text, runs, line_width, paragraph.rtl,
                                 is_intro, word_space, bullet_x))
    return SetText(tuple(lines), size, _used_height(lines, descent, size), 0)


def _with_last_flag(lines) -> Iterator:
    """(item, whether it is the last) for each item of an iterable, looking one item ahead."""
    lines = iter(lines)
    current = next(lines, None)
    for following in lines:
        yield current, False
        current = following
    if current is not None:
        yield current, True


def _used_height(lines, descent, size) -> float:
    return lines[-1].baseline - descent * size if lines else 0.0


def _align(align: str, rtl: bool, available: float, line_width: float, spaces: int, is_last: bool):
    """(offset of the line in the available width, extra space per word space). Right-to-left
    paragraphs mirror "left" and "right" (their start is the right edge)."""
    if rtl and align in ("left", "right"):
        align = "right" if align == "left" else "left"
    slack = max(0.0, available - line_width)
    if align == "center":
        return slack / 2, 0.0
    if align == "right":
        return slack, 0.0
    if align == "justify":
        if not is_last and spaces:
            return 0.0, slack / spaces
        return (slack if rtl else 0.0), 0.0
    return 0.0, 0.0


def bullet_indent(chain: FontChain, size: float) -> float:
    """How far bullet text is indented from the bullet's edge."""
    return _em_width(chain, BULLET_GLYPH + "  ") * size


def _bullet_width(chain: FontChain, size: float) -> float:
    return _em_width(chain, BULLET_GLYPH) * size


def _em_width(chain: FontChain, text: str) -> float:
    return _segment(chain, text, (0,) * len(text)).width


# --- line breaking ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Line:
    """A broken line before placement: its segments in logical order, natural width in points."""

    segments: tuple[_Segment, ...]
    width: float
    spaces: int

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)


def break_paragraph(paragraph: _Paragraph, chain: FontChain, size: float, tracking: float,
                    hyphenate: bool, width: float) -> Iterator[_Line]:
    """Greedy line breaking over the paragraph's segments, with hyphenation when allowed; yields
    the lines one by one (a long text in a tiny frame is never held as lines)."""
    current: list[tuple[_Segment, tuple]] = []
    current_width = 0.0      # points, up to the end of the last segment's spaces
    source = paragraph.segments()
    pending = next(source, None)
    while pending is not None:
        segment, levels, _ = pending
        needed = current_width + segment.points(size, tracking, trimmed=True)
        if needed <= width:
            current.append((segment, levels))
            current_width += segment.points(size, tracking)
            pending = next(source, None)
            continue
        room = width - current_width
        head = _hyphen_head(chain, segment, levels, size, tracking, room, width) if hyphenate else None
        if head is not None:
            current.append(head[0])
            pending = (*head[1], False)
        elif not current:
            last = None
            for piece, is_last in _with_last_flag(_force_split(chain, segment, levels, size, tracking, width)):
                if is_last:
                    last = piece
                else:
                    yield _close_line(chain, [piece], size, tracking)
            pending = next(source, None)
            if pending is not None and pending[2]:      # the unbreakable run goes on: cut on
                joined_text, joined_levels = last[0].text + pending[0].text, last[1] + pending[1]
                pending = (_segment(chain, joined_text, joined_levels), joined_levels, False)
                continue
            current, current_width = [last], last[0].points(size, tracking)
            continue
        yield _close_line(chain, current, size, tracking)
        current, current_width = [], 0.0
    if current:
        yield _close_line(chain, current, size, tracking)


def _close_line(chain: FontChain, parts: list[tuple[_Segment, tuple]], size: float,
                tracking: float) -> _Line:
    """The line without the trailing spaces of its last segment."""
    last, levels = parts[-1]
    segments = [segment for segment, _ in parts[:-1]] + [_trimmed(chain, last, levels)]
    width = sum(segment.points(size, tracking) for segment in segments)
    spaces = sum(segment.text.count(" ") for segment in segments)
    return _Line(tuple(segments), width, spaces)


def _hyphen_head(chain, segment: _Segment, levels, size, tracking, room, width):
    """(first part with a hyphen, rest) of the longest hyphenation that fits `room`, if worth it."""
    if room < HYPHENATE_GAP * width:
        return None
    word = segment.text.rstrip()
    tail = segment.text[len(word):]
    for left, right in split_points(word):
        piece = left if left.endswith("-") else left + "-"
        piece_levels = levels[:len(left)] + (levels[len(left) - 1],) * (len(piece) - len(left))
        head = _segment(chain, piece, piece_levels)
        if head.points(size, tracking) <= room:
            rest_levels = levels[len(left):]
            return (head, piece_levels), (_segment(chain, right + tail, rest_levels), rest_levels)
    return None


def _force_split(chain, segment: _Segment, levels, size, tracking, width):
    """Cut a segment wider than the whole line into pieces that fit, at any character: yields
    (segment, levels) pieces of at least one character each.

    One pass over the characters' shaped advances (linear in the length of the word); pieces are
    made one at a time, so a huge word is never held as pieces.
    """
    text = segment.text
    advances = [0.0] * len(text)
    for atom_start, atom in _atom_starts(segment):
        scale = size / atom.face.upem
        for glyph in atom.glyphs:
            advances[atom_start + glyph.cluster] += glyph.advance * scale + tracking
    start, used = 0, 0.0
    for index, advance in enumerate(advances):
        if used + advance > width and index > start:
            yield _piece(chain, text, levels, start, index)
            start, used = index, 0.0
        used += advance
    yield _piece(chain, text, levels, start, len(text))


def _piece(chain, text: str, levels, start: int, end: int):
    """The part text[start:end] as a (segment, levels) pair; single characters are cached."""
    piece_levels = levels[start:end]
    return _segment(chain, text[start:end], piece_levels), piece_levels


def _atom_starts(segment: _Segment):
    """(index in the segment's text where the atom starts, atom) for each atom."""
    start = 0
    for atom in segment.atoms:
        yield start, atom
        start += len(atom.text)


# --- placement -------------------------------------------------------------------------------
def _place(line: _Line, size: float, tracking: float, word_space: float) -> tuple[GlyphRun, ...]:
    """The line's atoms in visual order (rule L2) as glyph runs, positions in points.

    Neighbouring atoms of one face and level form one run, shaped as a whole so that kerning
    across word spaces applies too; `tracking` and `word_space` widen the advances.
    """
    atoms = [atom for segment in line.segments for atom in segment.atoms]
    order = visual_order([atom.level for atom in atoms])
    groups: list[list[int]] = []
    for index in order:
        last = groups[-1][-1] if groups else None
        if last is not None and abs(last - index) == 1 and _same_run(atoms[last], atoms[index]):
            groups[-1].append(index)
        else:
            groups.append([index])
    runs = []
    x = 0.0
    for group in groups:
        atoms_in_order = [atoms[index] for index in sorted(group)]
        text = "".join(atom.text for atom in atoms_in_order)
        first = atoms_in_order[0]
        track = 0.0 if any(atom.cursive for atom in atoms_in_order) else tracking
        glyphs, width = _glyphs(first.face, text, bool(first.level % 2), size, track, word_space)
        runs.append(GlyphRun(x, text, first.face, glyphs, width, bool(first.level % 2)))
        x += width
    return tuple(runs)


def _same_run(left: _Atom, right: _Atom) -> bool:
    return left.face is right.face and left.level == right.level


@lru_cache(maxsize=500)
def _glyphs(face: FontFace, text: str, rtl: bool, size: float, tracking: float,
            word_space: float) -> tuple[tuple[Glyph, ...], float]:
    """`text` shaped as one run and placed in points: (glyphs, advance width)."""
    scale = size / face.upem
    glyphs = []
    pen = 0.0
    for glyph in shape(face, text, rtl):
        glyphs.append(Glyph(glyph.id, pen + glyph.dx * scale, -glyph.dy * scale, glyph.cluster))
        pen += glyph.advance * scale + tracking
        if word_space and text[glyph.cluster] == " ":
            pen += word_space
    return tuple(glyphs), pen
