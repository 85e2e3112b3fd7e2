"""List markers shared by the text and PDF importers: what starts a list item."""
from __future__ import annotations

import re

# Bullet glyphs always start an item, also private-use glyphs that Word's Symbol/Wingdings
# bullets become when copied (U+F0B7 , U+F0A7 , U+F076 , U+F0D8 …).
BULLET = re.compile(r"[•◦▪▫●○■□‣⁃∙·➢➤►▸▶▹→◆◇♦❖⦿⁌⁍✓✔☐☑✗\uf000-\uf0ff]\s*(?=\S)")
# Dashes, stars and numbers only start an item where a list can begin (brochure rules).
WEAK_MARKER = re.compile(r"(?:[-–—*+]|\(?\d{1,2}[.)]|\(?[a-h][)])\s+(?=\S)")


def marker(text: str, strong_only: bool = False) -> re.Match | None:
    """The list marker opening `text` (None if there is none); `strong_only`: bullet glyphs
    only, not dashes or numbers."""
    match = BULLET.match(text)
    if match or strong_only:
        return match
    return WEAK_MARKER.match(text)


def strip_marker(text: str) -> str:
    """`text` without the list marker opening it."""
    match = marker(text)
    return text[match.end():] if match else text
