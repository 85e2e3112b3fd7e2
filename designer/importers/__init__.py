"""Manifesto import: brochure text, Markdown, Word (.docx), OpenDocument (.odt), a saved web
page (.html) or PDF -> Manifesto.

`import_file(path)` gives the manifesto; `import_with_notes(path)` also gives the guesses a
person should check (the `designer import --report` list); `import_text(text)` handles pasted text.
"""
from __future__ import annotations

import re
from pathlib import Path

from designer.errors import FileFormatError
from designer.importers.builder import ImportResult, Note
from designer.model.manifesto import Manifesto

MAX_FILE_BYTES = 20 * 2**20
# markdown-it-py needs ~20 µs a character on markup-dense text: 1 MB keeps the worst case in
# seconds, and is far more than any programme.
MAX_MARKDOWN_BYTES = 2**20
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_HINT = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                        re.IGNORECASE | re.DOTALL)
# Markdown's own marks: '# ' headings, '===' underlines, [links](…), **strong**. A list of '- '
# lines alone is not enough: copied brochure text has those too.
_MARKDOWN_HINT = re.compile(r"^ {0,3}#{1,6} \S|^ {0,3}=+ *$|\[[^\]\n]+\]\([^)\s]+\)|\*\*\S[^*\n]*\*\*",
                            re.MULTILINE)
_REFUSED = {  # leading bytes -> what to tell the volunteer
    b"\xd0\xcf\x11\xe0": "an old Word .doc file; save it as .docx and import that",
    b"{\\rtf": "an RTF file; save it as .docx or plain text and import that",
}

__all__ = ["ImportResult", "Note", "import_file", "import_text", "import_with_notes"]


def import_file(path: str | Path) -> Manifesto:
    """Import a manifesto file of any supported kind; problems raise DesignerError."""
    return import_with_notes(path).manifesto


def import_with_notes(path: str | Path) -> ImportResult:
    """Like import_file, plus the list of guesses (trailing headings, pull quotes, …)."""
    path = Path(path)
    head = _read_head(path)
    suffix = path.suffix.lower()
    for magic, message in _REFUSED.items():
        if head.startswith(magic):
            raise FileFormatError(f"this is {message}", file=path)
    if suffix == ".pdf" or head.startswith(b"%PDF"):
        from designer.importers.brochure import import_pdf

        return import_pdf(path)
    if suffix == ".odt" or (head.startswith(b"PK\x03\x04") and suffix != ".docx"
                            and _zip_holds(path, "content.xml")):
        from designer.importers.odt import import_odt

        return import_odt(path)
    if suffix == ".docx" or head.startswith(b"PK\x03\x04"):
        from designer.importers.docx import import_docx

        return import_docx(path)
    data = path.read_bytes()
    if suffix in HTML_SUFFIXES or _HTML_HINT.match(data[:1024]):
        from designer.importers.html import import_html

        return import_html(data, path)
    from designer.importers.encoding import decode_text

    text = decode_text(data, path)
    if suffix in MARKDOWN_SUFFIXES and len(data) > MAX_MARKDOWN_BYTES:
        raise FileFormatError(f"Markdown file is larger than {MAX_MARKDOWN_BYTES // 2**20} MB; a "
                              "programme is much smaller, is this the right file?", file=path)
    markdown = True if suffix in MARKDOWN_SUFFIXES else False if len(data) > MAX_MARKDOWN_BYTES else None
    return import_text(text, markdown=markdown)


def import_text(text: str, markdown: bool | None = None) -> ImportResult:
    """Import decoded text as Markdown or brochure text (`None`: Markdown if it looks like it)."""
    if markdown is None:
        markdown = _MARKDOWN_HINT.search(text) is not None
    if markdown:
        from designer.importers.markdown import import_markdown

        return import_markdown(text)
    from designer.importers.brochure import import_brochure

    return import_brochure(text)


def _zip_holds(path: Path, member: str) -> bool:
    """True when `path` is a readable zip with `member` in it (telling .odt from .docx)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as package:
            return member in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _read_head(path: Path) -> bytes:
    """First bytes of the file, after checking it exists, is a file and is not too large."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FileFormatError("is a folder, not a file", file=path)
        if size > MAX_FILE_BYTES:
            raise FileFormatError(f"file is larger than {MAX_FILE_BYTES // 2**20} MB; a manifesto "
                                  "is much smaller, is this the right file?", file=path)
        with path.open("rb") as handle:
            return handle.read(8)
    except FileNotFoundError:
        raise FileFormatError("file not found", file=path) from None
    except OSError as exc:
        raise FileFormatError(f"cannot read ({exc.strerror or exc})", file=path) from None
