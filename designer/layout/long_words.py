"""Words that fit on no line of a frame: the line breaker cuts them at any character, and the
layout engine warns about it (a pasted URL, a run of characters with no spaces)."""
from __future__ import annotations

from designer.layout.script_fonts import FontChain
from designer.layout.shaping import advance_width

SHOWN_CHARS = 30        # how much of a word a warning quotes


def overlong_words(text: str, chain: FontChain, size: float, tracking: float, width: float) -> list[str]:
    """The distinct words of `text` wider than `width` points at `size` (in first-seen order),
    shaped in the faces of `chain`; `tracking` in em.

    Linear in the length of `text`: each distinct word is measured once.
    """
    seen: set[str] = set()
    found = []
    for word in text.split():
        if word in seen:
            continue
        seen.add(word)
        if _width(chain, word, size, tracking) > width:
            found.append(word)
    return found


def shown(word: str) -> str:
    """A word as a warning quotes it: at most SHOWN_CHARS characters, then an ellipsis."""
    return word if len(word) <= SHOWN_CHARS else word[:SHOWN_CHARS] + "…"


def _width(chain: FontChain, word: str, size: float, tracking: float) -> float:
    shaped = sum(advance_width(face, word[start:end], size) for start, end, face in chain.itemize(word))
    return shaped + tracking * size * len(word)
