"""The manifesto: a title, slogans, candidate names and policy sections, plus undoable edits.

Every edit method returns the `Edit` that undoes it, so a GUI undo command can do
`inverse = manifesto.apply(edit)` on redo and `manifesto.apply(inverse)` on undo.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# Words skipped when a section id is made from its title ("En skola där ..." -> "skola").
_STOPWORDS = frozenset("""
    en ett och att i av for fran med om pa som till vi var det den de dar nar sin sitt sina
    ar ska kan har alla mer nya ny nytt the a an of and
""".split())


@dataclass
class Section:
    """One policy section: heading, body paragraphs, an optional "Vi vill:" list and quotes."""

    id: str
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    list_intro: str = ""
    bullets: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    source_lines: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict in manifesto-file order."""
        return {
            "id": self.id,
            "title": self.title,
            "paragraphs": list(self.paragraphs),
            "list_intro": self.list_intro,
            "bullets": list(self.bullets),
            "quotes": list(self.quotes),
            "source_lines": list(self.source_lines) if self.source_lines else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        """Inverse of to_dict (expects a validated dict)."""
        lines = data.get("source_lines")
        return cls(id=data["id"], title=data.get("title", ""),
                   paragraphs=list(data.get("paragraphs", [])),
                   list_intro=data.get("list_intro", ""),
                   bullets=list(data.get("bullets", [])), quotes=list(data.get("quotes", [])),
                   source_lines=(lines[0], lines[1]) if lines else None)


@dataclass(frozen=True)
class Edit:
    """A named edit: `Manifesto.apply(Edit("rename_section", ("skola", "Skolan")))`."""

    op: str
    args: tuple


@dataclass
class Manifesto:
    """A whole programme: what the importers produce and the layouts draw from."""

    title: str = ""
    slogans: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    # -- conversion ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The manifesto-file body (without the format header)."""
        return {"title": self.title, "slogans": list(self.slogans), "people": list(self.people),
                "sections": [s.to_dict() for s in self.sections]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifesto:
        """Inverse of to_dict (expects a validated dict; extra keys are ignored)."""
        return cls(title=data.get("title", ""), slogans=list(data.get("slogans", [])),
                   people=list(data.get("people", [])),
                   sections=[Section.from_dict(s) for s in data.get("sections", [])])

    # -- lookup ----------------------------------------------------------------------------
    def index_of(self, section_id: str) -> int:
        """Position of a section; KeyError naming the id if there is none."""
        for i, section in enumerate(self.sections):
            if section.id == section_id:
                return i
        raise KeyError(f"no section with id {section_id!r}")

    def section(self, section_id: str) -> Section:
        """The section with this id (KeyError if none)."""
        return self.sections[self.index_of(section_id)]

    def new_id(self, title: str) -> str:
        """A section id made from `title` that no section uses yet."""
        return unique_slug(title, {s.id for s in self.sections})

    # -- edits (each returns its inverse) ----------------------------------------------------
    def apply(self, edit: Edit) -> Edit:
        """Run a named edit; returns the edit that undoes it."""
        if edit.op not in _EDIT_OPS:
            raise ValueError(f"unknown edit {edit.op!r}")
        return getattr(self, edit.op)(*edit.args)

    def rename_section(self, section_id: str, title: str) -> Edit:
        """Set a section's heading (the id stays, so layouts keep pointing at it)."""
        section = self.section(section_id)
        old, section.title = section.title, title
        return Edit("rename_section", (section_id, old))

    def split_section(self, section_id: str, paragraph_index: int, new_id: str | None = None) -> Edit:
        """Cut a section before paragraph `paragraph_index`; the untitled second part takes
        the later paragraphs, the list intro and the bullets. Undo: merge_sections."""
        index = self.index_of(section_id)
        first = self.sections[index]
        if not 0 <= paragraph_index <= len(first.paragraphs):
            raise IndexError(f"paragraph {paragraph_index} is outside section {section_id!r}")
        second = Section(id=new_id or self.new_id(f"{section_id} del 2"),
                         paragraphs=first.paragraphs[paragraph_index:], list_intro=first.list_intro,
                         bullets=first.bullets, source_lines=first.source_lines)
        if second.id in {s.id for s in self.sections}:
            raise ValueError(f"section id {second.id!r} is already used")
        first.paragraphs, first.list_intro, first.bullets = first.paragraphs[:paragraph_index], "", []
        self.sections.insert(index + 1, second)
        return Edit("merge_sections", (section_id, second.id))

    def merge_sections(self, first_id: str, second_id: str) -> Edit:
        """Append section `second_id`'s text to `first_id` and remove it. Undo: unmerge_sections."""
        if first_id == second_id:
            raise ValueError("cannot merge a section with itself")
        first, second_index = self.section(first_id), self.index_of(second_id)
        before = Section.from_dict(first.to_dict())
        second = self.sections.pop(second_index)
        first.paragraphs = first.paragraphs + second.paragraphs
        first.list_intro = first.list_intro or second.list_intro
        first.bullets = first.bullets + second.bullets
        first.quotes = first.quotes + second.quotes
        first.source_lines = _span(first.source_lines, second.source_lines)
        return Edit("unmerge_sections", (before.to_dict(), second_index, second.to_dict()))

    def unmerge_sections(self, first: dict, second_index: int, second: dict) -> Edit:
        """Put back both sections as they were before merge_sections. Undo: merge_sections."""
        index = self.index_of(first["id"])
        self.sections[index] = Section.from_dict(first)
        self.sections.insert(second_index, Section.from_dict(second))
        return Edit("merge_sections", (first["id"], second["id"]))

    def move_paragraph(self, from_id: str, index: int, to_id: str, to_index: int) -> Edit:
        """Move one paragraph; `to_index` counts after its removal. Undo: the reverse move."""
        _move(self.section(from_id).paragraphs, index, self.section(to_id).paragraphs, to_index)
        return Edit("move_paragraph", (to_id, to_index, from_id, index))

    def move_bullet(self, from_id: str, index: int, to_id: str, to_index: int) -> Edit:
        """Move one bullet; `to_index` counts after its removal. Undo: the reverse move."""
        _move(self.section(from_id).bullets, index, self.section(to_id).bullets, to_index)
        return Edit("move_bullet", (to_id, to_index, from_id, index))


_EDIT_OPS = frozenset({"rename_section", "split_section", "merge_sections", "unmerge_sections",
                       "move_paragraph", "move_bullet"})


def _move(source: list[str], index: int, target: list[str], to_index: int) -> None:
    if not 0 <= index < len(source):
        raise IndexError(f"no item {index} to move")
    limit = len(target) - (1 if source is target else 0)
    if not 0 <= to_index <= limit:
        raise IndexError(f"cannot insert at position {to_index}")
    target.insert(to_index, source.pop(index))


def _span(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def ascii_slug(text: str) -> str:
    """'Företagande är …' -> 'foretagande-ar'; lower-case ASCII words joined by '-'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", folded.lower()))


def slug_base(title: str, fallback: str = "avsnitt") -> str:
    """A section title's first meaningful word as an id: 'En skola där …' -> 'skola'."""
    words = [w for w in ascii_slug(title).split("-") if w]
    meaningful = [w for w in words if w not in _STOPWORDS]
    return (meaningful or words or [fallback])[0]


def unique_slug(title: str, taken: set[str], fallback: str = "avsnitt") -> str:
    """slug_base(title), made unique against `taken` with '-2', '-3' …"""
    base = slug_base(title, fallback)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
