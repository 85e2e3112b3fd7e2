"""Home and office printing: where copies of a page go on a sheet that a desktop printer can print.

    rule = SheetRule(sheet=(mm(210), mm(297)), margin=mm(5))
    plan = rule.plan(page_w, page_h)     # Plan: sheet (oriented), across, down, scale, origin

Desktop printers cannot print to the sheet edge, so everything stays inside the printable area
(the sheet minus `margin` on every side) and nothing is ever cropped: A5 becomes two per A4,
A4 one per A4, small formats (A6, cards) as many as fit, and larger formats are scaled down to
fit. Copies are shrunk at most to MIN_NUP_SCALE to fit more than one on a sheet.
"""
from __future__ import annotations

from dataclasses import dataclass

from designer.units import mm

MIN_NUP_SCALE = 0.9
MAX_COPIES = 32


@dataclass(frozen=True)
class Plan:
    """`across` × `down` copies at `scale`, the block of copies starting at `origin` (points,
    bottom-left of the sheet), on a sheet of `sheet` (width, height) points."""

    sheet: tuple[float, float]
    across: int
    down: int
    scale: float
    origin: tuple[float, float]
    margin: float

    @property
    def copies(self) -> int:
        return self.across * self.down


@dataclass(frozen=True)
class SheetRule:
    """A sheet (points, either orientation is used), its unprintable margin, and optionally a fixed
    number of copies across and down."""

    sheet: tuple[float, float]
    margin: float = mm(5)
    across: int | None = None
    down: int | None = None
    cut_marks: bool = True

    def plan(self, page_w: float, page_h: float) -> Plan:
        """The best plan for one page size: the most printed area (copies × scale², so ten cards at
        full size beat twelve at 91 %), never shrinking below MIN_NUP_SCALE to fit more than one;
        a single copy is scaled down as far as needed to fit."""
        short, long_ = sorted(self.sheet)
        candidates = []
        for sheet in ((short, long_), (long_, short)):
            room_w, room_h = sheet[0] - 2 * self.margin, sheet[1] - 2 * self.margin
            grids = [(self.across, self.down)] if self.across and self.down else \
                [(a, d) for a in range(1, MAX_COPIES + 1) for d in range(1, MAX_COPIES + 1) if a * d <= MAX_COPIES]
            for across, down in grids:
                scale = min(1.0, room_w / (across * page_w), room_h / (down * page_h))
                if across * down > 1 and scale < MIN_NUP_SCALE and not self.across:
                    continue
                portrait = sheet[0] < sheet[1]
                area = round(across * down * scale * scale, 6)
                candidates.append((area, round(scale, 6), portrait, sheet, across, down))
        _, scale, _, sheet, across, down = max(candidates, key=lambda c: c[:3])
        block_w, block_h = across * page_w * scale, down * page_h * scale
        origin = ((sheet[0] - block_w) / 2, (sheet[1] - block_h) / 2)
        return Plan(sheet, across, down, scale, origin, self.margin)
