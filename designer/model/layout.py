"""A saved layout: which template, and what the volunteer put into each frame (slot)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
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
class SavedLayout:
    """Template id + slot contents. `base_dir` resolves relative image paths; `date` fixes PDF dates."""

    template: str
    slots: dict[str, Slot] = field(default_factory=dict)
    title: str = ""
    brand: str | None = None
    date: str = "2026-01-01T00:00:00Z"
    base_dir: str = "."
    meta: dict[str, Any] = field(default_factory=dict)

    def slot(self, frame_id: str) -> Slot:
        return self.slots.get(frame_id, Slot())

    def with_slot(self, frame_id: str, **changes) -> "SavedLayout":
        """A copy with one slot changed (fields given as keyword arguments)."""
        slots = dict(self.slots)
        slots[frame_id] = replace(self.slot(frame_id), **changes)
        return replace(self, slots=slots)


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
