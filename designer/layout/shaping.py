"""HarfBuzz shaping: text in one font and direction -> glyph ids with advances, offsets, clusters.

In: a `FontFace`, a string and its direction. Out: `ShapedGlyph`s in visual (left-to-right) order,
in font units (the HarfBuzz font is scaled to units per em), each with the index of the first
character of its cluster in the string. The font's kerning (`kern`) and standard ligatures
(`liga`) are on, with HarfBuzz's defaults for contextual forms (Arabic joining, marks).
Results are cached per (face, text, direction): a text is shaped once per process.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from designer.layout.fonts import FontFace

FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True, slots=True)
class ShapedGlyph:
    """One glyph in font units; `dx`, `dy` are HarfBuzz offsets (y up), `cluster` a string index."""

    id: int
    advance: int
    dx: int
    dy: int
    cluster: int


@lru_cache(maxsize=500)
def shape(face: FontFace, text: str, rtl: bool = False) -> tuple[ShapedGlyph, ...]:
    """The glyphs HarfBuzz gives for `text` in `face`, left to right as they are drawn."""
    import uharfbuzz as hb

    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(face.hb_font, buffer, FEATURES)
    return tuple(ShapedGlyph(info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset, info.cluster)
                 for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions))


def advance_width(face: FontFace, text: str, size: float, rtl: bool = False) -> float:
    """The shaped advance width of `text` in points at `size`."""
    return sum(glyph.advance for glyph in shape(face, text, rtl)) * size / face.upem
