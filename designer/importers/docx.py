"""Word .docx -> manifesto: Title/Subtitle/Heading/Quote styles, list paragraphs (List styles
or Word numbering), plain paragraphs. Zip bombs, non-zip files and a word/document.xml too
large to parse are refused before python-docx opens them; more than MAX_TEXT_CHARS characters
of text after."""
from __future__ import annotations

from pathlib import Path

from designer.errors import FileFormatError
from designer.importers.builder import ImportResult
from designer.importers.chars import TextBudget
from designer.importers.styled import import_styled
from designer.importers.zipcheck import check_package


def import_docx(path: str | Path) -> ImportResult:
    """Read a checked .docx into a manifesto; paragraph numbers stand in for line numbers."""
    check_package(path, "Word .docx", "word/document.xml")
    import docx

    budget = TextBudget(path)
    try:
        paragraphs = [(_style(p), _is_numbered(p), budget.spend(p.text))
                      for p in docx.Document(str(path)).paragraphs]
    except FileFormatError:
        raise
    except Exception as exc:  # python-docx/lxml raise many types for damaged packages
        raise FileFormatError(f"cannot read this Word file ({type(exc).__name__}: {exc})",
                              file=path) from None
    return import_styled(paragraphs)


def _style(paragraph) -> str:
    style = paragraph.style
    return (style.name or "").lower() if style is not None else ""


def _is_numbered(paragraph) -> bool:
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None
