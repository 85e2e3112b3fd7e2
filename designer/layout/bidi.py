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


def base_is_rtl(text: str, direction: str = "auto") -> bool:
    """True for a right-to-left paragraph: by `direction`, or for "auto" by its first strong character."""
    if direction in ("ltr", "rtl"):
        return direction == "rtl"
    from bidi import get_base_level

    return get_base_level(text) == 1


@lru_cache(maxsize=10_000)
def embedding_levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The resolved embedding level of every character of `text` in a paragraph of that direction."""
    if not rtl and not any(bidirectional(c) in RTL_CLASSES for c in text):
        return (0,) * len(text)
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return tuple(char["level"] for char in storage["chars"])


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
