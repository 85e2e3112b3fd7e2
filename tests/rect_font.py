"""A tiny TrueType font for pixel tests: every glyph is a solid rectangle of known width and height.

Units per em 1000, so at 10 pt one pixel at 72 dpi is 100 units. Glyphs (advance / ink width /
ink height in pixels at 10 pt): A 6/5/7, V 6/5/5, space 3/0/0, 1 4/3/2, 2 4/3/4, Arabic beh
isolated 5/4/1 and initial 4/4/3, alef isolated 3/2/8 and final 3/2/6. Kerning: A V -2 px.
Arabic contextual forms come from GSUB init/fina, so a shaped "با" shows beh.init and alef.fina.
"""
from __future__ import annotations

from pathlib import Path

GLYPHS = {   # name: (codepoint or None, advance, ink width, ink height) in font units
    ".notdef": (None, 500, 0, 0),
    "space": (0x20, 300, 0, 0),
    "A": (0x41, 600, 500, 700),
    "V": (0x56, 600, 500, 500),
    "one": (0x31, 400, 300, 200),
    "two": (0x32, 400, 300, 400),
    "beh": (0x628, 500, 400, 100),
    "beh.init": (None, 400, 400, 300),
    "alef": (0x627, 300, 200, 800),
    "alef.fina": (None, 300, 200, 600),
}
FEATURES = """
languagesystem DFLT dflt;
languagesystem latn dflt;
languagesystem arab dflt;
feature init { sub beh by beh.init; } init;
feature fina { sub alef by alef.fina; } fina;
feature kern { pos A V -200; } kern;
"""


def build_test_font(path: Path) -> Path:
    """Write the rectangle font to `path` (a .ttf) and return it."""
    from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = list(GLYPHS)
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({code: name for name, (code, *_) in GLYPHS.items() if code})
    glyphs = {}
    for name, (_, _, width, height) in GLYPHS.items():
        pen = TTGlyphPen(None)
        if width and height:
            pen.moveTo((0, 0))
            pen.lineTo((0, height))
            pen.lineTo((width, height))
            pen.lineTo((width, 0))
            pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (advance, 0) for name, (_, advance, _, _) in GLYPHS.items()})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Rectangles", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200,
                     usWeightClass=400)
    builder.setupPost()
    addOpenTypeFeaturesFromString(builder.font, FEATURES)
    builder.save(str(path))
    return path
