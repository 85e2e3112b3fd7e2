"""Locks mean locked: which slot fields a template's locks (and the law) forbid a layout to set.

In: a SavedLayout, its Template and the name of the file it came from. Out: one `Violation` per
forbidden field (frame, field path as in the layout file, the lock), for preflight to report as
`locked_changed` and for the GUI and merge to refuse an edit. The printer line (tryckort) is
legally required: it may never be hidden, moved, resized or restyled, whatever the template says.
"""
from __future__ import annotations

from dataclasses import dataclass

from designer.model.layout import SavedLayout, Slot
from designer.model.template import FrameSpec, Template
from designer.units import MM

LEGALLY_REQUIRED = {"printer_line": frozenset({"position", "size", "style", "hidden"})}
TOLERANCE_MM = 0.01


@dataclass(frozen=True)
class Violation:
    """`field` is the path in the layout file (slots.<frame>.<field>); `lock` the lock it breaks."""

    frame_id: str
    field: str
    lock: str


def locks_of(spec: FrameSpec) -> frozenset[str]:
    """The frame's locks, plus "hidden" for any locked frame and the legal ones for its role."""
    locks = set(spec.locked) | LEGALLY_REQUIRED.get(spec.role, frozenset())
    if locks:
        locks.add("hidden")
    return frozenset(locks)


def slot_violations(spec: FrameSpec, slot: Slot, unit: float = MM) -> list[Violation]:
    """The fields of `slot` that `spec`'s locks forbid (`unit`: points per layout unit)."""
    locks = locks_of(spec)
    out = []

    def refuse(name: str, lock: str):
        out.append(Violation(spec.id, f"slots.{spec.id}.{name}", lock))

    if slot.hidden and "hidden" in locks:
        refuse("hidden", "hidden")
    if slot.rect_mm is not None:
        wanted = [v * unit for v in slot.rect_mm]
        rect = spec.rect
        moved = abs(wanted[0] - rect.x) > TOLERANCE_MM * unit or abs(wanted[1] - rect.y) > TOLERANCE_MM * unit
        resized = abs(wanted[2] - rect.w) > TOLERANCE_MM * unit or abs(wanted[3] - rect.h) > TOLERANCE_MM * unit
        if moved and "position" in locks:
            refuse("rect", "position")
        elif resized and "size" in locks:
            refuse("rect", "size")
    if "style" in locks:
        for name in ("style", "fill", "stroke_pt"):
            if getattr(slot, name) not in (None, {}):
                refuse(name, "style")
    if "content" in locks:
        for name in ("text", "image", "url"):
            if getattr(slot, name) is not None:
                refuse(name, "content")
    return out


def violations(layout: SavedLayout, template: Template) -> list[Violation]:
    """Every forbidden field set by `layout` on `template`'s frames."""
    unit = MM if template.kind == "print" else 1.0
    out = []
    for _, spec in template.frames():
        if spec.id in layout.slots:
            out.extend(slot_violations(spec, layout.slots[spec.id], unit))
    return out


def restored(layout: SavedLayout, frame_id: str, field: str) -> SavedLayout:
    """`layout` with the slot field named by a violation (slots.<frame>.<field>) back to the
    template's own value."""
    name = field.rsplit(".", 1)[-1]
    defaults = {"hidden": False, "rect": None, "style": {}, "fill": None, "stroke_pt": None, "text": None,
                "image": None, "url": None}
    attribute = "rect_mm" if name == "rect" else name
    return layout.with_slot(frame_id, **{attribute: defaults[name]})
