"""A saved layout: which template, what the volunteer put into each frame (slot), and the
language editions: translations of its text slots (see designer.translations)."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Slot:
    """Content and overrides for one frame. Text: paragraphs split by newlines, bullets start with '• '."""

    text: str | None = None
    image: str | None = None
    focus: tuple[float, float] = (0.5, 0.5)
    zoom: float = 1.0
    fit: str | None = None
    url: str | None = None
    rect_mm: tuple[float, float, float, float] | None = None
    style: dict[str, Any] = field(default_factory=dict)
    fill: str | None = None            # swatch replacing the frame's fill (rects, text backgrounds)
    stroke_pt: float | None = None     # line width replacing the frame's
    bleed: bool | None = None
    hidden: bool = False


@dataclass(frozen=True)
class Translation:
    """One slot's text in another language; `source_hash` is text_hash() of the main-language
    text it was translated from (so a later change of that text shows as stale)."""

    text: str
    source_hash: str = ""
    translator: str = ""


@dataclass(frozen=True)
class Edition:
    """A translation of the layout's text slots into `lang` (frame id -> Translation)."""

    lang: str
    texts: dict[str, Translation] = field(default_factory=dict)


@dataclass(frozen=True)
class SavedLayout:
    """Template id + slot contents. `base_dir` resolves relative image paths; `date` fixes PDF dates.

    `lang` is the main language of the slot texts, `editions` its translations (code -> Edition).
    `mirrored` marks a right-to-left view made by designer.translations.edition_layout: its slot
    rects are already mirrored and the engine mirrors the template (never saved).
    `source` is the file it was loaded from, for messages ("" when it was made in memory).
    """

    template: str
    slots: dict[str, Slot] = field(default_factory=dict)
    title: str = ""
    brand: str | None = None
    date: str = "2026-01-01T00:00:00Z"
    base_dir: str = "."
    meta: dict[str, Any] = field(default_factory=dict)
    lang: str = "sv"
    editions: dict[str, Edition] = field(default_factory=dict)
    mirrored: bool = False
    source: str = field(default="", compare=False)

    def file_path(self, name: str) -> Path:
        """A path named in the layout: `~` expanded (left as it is for an unknown user),
        relative to the layout's folder."""
        path = Path(os.path.expanduser(name))
        return path if path.is_absolute() else Path(self.base_dir) / path

    def slot(self, frame_id: str) -> Slot:
        return self.slots.get(frame_id, Slot())

    def with_slot(self, frame_id: str, **changes) -> "SavedLayout":
        """A copy with one slot changed (fields given as keyword arguments)."""
        slots = dict(self.slots)
        slots[frame_id] = replace(self.slot(frame_id), **changes)
        return replace(self, slots=slots)


def text_hash(text: str) -> str:
    """A short fingerprint of a main-language text ("sha256:" + 16 hex digits)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


BULLET = "• "


def split_blocks(text: str) -> list[tuple[str, str]]:
    """'Intro\\n• a\\n• b' -> [('p', 'Intro'), ('bullet', 'a'), ('bullet', 'b')]; blank lines dropped."""
    blocks = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(("•", "\u2022")):
            blocks.append(("bullet", stripped.lstrip("•\u2022").strip()))
        else:
            blocks.append(("p", stripped))
    return blocks
