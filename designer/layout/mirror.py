"""Mirroring a page for right-to-left editions: pure functions on rectangles, templates and
slot geometry, applied before the layout engine runs.

    template = mirror_template(template)            # every frame with mirror=True flipped left-right
    slots = mirror_slot_rects(layout.slots, template)   # the volunteer's moved frames flipped too

A frame the template marks `"mirror": false` (the logo, the printer line) keeps its place.
Pictures, logos and text are not flipped; only where they sit. Fold marks flip with the page.
"""
from __future__ import annotations

from dataclasses import replace

from designer.model.layout import Slot
from designer.model.template import PageSpec, Template
from designer.units import Rect, mm


def mirror_rect(rect: Rect, page_width: float) -> Rect:
    """`rect` reflected about the vertical centre line of a page `page_width` wide."""
    return Rect(page_width - rect.x - rect.w, rect.y, rect.w, rect.h)


def mirror_template(template: Template) -> Template:
    """The template with its page mirrored: frames that may mirror and fold marks flipped."""
    width_mm = template.width / mm(1)
    pages = []
    for page in template.pages:
        frames = tuple(replace(f, rect=mirror_rect(f.rect, template.width)) if f.mirror else f
                       for f in page.frames)
        folds = tuple(sorted(round(width_mm - x, 6) for x in page.fold_marks_mm))
        pages.append(PageSpec(page.name, frames, folds))
    return replace(template, pages=tuple(pages))


def mirror_slot_rects(slots: dict[str, Slot], template: Template) -> dict[str, Slot]:
    """Slots whose moved-frame rect (`rect_mm`, in template units) is mirrored where the frame
    mirrors; other slots are returned as they are."""
    unit = mm(1) if template.kind == "print" else 1.0
    width = template.width / unit
    out = {}
    for frame_id, slot in slots.items():
        spec = template.frame(frame_id)
        if slot.rect_mm is not None and spec is not None and spec.mirror:
            x, y, w, h = slot.rect_mm
            slot = replace(slot, rect_mm=(round(width - x - w, 6), y, w, h))
        out[frame_id] = slot
    return out
