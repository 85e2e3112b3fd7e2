"""What the layout engine produces and every renderer draws: pages of positioned items.

Coordinates are points with the origin at the top-left corner of the trim box, y pointing down.
Items outside the trim (into the bleed) have negative or larger-than-trim coordinates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from designer.messages import Worded
from designer.model.color import Color
from designer.units import Rect


@dataclass(frozen=True, slots=True)
class Glyph:
    """A shaped glyph: its id in the font file, its position from the run's origin (points, y
    down, offsets included) and `cluster`, the index in the run's text of the first character it
    stands for (a ligature or a contextual form stands for its whole cluster)."""

    id: int
    x: float
    y: float
    cluster: int


@dataclass(frozen=True)
class TextRun:
    """Shaped glyphs of one font at a baseline: renderers draw `glyphs` at their positions as
    they are, from `font` (the font file); `text` is the source text, in logical order."""

    frame_id: str
    x: float
    y: float
    text: str
    font: str          # path of the TrueType file the glyph ids belong to
    size: float
    color: Color
    glyphs: tuple[Glyph, ...] = ()
    width: float = 0.0        # advance width of the run, for hit testing and checks
    rtl: bool = False         # the glyphs are in right-to-left (visual) order of `text`
    # on every run of a line with right-to-left text (its bullet included): the line's source
    # text in logical order and (this run's index, the line's run count), so that PDF writers
    # give the whole line one /ActualText (designer.render.actual_text)
    line_text: str = ""
    line_part: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Box:
    """A filled and/or stroked rectangle."""

    frame_id: str
    rect: Rect
    fill: Color | None = None
    stroke: Color | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class Path:
    """Filled vector outline(s): ops are ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y),
    ("Z",) closing a subpath, and ("R", x, y, w, h) for a whole rectangular subpath."""

    frame_id: str
    ops: tuple
    fill: Color | None = None
    stroke: Color | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class PlacedImage:
    """An image scaled to `rect` and clipped to `clip`. `source` is a resolved file path."""

    frame_id: str
    rect: Rect
    clip: Rect
    source: str
    pixel_size: tuple[int, int]
    effective_ppi: float


@dataclass(frozen=True)
class LayoutWarning(Worded):
    """Something the volunteer must know about, tied to the frame that caused it.

    `code` is stable (e.g. "overflow", "low_ppi", "image_missing"); `severity` is "error" or
    "warning"; `data` fills the message, which comes from the one catalogue (designer.messages):
    `message` in Swedish, `message_en` in English, `text(language)` in either. `key` names the
    catalogue entry when it is not the code itself.
    """

    code: str
    frame_id: str
    page: int
    severity: str = "warning"
    data: dict = field(default_factory=dict, compare=False, hash=False)
    key: str | None = None


@dataclass
class Page:
    """One page: trim size, bleed and the items to draw, in painting order."""

    index: int
    name: str
    width: float
    height: float
    bleed: float
    items: list = field(default_factory=list)
    frame_rects: dict[str, Rect] = field(default_factory=dict)
    fold_marks: tuple[float, ...] = ()

    @property
    def trim(self) -> Rect:
        return Rect(0, 0, self.width, self.height)

    @property
    def bleed_rect(self) -> Rect:
        return Rect(-self.bleed, -self.bleed, self.width + 2 * self.bleed, self.height + 2 * self.bleed)


@dataclass
class Document:
    """The engine's whole output for one saved layout."""

    pages: list[Page]
    warnings: list[LayoutWarning]
    title: str
    date: str
    template_id: str
    kind: str          # "print" or "screen"
    safe: float = 0.0
