"""Markdown -> manifesto: the single '#' heading is the title, other headings start sections;
paragraphs, '-'/'*'/'1.' lists and '>' pull quotes. A short exclamation after the title is a slogan."""
from __future__ import annotations

import re

from designer.importers.builder import ImportResult, ManifestoBuilder
from designer.importers.chars import normalise_chars, squash_spaces
from designer.importers.hyphenation import join_lines

_HEADING = re.compile(r" {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*")
_H1 = re.compile(r" {0,3}(?:#(?:\s|$)|=+\s*$)")
_SETEXT = re.compile(r" {0,3}(=+|-+)\s*")
_RULE = re.compile(r" {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})")
_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+(?=\S)")
_QUOTE = re.compile(r" {0,3}>\s?")
_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),             # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),          # links keep their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<!\w)([*_])(?=\S)(.+?)(?<=\S)\1(?!\w)"), r"\2"),  # emphasis
    (re.compile(r"`([^`]*)`"), r"\1"),                     # code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),     # backslash escapes
]


def plain_inline(text: str) -> str:
    """Markdown inline markup removed: '**Vi vill:**' -> 'Vi vill:'."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return squash_spaces(text)


def import_markdown(text: str) -> ImportResult:
    """Parse Markdown text into a manifesto."""
    builder = ManifestoBuilder()
    lines = normalise_chars(text).split("\n")
    single_h1 = sum(1 for line in lines if _H1.match(line)) == 1
    kind, chunk, start = None, [], 0

    def flush() -> None:
        nonlocal kind, chunk
        if chunk:
            _emit(kind, chunk, (start, start + len(chunk) - 1), builder)
        kind, chunk = None, []

    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            if kind != "item":
                flush()
            continue
        heading = _HEADING.fullmatch(line)
        setext = _SETEXT.fullmatch(line)
        if heading:
            flush()
            _heading(len(heading.group(1)), plain_inline(heading.group(2) or ""), (number, number),
                     builder, single_h1)
            continue
        if setext and kind == "paragraph" and len(chunk) == 1:
            _heading(1 if setext.group(1)[0] == "=" else 2, plain_inline(chunk[0]),
                     (start, number), builder, single_h1)
            kind, chunk = None, []
            continue
        if _RULE.fullmatch(line):
            flush()
            continue
        quote = _QUOTE.match(line)
        item = _ITEM.match(line)
        if quote:
            if kind != "quote":
                flush()
                kind, start = "quote", number
            chunk.append(line[quote.end():])
        elif item and (kind != "paragraph" or stripped[0] in "-*+"):
            flush()
            kind, chunk, start = "item", [line[item.end():]], number
        elif kind == "item" and (line[:1] in " \t" or lines[number - 2].strip()):
            chunk.append(line)  # indented or lazy continuation of the item
        else:
            if kind not in ("paragraph", None):
                flush()
            if kind is None:
                kind, start = "paragraph", number
            chunk.append(line)
    flush()
    return builder.build()


def _heading(level: int, text: str, span: tuple[int, int], builder: ManifestoBuilder,
             single_h1: bool) -> None:
    """The only level-1 heading, before any text, is the title; other headings start sections."""
    if not text:
        return
    if level == 1 and single_h1 and not builder.title and not builder.has_body:
        builder.set_title(text)
    else:
        builder.heading(text, span)


def _emit(kind: str, chunk: list[str], span: tuple[int, int], builder: ManifestoBuilder) -> None:
    text, _ = join_lines([plain_inline(line) for line in chunk])
    if not text:
        return
    if kind == "quote":
        builder.quote(text, span)
    elif kind == "item":
        builder.item(text, span)
    else:
        builder.paragraph(text, span)
