"""Templates: page size, bleed, safe area and frames with roles. Units: points (see units.py)."""
from __future__ import annotations

from dataclasses import dataclass, field

from designer.units import Rect

LOCKS = ("position", "size", "style", "content")


@dataclass(frozen=True)
class TextStyle:
    """How a text frame sets its text. `size_min == size_max` means a fixed size."""

    font: str = "text"
    size_min: float = 10.0
    size_max: float = 10.0
    leading: float = 1.25
    color: str = "black"
    align: str = "left"
    valign: str = "top"
    uppercase: bool = False
    tracking: float = 0.0
    space_after: float = 0.5
    bullet_color: str | None = None
    hyphenate: bool = True
    max_lines: int | None = None
    direction: str = "auto"        # "auto" (first strong character), "ltr" or "rtl"


@dataclass(frozen=True)
class FrameSpec:
    """One frame of a template page."""

    id: str
    type: str
    rect: Rect
    role: str = "decoration"
    style: TextStyle = field(default_factory=TextStyle)
    fill: str | None = None
    stroke: str | None = None
    stroke_pt: float = 0.0
    padding: float = 0.0
    fit: str = "fill"
    bleed: bool = True
    locked: frozenset[str] = frozenset()
    default: dict = field(default_factory=dict)
    label: str = ""
    mirror: bool = True       # False pins the frame when a right-to-left edition mirrors the page


@dataclass(frozen=True)
class PageSpec:
    name: str
    frames: tuple[FrameSpec, ...]
    fold_marks_mm: tuple[float, ...] = ()


@dataclass(frozen=True)
class Template:
    """A layout template. Print templates have bleed; screen templates are in pixels (1 px = 1 pt)."""

    id: str
    name: str
    name_en: str
    group: str
    kind: str
    width: float
    height: float
    bleed: float
    safe: float
    paper: str
    pages: tuple[PageSpec, ...]
    source: str = ""
    min_ppi: float = 300.0      # large posters are seen from afar: about 150 ppi is enough

    @property
    def safe_rect(self) -> Rect:
        return Rect(0, 0, self.width, self.height).inset(self.safe)

    def frames(self):
        """Every (page index, frame) pair, in drawing order."""
        for index, page in enumerate(self.pages):
            for frame in page.frames:
                yield index, frame

    def frame(self, frame_id: str) -> FrameSpec | None:
        return next((f for _, f in self.frames() if f.id == frame_id), None)

    def frames_with_role(self, role: str) -> list[FrameSpec]:
        return [f for _, f in self.frames() if f.role == role]
