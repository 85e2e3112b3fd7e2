"""The Unicode bidirectional algorithm for one paragraph: embedding levels and visual order.

In: a paragraph and its direction ("ltr", "rtl" or "auto": from the first strong character).
Out: one embedding level per character (even = left to right, odd = right to left) and the
visual order of runs by rule L2. python-bidi's Rust core only returns reordered strings, so the
levels come from its reference implementation (`bidi.algorithm`, the same package); this module
is the one place that uses it (tests/test_bidi.py checks it against the Rust core).
"""
from __future__ import annotations

from functools import lru_cache
from unicodedata import bidirectional

RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI", "AN"})
# the classes the reference implementation knows (Unicode 6.2's); others (isolates, unassigned
# code points) are resolved as other neutrals
KNOWN_CLASSES = frozenset({"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
                           "ON", "LRE", "LRO", "RLE", "RLO", "PDF"})
NEUTRAL_STAND_IN = "!"


def base_is_rtl(text: str, direction: str = "auto") -> bool:
    """True for a right-to-left paragraph: by `direction`, or for "auto" by its first strong character."""
    if direction in ("ltr", "rtl"):
        return direction == "rtl"
    from bidi import algorithm

    return algorithm.get_base_level(text) == 1


def embedding_levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The resolved embedding level of every character of `text` in a paragraph of that direction."""
    if not rtl and not any(bidirectional(c) in RTL_CLASSES for c in text):
        return (0,) * len(text)
    return _cached_levels(text, rtl) if len(text) <= 4_000 else _resolve_levels(text, rtl)


@lru_cache(maxsize=1_000)
def _cached_levels(text: str, rtl: bool) -> tuple[int, ...]:
    return _resolve_levels(text, rtl)


def _resolve_levels(text: str, rtl: bool) -> tuple[int, ...]:
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    known = "".join(c if bidirectional(c) in KNOWN_CLASSES else NEUTRAL_STAND_IN for c in text)
    algorithm.get_embedding_levels(known, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    resolved = iter(char["level"] for char in storage["chars"])
    levels: list[int] = []
    for char in known:     # rule X9 dropped embedding controls and BN (ZWJ, ZWNJ, soft hyphen):
        if bidirectional(char) in algorithm.X9_REMOVED:      # they take the level before them
            levels.append(levels[-1] if levels else (1 if rtl else 0))
        else:
            levels.append(next(resolved))
    return tuple(levels)


def visual_order(levels: list[int]) -> list[int]:
    """Indexes of items (characters or runs, each with one level) in left-to-right display order
    (rule L2: from the highest level down, reverse every maximal sequence at or above it)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(level for level in levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order
