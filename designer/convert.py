"""Convert a layout to another template ("magic resize"): content moves by frame role.

    new_layout, report = convert_layout(layout, source_template, target_template)

Text, images (with focal point and zoom), QR addresses and hidden flags move to the target's
frames of the same role, in drawing order; the engine copy-fits text within the target's size
range. Size and position overrides belong to the old format and are dropped. Content that finds
no unlocked frame is kept in `new_layout.meta["unplaced"]` (and placed again by a later convert
to a template that has room), so nothing is lost. The report lists what went where, what stayed
unplaced and the target's layout warnings (e.g. overflow).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from designer.layout.frames import LayoutWarning
from designer.model.layout import SavedLayout, Slot
from designer.model.template import FrameSpec, Template

# Campaign-wide roles: a target with more such frames than the source repeats the last value.
REPEATED_ROLES = ("slogan", "subhead", "candidate", "contact", "printer_line", "qr", "photo")
_KIND = {"text": "text", "image": "image", "qr": "url"}


@dataclass
class ConvertReport:
    """What a conversion did: (source, target) frame pairs, unplaced content, layout warnings."""

    source: str
    target: str
    placed: list[tuple[str, str]] = field(default_factory=list)
    unplaced: list[dict] = field(default_factory=list)
    warnings: list[LayoutWarning] = field(default_factory=list)

    def lines(self) -> list[str]:
        """A readable summary, one line per fact, for the CLI and the GUI."""
        out = [f"{self.source} -> {self.target}: {len(self.placed)} frames moved"]
        out += [f"  {src} -> {dst}" for src, dst in self.placed]
        for item in self.unplaced:
            out.append(f"  not placed (no free {item['role']} frame, kept in meta.unplaced): "
                       f"{item['frame']}: {content_preview(item)}")
        out += [f"  {w.frame_id}: {w.severity}: {w.message_en}" for w in self.warnings]
        return out


def convert_layout(layout: SavedLayout, source_template: Template,
                   target_template: Template) -> tuple[SavedLayout, ConvertReport]:
    """The layout's content re-flowed into `target_template`, and a report of what happened."""
    from designer.layout.engine import build_document

    report = ConvertReport(source_template.id, target_template.id)
    slots: dict[str, Slot] = {}
    targets = _free_frames(target_template)
    for (role, kind), items in _content_by_role(layout, source_template).items():
        frames = [f for f in targets if f.role == role and _KIND[f.type] == kind]
        for index, frame in enumerate(frames):
            if index >= len(items) and role not in REPEATED_ROLES:
                break
            item = items[min(index, len(items) - 1)]
            slots[frame.id] = _slot(item)
            if index < len(items):
                report.placed.append((item["frame"], frame.id))
        report.unplaced.extend(_entry(item) for item in items[len(frames):])
    meta = {k: v for k, v in layout.meta.items() if k != "unplaced"}
    meta["converted_from"] = source_template.id
    if report.unplaced:
        meta["unplaced"] = report.unplaced
    new = replace(layout, template=target_template.id, slots=slots, meta=meta)
    report.warnings = list(build_document(new, target_template).warnings)
    return new, report


def _free_frames(template: Template) -> list[FrameSpec]:
    """Frames that take content (text, image, QR) and whose content is not locked."""
    return [f for _, f in template.frames() if f.type in _KIND and "content" not in f.locked]


def _content_by_role(layout: SavedLayout, template: Template) -> dict[tuple[str, str], list[dict]]:
    """Content items of the source by (role, kind), in drawing order; earlier unplaced items last."""
    by_role: dict[tuple[str, str], list[dict]] = {}
    for _, frame in template.frames():
        slot = layout.slots.get(frame.id)
        kind = _KIND.get(frame.type)
        if slot is None or kind is None:
            continue
        value = {"text": slot.text, "image": slot.image, "url": slot.url}[kind]
        if value is None and not slot.hidden:
            continue
        item = {"frame": frame.id, "role": frame.role, "kind": kind, "value": value, "hidden": slot.hidden}
        if kind == "image":
            item.update(focus=list(slot.focus), zoom=slot.zoom, fit=slot.fit)
        by_role.setdefault((frame.role, kind), []).append(item)
    for entry in layout.meta.get("unplaced", []):
        item = _item_from_entry(entry)
        if item is not None:
            by_role.setdefault((item["role"], item["kind"]), []).append(item)
    return by_role


def _slot(item: dict) -> Slot:
    if item["kind"] == "image":
        return Slot(image=item["value"], focus=tuple(item.get("focus", (0.5, 0.5))),
                    zoom=item.get("zoom", 1.0), fit=item.get("fit"), hidden=item["hidden"])
    return Slot(**{item["kind"]: item["value"]}, hidden=item["hidden"])


def _entry(item: dict) -> dict:
    """The JSON form kept in meta["unplaced"]: frame, role and the content under its kind."""
    entry = {"frame": item["frame"], "role": item["role"], item["kind"]: item["value"]}
    for key in ("focus", "zoom", "fit"):
        if item.get(key) not in (None, [0.5, 0.5], 1.0):
            entry[key] = item[key]
    if item["hidden"]:
        entry["hidden"] = True
    return entry


def _item_from_entry(entry) -> dict | None:
    """Inverse of _entry, for meta written by an earlier conversion (ignores anything malformed)."""
    if not isinstance(entry, dict) or not isinstance(entry.get("role"), str):
        return None
    kind = next((k for k in ("text", "image", "url") if isinstance(entry.get(k), str)), None)
    if kind is None:
        return None
    return {"frame": str(entry.get("frame", "")), "role": entry["role"], "kind": kind,
            "value": entry[kind], "hidden": bool(entry.get("hidden", False)),
            "focus": entry.get("focus", [0.5, 0.5]), "zoom": entry.get("zoom", 1.0), "fit": entry.get("fit")}


def content_preview(item: dict) -> str:
    """A one-line preview (at most 60 characters) of an unplaced content item, for reports."""
    value = next((item[k] for k in ("text", "image", "url") if k in item), "")
    value = " ".join(str(value).split())
    return value if len(value) <= 60 else value[:57] + "..."
