"""The brand kit: palette, fonts, logo and default printer line that templates refer to by name."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from designer.model.color import Color


@dataclass(frozen=True)
class LogoShape:
    """One filled vector shape of the logo, in the logo's own viewbox units (y down)."""

    kind: str                      # "path" | "circle" | "rect"
    fill: str                      # swatch name
    path: tuple = ()               # for "path": (("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",))
    circle: tuple = ()             # (cx, cy, r)
    rect: tuple = ()               # (x, y, w, h)


@dataclass(frozen=True)
class Logo:
    width: float
    height: float
    shapes: tuple[LogoShape, ...]


@dataclass(frozen=True)
class BrandKit:
    name: str
    palette: dict[str, Color]
    fonts: dict[str, Path]          # font key ("display", "text", "text-bold", ...) -> TTF file
    logo: Logo | None
    printer_line: str
    source: str = ""
    extra: dict = field(default_factory=dict)
    script_fonts: dict[str, dict[str, Path]] = field(default_factory=dict)   # "Arab" -> key -> TTF

    def color(self, name: str) -> Color | None:
        return self.palette.get(name)
