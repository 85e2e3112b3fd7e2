"""Markdown -> manifesto, parsed by markdown-it-py (CommonMark): the single level-1 heading is
the title, other headings start sections; paragraphs, bullet and numbered lists, '>' pull
quotes. A short exclamation after the title is a slogan (ManifestoBuilder's rule)."""
from __future__ import annotations

import functools

from designer.importers.builder import ImportResult, ManifestoBuilder
from designer.importers.chars import normalise_chars, squash_spaces
from designer.importers.hyphenation import join_lines

MAX_NESTING = 20  # deeper block quotes / lists are read as text, so hostile nesting stays cheap
_LIST_OPEN = ("bullet_list_open", "ordered_list_open")


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
    """Parse Markdown text into a manifesto."""
    tokens = _parser().parse(normalise_chars(text))
    single_h1 = sum(t.type == "heading_open" and t.tag == "h1" for t in tokens) == 1
    builder = ManifestoBuilder()
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
            items.append([[], _span(token)])
        elif token.type == "list_item_close":
            _flush_item(items.pop(), builder)
        elif token.type in _LIST_OPEN and items:
            _flush_item(items[-1], builder)  # the outer item's own text comes before its sub-list
        elif token.type == "inline":
            content = _reflow(plain_inline(token))
            if not content:
                continue
            if heading_level:
                _heading(heading_level, content, _span(token), builder, single_h1)
            elif quote_depth:
                builder.quote(content, _span(token))
            elif items:
                items[-1][0].append(content)
            else:
                builder.paragraph(content, _span(token))
    return builder.build()


def _span(token) -> tuple[int, int] | None:
    return (token.map[0] + 1, max(token.map[1], token.map[0] + 1)) if token.map else None


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
