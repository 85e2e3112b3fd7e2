"""Character budgets: how much text fits a frame, measured with the layout engine itself.

Method: the frame is filled with the first n characters of its main-language text repeated
(paragraphs and bullets as they are) and laid out by designer.layout.engine.build_document, which
copy-fits down to the style's smallest size; a binary search finds the largest n without an
`overflow` warning for that frame. The budget is therefore in characters of text like the source
(same mix of words, spaces and line breaks) at the frame's smallest allowed size.
"""
from __future__ import annotations

from itertools import cycle, islice

from designer.model.layout import SavedLayout
from designer.model.template import FrameSpec

MAX_BUDGET = 20000       # characters: no campaign frame holds more; bounds the search


def sample_text(source: str, length: int) -> str:
    """The first `length` characters of `source` repeated (a newline between repeats)."""
    unit = source.strip() + "\n"
    return "".join(islice(cycle(unit), length)).rstrip()


def character_budget(layout: SavedLayout, spec: FrameSpec, source: str, template, brand) -> int:
    """The largest number of characters of text like `source` that fits frame `spec` of the
    (edition) `layout`; 0 when not even one word fits."""
    if not source.strip():
        return 0

    def fits(length: int) -> bool:
        return _fits(layout.with_slot(spec.id, text=sample_text(source, length)), spec.id, template, brand)

    low, high = 0, max(64, len(source))
    while high < MAX_BUDGET and fits(high):
        low, high = high, min(MAX_BUDGET, high * 2)
    if high >= MAX_BUDGET and fits(high):
        return high
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def _fits(layout: SavedLayout, frame_id: str, template, brand) -> bool:
    from designer.layout.engine import build_document

    document = build_document(layout, template, brand)
    return not any(w.code == "overflow" and w.frame_id == frame_id for w in document.warnings)
