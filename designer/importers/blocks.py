"""Brochure text -> blocks of lines separated by blank lines, with page breaks and page
furniture (lone page numbers, "Sida 3", "3 (12)", repeated running footers) removed."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from designer.importers.chars import normalise_chars, squash_spaces

MAX_RUNNING_LINE = 80
_DIGITS = re.compile(r"\d+")
# Two or more blank lines (or a form feed) separate pages in copied brochure text.
PAGE_BREAK_BLANKS = 2
_PAGE_NUMBER = re.compile(
    r"(?:(?:sida|page|s\.)\s*)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4}))?"
    r"|[-–]\s*\d{1,4}\s*[-–]", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One non-blank source line: 1-based line number, trimmed text, whether it was indented,
    and what its type says it is when a PDF tells ("heading", "title", "quote"; "" otherwise)."""

    number: int
    text: str
    indented: bool
    hint: str = ""


@dataclass
class Block:
    """Lines between blank lines; `page` counts page breaks before it."""

    page: int
    lines: list[Line] = field(default_factory=list)

    @property
    def span(self) -> tuple[int, int]:
        """(first, last) source line numbers."""
        return self.lines[0].number, self.lines[-1].number


def is_furniture(text: str) -> bool:
    """A lone page number in any of the usual forms."""
    return _PAGE_NUMBER.fullmatch(text) is not None


def split_blocks(text: str) -> list[Block]:
    """Cut cleaned text into blocks; runs of PAGE_BREAK_BLANKS blank lines or '\\f' start a page."""
    blocks: list[Block] = []
    page, blanks, current = 0, 0, None
    for number, raw in enumerate(normalise_chars(text).split("\n"), start=1):
        for piece_index, piece in enumerate(raw.split("\f")):
            if piece_index:
                blanks, current = max(blanks, PAGE_BREAK_BLANKS), None
            line = squash_spaces(piece)
            if not line or is_furniture(line):
                blanks += 1
                current = None
                continue
            if current is None:
                if blanks >= PAGE_BREAK_BLANKS and blocks:
                    page += 1
                current = Block(page)
                blocks.append(current)
                blanks = 0
            current.lines.append(Line(number, line, piece[:1] in (" ", "\t")))
    return _without_running_lines(blocks)


def _without_running_lines(blocks: list[Block]) -> list[Block]:
    """Drop running footers: one-line blocks closing a page, with a number in them
    ("Falun · Valprogram 2026 · 3"), that close other pages too, numbers aside."""
    def key(index: int) -> str | None:
        block = blocks[index]
        text = block.lines[0].text
        closes_page = index + 1 == len(blocks) or blocks[index + 1].page != block.page
        if not closes_page or len(block.lines) > 1 or len(text) > MAX_RUNNING_LINE \
                or not _DIGITS.search(text):
            return None
        return _DIGITS.sub("#", text.casefold())

    keys = [key(i) for i in range(len(blocks))]
    counts = Counter(keys)
    return [block for block, k in zip(blocks, keys) if k is None or counts[k] < 2]
