"""Paragraphs that carry a style name (Word, OpenDocument) -> ManifestoBuilder calls."""
from __future__ import annotations

from designer.importers.builder import ImportResult, ManifestoBuilder
from designer.importers.chars import normalise_chars, squash_spaces
from designer.importers.hyphenation import join_lines

QUOTE_STYLES = frozenset({"quote", "intense quote", "quotations"})


def title_style(styles: list[str]) -> str | None:
    """The style that marks the title: 'title' if used, else 'heading 1' if used exactly once."""
    if "title" in styles:
        return "title"
    return "heading 1" if styles.count("heading 1") == 1 else None


def add_styled(builder: ManifestoBuilder, style: str, listed: bool, text: str,
               span: tuple[int, int], title: str | None) -> None:
    """One paragraph by its lower-case style name: title, subtitle (slogan), heading n,
    quote, list (a list style or `listed`), else body text."""
    if style == title and not builder.title:
        builder.set_title(text)
    elif style == "subtitle":
        builder.add_slogan(text)
    elif style.startswith("heading") or style == "title":
        builder.heading(text, span)
    elif style in QUOTE_STYLES:
        builder.quote(text, span)
    elif listed or style.startswith("list"):
        builder.item(text, span)
    else:
        builder.paragraph(text, span)


def import_styled(paragraphs: list[tuple[str, bool, str]]) -> ImportResult:
    """(lower-case style name, in a list, raw text) per paragraph -> manifesto; paragraph
    numbers stand in for line numbers."""
    title = title_style([style for style, _, _ in paragraphs])
    builder = ManifestoBuilder()
    for number, (style, listed, raw) in enumerate(paragraphs, start=1):
        text, _ = join_lines([squash_spaces(l) for l in normalise_chars(raw).split("\n")])
        if text:
            add_styled(builder, style, listed, text, (number, number), title)
    return builder.build()
