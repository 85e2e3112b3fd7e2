"""Word .docx -> manifesto: Title/Subtitle/Heading/Quote styles, list paragraphs (List styles
or Word numbering), plain paragraphs. Zip bombs and non-zip files are refused before
python-docx opens them."""
from __future__ import annotations

import zipfile
from pathlib import Path

from designer.errors import FileFormatError
from designer.importers.builder import ImportResult, ManifestoBuilder
from designer.importers.chars import normalise_chars, squash_spaces
from designer.importers.hyphenation import join_lines
from designer.io.zipguard import check_archive

def check_package(path: str | Path) -> None:
    """Refuse files that are not a zip, zip bombs and damaged archives (designer.io.zipguard),
    and packages that hold no Word document."""
    if not zipfile.is_zipfile(path):
        raise FileFormatError("not a Word .docx file (it is not a zip package; an old .doc must "
                              "be saved as .docx first)", file=path)
    members = check_archive(path, "Word")
    if "word/document.xml" not in {m.filename for m in members}:
        raise FileFormatError("not a Word .docx file (no word/document.xml inside)", file=path)


def import_docx(path: str | Path) -> ImportResult:
    """Read a checked .docx into a manifesto; paragraph numbers stand in for line numbers."""
    check_package(path)
    import docx

    try:
        paragraphs = [(_style(p), _is_numbered(p), p.text) for p in docx.Document(str(path)).paragraphs]
    except Exception as exc:  # python-docx/lxml raise many types for damaged packages
        raise FileFormatError(f"cannot read this Word file ({type(exc).__name__}: {exc})",
                              file=path) from None
    single_title = sum(style == "heading 1" for style, _, _ in paragraphs) == 1
    has_title_style = any(style == "title" for style, _, _ in paragraphs)
    builder = ManifestoBuilder()
    for number, (style, numbered, raw) in enumerate(paragraphs, start=1):
        text, _ = join_lines([squash_spaces(l) for l in normalise_chars(raw).split("\n")])
        if text:
            _add(builder, style, numbered, text, (number, number),
                 title_style="title" if has_title_style else "heading 1" if single_title else None)
    return builder.build()


def _add(builder: ManifestoBuilder, style: str, numbered: bool, text: str,
         span: tuple[int, int], title_style: str | None) -> None:
    if style == title_style and not builder.title:
        builder.set_title(text)
    elif style == "subtitle":
        builder.add_slogan(text)
    elif style.startswith("heading") or style == "title":
        builder.heading(text, span)
    elif style in ("quote", "intense quote"):
        builder.quote(text, span)
    elif numbered or style.startswith("list"):
        builder.item(text, span)
    else:
        builder.paragraph(text, span)


def _style(paragraph) -> str:
    style = paragraph.style
    return (style.name or "").lower() if style is not None else ""


def _is_numbered(paragraph) -> bool:
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None
