"""Read and write saved layouts (*.json naming a template and holding slot contents and
language editions). Version 1 files (no languages) are read as Swedish with no editions."""
from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from designer.errors import FileFormatError
from designer.io.jsonfile import migrate, read_json, validate, write_json
from designer.model.layout import Edition, SavedLayout, Slot, Translation

FORMAT = "designer.layout"
VERSION = 2
VERSION_1_LANGUAGE = "sv"      # every version-1 layout was written in Swedish
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def _from_version_1(data: dict) -> dict:
    """Version 1 -> 2: the slot texts become the main language, Swedish; no editions yet."""
    data.setdefault("lang", VERSION_1_LANGUAGE)
    data.setdefault("editions", {})
    return data


MIGRATIONS = {1: _from_version_1}


def load_layout(path: str | Path) -> SavedLayout:
    """Parse and validate a saved layout; relative image paths resolve against its folder."""
    path = Path(path)
    data = migrate(read_json(path), FORMAT, VERSION, MIGRATIONS, path)
    validate(data, "layout", path)
    layout = replace(layout_from_dict(data, base_dir=path.resolve().parent, path=path), source=str(path))
    check_slot_styles(layout, path)
    return layout


def check_slot_styles(layout: SavedLayout, path: str | Path) -> None:
    """Parse every slot's style against the layout's brand kit (swatches, fonts, sizes), so a bad
    style is a FileFormatError naming this file and `slots.<frame>.style.<key>`, at load."""
    from designer.io.brand_file import layout_brand
    from designer.io.template_file import style_from_dict

    styled = {frame_id: slot.style for frame_id, slot in layout.slots.items() if slot.style}
    if not styled:
        return
    brand = layout_brand(layout)
    for frame_id, style in sorted(styled.items()):
        style_from_dict(style, f"slots.{frame_id}.style", Path(path), brand)


def layout_from_dict(data: dict, base_dir: str | Path = ".", path: str | Path = "layout") -> SavedLayout:
    """Build a SavedLayout from validated JSON data; impossible geometry names the file and field."""
    slots = {}
    for frame_id, slot in data.get("slots", {}).items():
        if "rect" in slot and (slot["rect"][2] <= 0 or slot["rect"][3] <= 0):
            raise FileFormatError("expected a positive width and height in mm", file=path,
                                  field=f"slots.{frame_id}.rect")
        slots[frame_id] = Slot(
            text=slot.get("text"), image=_file_name(slot.get("image"), path, f"slots.{frame_id}.image"),
            focus=tuple(slot.get("focus", (0.5, 0.5))), zoom=slot.get("zoom", 1.0), fit=slot.get("fit"),
            url=slot.get("url"), rect_mm=tuple(slot["rect"]) if "rect" in slot else None,
            style=dict(slot.get("style", {})), fill=slot.get("fill"), stroke_pt=slot.get("stroke_pt"),
            bleed=slot.get("bleed"), hidden=slot.get("hidden", False))
    lang = data.get("lang", VERSION_1_LANGUAGE)
    return SavedLayout(template=data["template"], slots=slots, title=data.get("title", ""),
                       brand=_file_name(data.get("brand"), path, "brand"),
                       date=_full_date(data.get("date", "2026-01-01"), path),
                       base_dir=str(base_dir), meta=dict(data.get("meta", {})), lang=lang,
                       editions=_editions_from_dict(data.get("editions", {}), lang, path))


def _editions_from_dict(data: dict, main: str, path) -> dict[str, Edition]:
    """code -> Edition from validated JSON; an edition in the main language names its field."""
    editions = {}
    for code, edition in data.items():
        if code == main:
            raise FileFormatError(f"{code!r} is the main language; an edition translates into another one",
                                  file=path, field=f"editions.{code}")
        editions[code] = Edition(code, {
            frame_id: Translation(slot["text"], slot.get("source_hash", ""), slot.get("translator", ""))
            for frame_id, slot in edition.get("slots", {}).items()})
    return editions


def _editions_to_dict(editions: dict[str, Edition]) -> dict:
    out = {}
    for code, edition in sorted(editions.items()):
        slots = {}
        for frame_id, item in sorted(edition.texts.items()):
            slot = {"text": item.text, "source_hash": item.source_hash}
            if item.translator:
                slot["translator"] = item.translator
            slots[frame_id] = slot
        out[code] = {"slots": slots}
    return out


def layout_to_dict(layout: SavedLayout) -> dict:
    """The JSON form of a layout; only non-default slot fields are written."""
    slots = {}
    for frame_id, slot in sorted(layout.slots.items()):
        out: dict = {}
        for key, value, default in (("text", slot.text, None), ("image", slot.image, None),
                                    ("focus", list(slot.focus), [0.5, 0.5]), ("zoom", slot.zoom, 1.0),
                                    ("fit", slot.fit, None), ("url", slot.url, None),
                                    ("rect", list(slot.rect_mm) if slot.rect_mm else None, None),
                                    ("style", slot.style, {}), ("fill", slot.fill, None),
                                    ("stroke_pt", slot.stroke_pt, None), ("bleed", slot.bleed, None),
                                    ("hidden", slot.hidden, False)):
            if value != default:
                out[key] = value
        slots[frame_id] = out
    data = {"format": FORMAT, "format_version": VERSION, "template": layout.template,
            "title": layout.title, "date": layout.date, "lang": layout.lang, "slots": slots}
    if layout.editions:
        data["editions"] = _editions_to_dict(layout.editions)
    if layout.brand:
        data["brand"] = layout.brand
    if layout.meta:
        data["meta"] = layout.meta
    return data


def rebase_images(layout: SavedLayout, folder: str | Path) -> SavedLayout:
    """The layout as it is saved into `folder`: every slot image path relative to `folder`
    (forward slashes, so the folder can move between machines), or absolute when there is no
    relative path (another drive)."""
    folder = Path(folder).resolve()
    slots = {}
    for frame_id, slot in layout.slots.items():
        if slot.image:
            source = layout.file_path(slot.image).resolve()
            try:
                slot = replace(slot, image=Path(os.path.relpath(source, folder)).as_posix())
            except ValueError:
                slot = replace(slot, image=str(source))
        slots[frame_id] = slot
    return replace(layout, slots=slots, base_dir=str(folder))


def save_layout(path: str | Path, layout: SavedLayout) -> None:
    """Write the layout atomically (the old file survives any failure)."""
    write_json(path, layout_to_dict(layout))


def _file_name(value: str | None, path, field: str) -> str | None:
    """A file path from the layout; one holding a control character (a NUL: no system can
    open it) is refused, naming the field."""
    found = _CONTROL.search(value or "")
    if found:
        raise FileFormatError(f"invalid path (control character U+{ord(found.group()):04X})", file=path,
                              field=field)
    return value


def _full_date(text: str, path) -> str:
    """The date with a time (midnight UTC when it has none); a day or time that does not exist
    (2026-02-29, 2026-13-45, 24:00:00) is refused, naming the field."""
    full = text if "T" in text else f"{text}T00:00:00Z"
    try:
        datetime.strptime(full, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        what = "calendar date and time" if "T" in text else "calendar date"
        raise FileFormatError(f"{text} is not a {what}", file=path, field="date") from None
    return full
