"""Which font sets which character: the style's font, the brand kit's font for the character's
script, then the shipped fallbacks (Noto Sans Arabic, Noto Sans Ethiopic, Noto Sans).

In: a `FontChain` (built by the engine from the brand kit) and a paragraph. Out: runs
(start, end, face) covering the text. Characters of no particular script (spaces, digits,
punctuation) and combining marks stay in the font of the text around them when it has them.
Scripts are Unicode's (ISO 15924 codes such as "Arab", "Ethi", "Latn"), from ICU.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from designer.layout.fonts import FontFace

NEUTRAL_SCRIPTS = frozenset({"Zyyy", "Zinh", "Zzzz"})
FALLBACK_FILES = {     # in the fonts folder, in the order they are tried
    False: ("NotoSansArabic-Regular.ttf", "NotoSansEthiopic-Regular.ttf", "NotoSans-Regular.ttf"),
    True: ("NotoSansArabic-Bold.ttf", "NotoSansEthiopic-Bold.ttf", "NotoSans-Bold.ttf"),
}


@dataclass(frozen=True, eq=False)
class FontChain:
    """The faces one text style can use: `primary` first, then the brand kit's face for the
    character's script, then the fallbacks. Compared by identity (the resolver makes each once)."""

    primary: FontFace
    scripts: tuple[tuple[str, FontFace], ...] = ()
    fallbacks: tuple[FontFace, ...] = ()

    @property
    def faces(self) -> tuple[FontFace, ...]:
        return (self.primary, *(face for _, face in self.scripts), *self.fallbacks)

    def face_for(self, char: str, script: str) -> FontFace:
        """The face that sets `char` (the primary face, drawing .notdef, when none has it)."""
        for name, face in self.scripts:
            if name == script and face.covers(char):
                return face
        if self.primary.covers(char):
            return self.primary
        return next((face for face in self.faces if face.covers(char)), self.primary)

    def itemize(self, text: str) -> tuple[tuple[int, int, FontFace], ...]:
        return _itemize(self, text)


def script_of(char: str) -> str:
    """The character's Unicode script as an ISO 15924 code ("Latn", "Arab", "Zyyy" for common)."""
    import icu

    return icu.Script.getScript(ord(char)).getShortName()


@lru_cache(maxsize=1_000)
def _itemize(chain: FontChain, text: str) -> tuple[tuple[int, int, FontFace], ...]:
    if not chain.scripts and set(map(ord, text)) <= chain.primary.charset:
        return ((0, len(text), chain.primary),)
    runs: list[list] = []
    current: FontFace | None = None
    for index, char in enumerate(text):
        name = script_of(char)
        if name in NEUTRAL_SCRIPTS and current is not None and current.covers(char):
            face = current
        else:
            face = chain.face_for(char, name)
        if face is current:
            runs[-1][1] = index + 1
        else:
            runs.append([index, index + 1, face])
            current = face
    return tuple(tuple(run) for run in runs)
