"""Collect headings, paragraphs and list items from any importer into a Manifesto."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from designer.importers.people import fix_name_case, parse_names
from designer.model.manifesto import Manifesto, Section, slug_base

MAX_SLOGAN = 60
NO_TEXT = "the file holds no text to import"
_QUOTED = re.compile(r'[”“„"«»]\s*(.*?)\s*[”“"«»]')


@dataclass(frozen=True)
class Note:
    """Something the importer guessed and a person should check."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class ImportResult:
    """An imported manifesto and the guesses made on the way."""

    manifesto: Manifesto
    notes: list[Note] = field(default_factory=list)
    places: dict[int, str] = field(default_factory=dict)  # line number -> "page 2, column 1"

    def place(self, line: int | None) -> str:
        """Where a line came from: "page 2, column 1" for PDFs, else "line 12"."""
        if line is None:
            return ""
        return self.places.get(line, f"line {line}")


class ManifestoBuilder:
    """Feed parts in reading order; `build()` gives the manifesto.

    Rules shared by every format: a heading starts a section; body text after a section's list
    starts a new (untitled) section; a paragraph ending in ':' just before the first list item
    becomes the list intro; a paragraph that is only a list of names ("A B, C D och E F.")
    gives the candidates.
    """

    def __init__(self) -> None:
        self.title = ""
        self.slogans: list[str] = []
        self.people: list[str] = []
        self.sections: list[Section] = []
        self.notes: list[Note] = []
        self._front_phrases: set[str] = set()  # title and slogans as bare lower-case words
        self._people_keys: set[str] = set()

    # -- front matter ------------------------------------------------------------------------
    def set_title(self, text: str) -> None:
        """The manifesto title (a later call adds it as a slogan instead)."""
        if self.title:
            self.add_slogan(text)
        else:
            self.title = text
            self._front_phrases.add(_bare(text))

    def add_slogan(self, text: str) -> None:
        """A slogan, once."""
        if text and _bare(text) not in self._front_phrases:
            self.slogans.append(text)
            self._front_phrases.add(_bare(text))

    def repeats_front_matter(self, text: str) -> bool:
        """True when `text` (any case, any punctuation) repeats the title, a slogan, or only
        words of the title: 'NYTT LEDARSKAP FÖR BORLÄNGE', 'FRAMÅT', 'BORLÄNGE'."""
        bare = _bare(text)
        return bare in self._front_phrases or set(bare.split()) <= set(_bare(self.title).split())

    def add_person(self, name: str) -> bool:
        """A candidate name (case artefacts fixed), once; True if it was already known."""
        name = fix_name_case(name)
        if name.casefold() in self._people_keys:
            return True
        self.people.append(name)
        self._people_keys.add(name.casefold())
        return False

    def add_names(self, text: str) -> bool:
        """Add the candidates if `text` is a list of names ('A B, C D och E F.'); True if so."""
        names = parse_names(text)
        for name in names:
            self.add_person(name)
        return bool(names)

    def note(self, line: int | None, message: str) -> None:
        """Record a guess for the import report."""
        self.notes.append(Note(line, message))

    # -- body ------------------------------------------------------------------------------
    @property
    def has_body(self) -> bool:
        """True once any section text has been added."""
        return bool(self.sections)

    def last_section_awaits_heading(self) -> bool:
        """True when the current section is untitled and already has its list: a heading that
        follows it with no text of its own is the one the brochure prints after its section."""
        return bool(self.sections) and not self.sections[-1].title and bool(self.sections[-1].bullets)

    def heading(self, text: str, lines: tuple[int, int] | None, trailing: bool = False) -> None:
        """Start a section titled `text`, or (`trailing`) give the current section its title."""
        if trailing and self.sections:
            self.sections[-1].title = text
            self._touch(lines)
        else:
            self.sections.append(Section(id="", title=text, source_lines=lines))

    def paragraph(self, text: str, lines: tuple[int, int] | None) -> None:
        """Body text; a names-only paragraph gives the candidates, and a short exclamation
        between the title and the first section a slogan."""
        if self.add_names(text):
            return
        if self.title and not self.sections and len(text) <= MAX_SLOGAN and text.endswith("!"):
            self.add_slogan(text)
            return
        if not self.sections or self.sections[-1].bullets:
            self.sections.append(Section(id="", source_lines=lines))
        self.sections[-1].paragraphs.append(text)
        self._touch(lines)

    def item(self, text: str, lines: tuple[int, int] | None) -> None:
        """A list item of the current section's list."""
        if not self.sections:
            self.sections.append(Section(id="", source_lines=lines))
        section = self.sections[-1]
        if not section.bullets and not section.list_intro and section.paragraphs \
                and section.paragraphs[-1].endswith(":"):
            section.list_intro = section.paragraphs.pop()
        section.bullets.append(text)
        self._touch(lines)

    def quote(self, text: str, lines: tuple[int, int] | None) -> None:
        """A pull quote of the current section, without the quotation marks around it."""
        quoted = _QUOTED.fullmatch(text)
        text = quoted.group(1) if quoted else text
        if not self.sections:
            self.sections.append(Section(id="", source_lines=lines))
        self.sections[-1].quotes.append(text)
        self._touch(lines)

    def _touch(self, lines: tuple[int, int] | None) -> None:
        section = self.sections[-1]
        if lines is None:
            return
        if section.source_lines is None:
            section.source_lines = lines
        else:
            section.source_lines = (min(section.source_lines[0], lines[0]),
                                    max(section.source_lines[1], lines[1]))

    def build(self) -> ImportResult:
        """The manifesto, with unique ids made from the final headings ('skola', 'skola-2')."""
        counts: dict[str, int] = {}
        for i, section in enumerate(self.sections):
            base = slug_base(section.title, fallback="inledning" if i == 0 else "avsnitt")
            counts[base] = counts.get(base, 0) + 1
            section.id = base if counts[base] == 1 else f"{base}-{counts[base]}"
        manifesto = Manifesto(title=self.title, slogans=self.slogans, people=self.people,
                              sections=self.sections)
        return ImportResult(manifesto, self.notes)


def _bare(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
