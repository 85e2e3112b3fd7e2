"""Paragraphs that carry a style name (Word, OpenDocument) -> ManifestoBuilder calls."""
from __future__ import annotations

from designer.importers.builder import ManifestoBuilder

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
