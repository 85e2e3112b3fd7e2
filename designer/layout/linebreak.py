"""Line-break opportunities (Unicode UAX #14) from ICU's line BreakIterator (PyICU's `icu`
module, installed as pyicu-wheels).

In: a paragraph. Out: the indexes (Python string positions) where a line may end, i.e. after
which a new line may start: after spaces, after hyphens and dashes, between ideographs, never
inside a word, before closing punctuation or between a number and its unit sign.
ICU counts in UTF-16 code units; positions are converted for text beyond the BMP (emoji).
"""
from __future__ import annotations

from functools import lru_cache

LOCALE = "sv_SE"


@lru_cache(maxsize=1)
def _iterator():
    import icu

    return icu.BreakIterator.createLineInstance(icu.Locale(LOCALE))


def break_opportunities(text: str) -> tuple[int, ...]:
    """Positions 0 < p < len(text) where a line may break before text[p]."""
    if not text:
        return ()
    return _cached(text) if len(text) <= 4_000 else _opportunities(text)


@lru_cache(maxsize=1_000)
def _cached(text: str) -> tuple[int, ...]:
    return _opportunities(text)


def _opportunities(text: str) -> tuple[int, ...]:
    iterator = _iterator()
    iterator.setText(text)
    units = [p for p in iterator if 0 < p]
    if max(map(ord, text)) >= 0x10000:
        index_of, unit = {}, 0
        for index, char in enumerate(text):
            index_of[unit] = index
            unit += 2 if ord(char) >= 0x10000 else 1
        index_of[unit] = len(text)
        units = [index_of[p] for p in units]
    return tuple(p for p in units if p < len(text))
