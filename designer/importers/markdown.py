"""Markdown -> manifesto, parsed by markdown-it-py (CommonMark): the single level-1 heading is
the title, other headings start sections; paragraphs, bullet and numbered lists, '>' pull
quotes; lists and quotes nested deeper than markdown-it's limit are read flattened. A short exclamation after the title is a slogan (ManifestoBuilder's rule)."""
from __future__ import annotations

import functools
import re

from designer.importers.builder import ImportResult, ManifestoBuilder
from designer.importers.chars import normalise_chars, squash_spaces
from designer.importers.hyphenation import join_lines

MAX_NESTING = 20  # markdown-it's levels (a list and its item are two); deeper text is flattened
_LIST_OPEN = ("bullet_list_open", "ordered_list_open")
_CONTAINERS = frozenset(("blockquote_open", "list_item_open", *_LIST_OPEN))
# A line's leading quote marks and list markers ("> - > 1. "), with the spaces between them.
_LEADING_MARKS = re.compile(r"[ \t]*(?:(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)*")


@functools.lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})


def plain_inline(token) -> str:
    """The text of an inline token without markup: emphasis, links and code marks removed,
    images and raw HTML dropped, line breaks kept as '\\n'."""
    pieces = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            pieces.append("\n")
    return "".join(pieces)


def import_markdown(text: str) -> ImportResult:
    """Parse Markdown text into a manifesto. From a list or quote nested deeper than
    MAX_NESTING levels on, the text is read again with its nesting flattened (markdown-it
    would drop it), and the report says so."""
    lines = normalise_chars(text).split("\n")
    tokens = _parser().parse("\n".join(lines))
    cut = _too_deep(tokens)
    rest: list = []
    if cut is not None:
        tokens = _parser().parse("\n".join(lines[:cut]))
        rest = _parser().parse("\n".join(_flattened(lines[cut:])))
    single_h1 = sum(t.type == "heading_open" and t.tag == "h1" for t in (*tokens, *rest)) == 1
    builder = ManifestoBuilder()
    _feed(tokens, builder, single_h1, 0)
    if cut is not None:
        builder.note(cut + 1, f"lists or quotes nested more than {MAX_NESTING} levels deep: read "
                              "from here on with the nesting flattened")
        _feed(rest, builder, single_h1, cut)
    return builder.build()


def _too_deep(tokens) -> int | None:
    """The 0-based line where a list or quote opens at MAX_NESTING levels (markdown-it reads
    nothing inside it, nor after it), or None."""
    deep = [t.map[0] for t in tokens if t.type in _CONTAINERS and t.level >= MAX_NESTING - 1 and t.map]
    return min(deep) if deep else None


def _flattened(lines: list[str]) -> list[str]:
    """Lines with their leading run of quote marks and list markers replaced by one ('> ' or
    '- ', whichever came last) and their indentation removed: at most two levels remain."""
    flat = []
    for line in lines:
        marks = _LEADING_MARKS.match(line).group(0)
        last = marks.rstrip()[-1:]
        flat.append(("> " if last == ">" else "- " if last else "") + line[len(marks):].lstrip())
    return flat


def _feed(tokens, builder: ManifestoBuilder, single_h1: bool, offset: int) -> None:
    """Hand markdown-it's tokens to the builder; `offset` lines come before the tokens' text."""
    items: list[list] = []   # one open buffer [texts, span] per list item we are inside
    quote_depth = 0
    heading_level = 0
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "list_item_open":
            items.append([[], _span(token, offset)])
        elif token.type == "list_item_close":
            _flush_item(items.pop(), builder)
        elif token.type in _LIST_OPEN and items:
            _flush_item(items[-1], builder)  # the outer item's own text comes before its sub-list
        elif token.type == "inline":
            content = _reflow(plain_inline(token))
            if not content:
                continue
            if heading_level:
                _heading(heading_level, content, _span(token, offset), builder, single_h1)
            elif quote_depth:
                builder.quote(content, _span(token, offset))
            elif items:
                items[-1][0].append(content)
            else:
                builder.paragraph(content, _span(token, offset))


def _span(token, offset: int) -> tuple[int, int] | None:
    """1-based (first, last) source lines of a token, `offset` lines further down."""
    if not token.map:
        return None
    return offset + token.map[0] + 1, offset + max(token.map[1], token.map[0] + 1)


def _reflow(text: str) -> str:
    return join_lines([squash_spaces(line) for line in text.split("\n")])[0]


def _flush_item(item: list, builder: ManifestoBuilder) -> None:
    texts, span = item
    if texts:
        builder.item(" ".join(texts), span)
        texts.clear()


def _heading(level: int, text: str, span: tuple[int, int] | None, builder: ManifestoBuilder,
             single_h1: bool) -> None:
    """The only level-1 heading, before any text, is the title; other headings start sections."""
    if level == 1 and single_h1 and not builder.title and not builder.has_body:
        builder.set_title(text)
        builder.note(span[0] if span else None,
                     f"the only level-1 heading taken as the title: '{text}'")
    else:
        builder.heading(text, span)
