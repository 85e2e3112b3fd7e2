"""`{{column}}` placeholders: find them in a saved layout and fill them from one data row.

Text slots and the title take values as they are. In a QR/link `url` a value is percent-encoded
unless the placeholder is the whole url. An image path from a row resolves against the data
file's folder and must lie inside one of the allowed folders (no `../../etc/passwd`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Iterable
from urllib.parse import quote, urlsplit

from designer.errors import EXCERPT_CHARS, excerpt, one_line
from designer.model.layout import SavedLayout, Slot

PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
ROW_FIELD = "_rad"          # built-in field: the row number, e.g. for output names
URL_SCHEMES = ("http", "https")
MAX_REASON_CHARS = 300      # leaves room for "failed: data.csv row 12: photo: " in a 400-character line
MAX_LISTED = 10             # names a message lists before "and N more"


class RowError(Exception):
    """Why one row cannot be made; `field` is the slot (or 'name') it concerns.
    The reason is one line of at most MAX_REASON_CHARS, whatever the row holds."""

    def __init__(self, reason: str, field: str = ""):
        reason = one_line(reason, MAX_REASON_CHARS)
        super().__init__(reason)
        self.reason, self.field = reason, field


def listing(names: Iterable[str]) -> str:
    """Up to MAX_LISTED names, each cut to EXCERPT_CHARS, then how many more: 'a, b, … and 3 more'."""
    names = list(names)
    shown = ", ".join(one_line(name, EXCERPT_CHARS) for name in names[:MAX_LISTED])
    rest = len(names) - MAX_LISTED
    return f"{shown} and {rest} more" if rest > 0 else shown


@dataclass(frozen=True)
class MergeRules:
    """Where row image paths resolve (`data_dir`) and the folders they may be read from."""

    data_dir: Path
    allowed_dirs: tuple[Path, ...]

    @cached_property
    def resolved_dirs(self) -> tuple[Path, ...]:
        """The allowed folders with links resolved, once per run (not once per row)."""
        return tuple(folder.resolve() for folder in self.allowed_dirs)


def fields_in(layout: SavedLayout) -> list[str]:
    """Column names the layout's placeholders use, in first-use order."""
    names: dict[str, None] = {}
    for text in [layout.title, *(v for s in layout.slots.values() for v in (s.text, s.image, s.url))]:
        for match in PLACEHOLDER.finditer(text or ""):
            names.setdefault(match.group(1), None)
    return list(names)


def substitute(template: str, values: dict[str, str], field: str, encode=None) -> str:
    """`template` with every `{{name}}` replaced by values[name] (passed through `encode`).

    An unknown name raises RowError naming the field and the columns that exist.
    """
    def one(match: re.Match) -> str:
        name = match.group(1)
        if name not in values:
            known = listing(sorted(k for k in values if k != ROW_FIELD)) or "none"
            raise RowError(f"unknown column {{{{{one_line(name, EXCERPT_CHARS)}}}}}: this row has no such cell "
                           f"(it has: {known})", field)
        return encode(values[name]) if encode else values[name]

    return PLACEHOLDER.sub(one, template)


def fill_layout(layout: SavedLayout, values: dict[str, str], rules: MergeRules) -> SavedLayout:
    """A copy of `layout` with placeholders filled from `values`. Raises RowError."""
    slots = {frame_id: _fill_slot(frame_id, slot, values, rules) for frame_id, slot in layout.slots.items()}
    return replace(layout, slots=slots, title=substitute(layout.title, values, "title"))


def _fill_slot(frame_id: str, slot: Slot, values: dict[str, str], rules: MergeRules) -> Slot:
    changes = {}
    if slot.text and "{{" in slot.text:
        changes["text"] = substitute(slot.text, values, frame_id)
    if slot.url and "{{" in slot.url:
        changes["url"] = fill_url(slot.url, values, frame_id)
    if slot.image and "{{" in slot.image:
        changes["image"] = str(safe_image_path(substitute(slot.image, values, frame_id), rules, frame_id))
    return replace(slot, **changes) if changes else slot


def fill_url(template: str, values: dict[str, str], field: str) -> str:
    """Fill a url; values inside a longer url are percent-encoded. Checks it is a web address."""
    whole = PLACEHOLDER.fullmatch(template.strip()) is not None
    url = substitute(template, values, field, None if whole else _quote).strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in URL_SCHEMES or not parts.netloc or any(c.isspace() for c in url):
        raise RowError(f"invalid QR/link address {url[:80]!r} (expected http:// or https://…)", field)
    return url


def _quote(value: str) -> str:
    return quote(value.strip(), safe="")


def safe_image_path(name: str, rules: MergeRules, field: str) -> Path:
    """The resolved image path for a row, or RowError if empty or outside the allowed folders."""
    name = name.strip()
    if not name:
        raise RowError("no image given", field)
    if "\x00" in name:
        raise RowError("invalid image path", field)
    path = Path(name).expanduser()
    resolved = (path if path.is_absolute() else rules.data_dir / path).resolve()
    if not any(resolved.is_relative_to(folder) for folder in rules.resolved_dirs):
        raise RowError(f"image {excerpt(name)} lies outside the allowed folders "
                       f"({listing(str(f) for f in rules.allowed_dirs)}); use --allow-dir to add one", field)
    return resolved
