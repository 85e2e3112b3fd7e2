"""Manifesto import: brochure text, Markdown, Word (.docx), OpenDocument (.odt), a saved web
page (.html) or PDF -> Manifesto.

`import_file(path)` gives the manifesto; `import_with_notes(path)` also gives the guesses a
person should check (the `designer import --report` list); `import_text(text)` handles pasted text.
"""
from __future__ import annotations

import contextlib
import logging
import re
import warnings
from pathlib import Path

from designer.errors import FileFormatError
from designer.importers.builder import NO_TEXT, ImportResult, Note
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

_log = logging.getLogger(__name__)

__all__ = ["ImportResult", "Note", "import_file", "import_text", "import_with_notes"]


def import_file(path: str | Path) -> Manifesto:
    """Import a manifesto file of any supported kind; problems raise DesignerError."""
    return import_with_notes(path).manifesto


def import_with_notes(path: str | Path) -> ImportResult:
    """Like import_file, plus the list of guesses (trailing headings, pull quotes, …)."""
    path = Path(path)
    with _library_warnings_logged():
        result = _import(path)
    manifesto = result.manifesto
    if not (manifesto.title or manifesto.slogans or manifesto.people or manifesto.sections):
        raise FileFormatError(NO_TEXT, file=path)
    return result


def _import(path: Path) -> ImportResult:
    """The import of `path` by its kind (extension, checked against the first bytes)."""
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
    from designer.io.limited import read_limited

    data = read_limited(path, MAX_FILE_BYTES)
    if suffix in HTML_SUFFIXES or _HTML_HINT.match(data[:1024]):
        from designer.importers.html import import_html

        return import_html(data, path)
    return _import_plain(data, path, suffix)


def _import_plain(data: bytes, path: Path, suffix: str) -> ImportResult:
    """Brochure text or Markdown, within the size limits (MAX_MARKDOWN_BYTES, else
    MAX_TEXT_CHARS); a note for stray bytes that are not UTF-8."""
    from designer.importers.chars import TextBudget
    from designer.importers.encoding import decode_text

    if suffix in MARKDOWN_SUFFIXES and len(data) > MAX_MARKDOWN_BYTES:
        raise FileFormatError(f"Markdown file is larger than {MAX_MARKDOWN_BYTES // 2**20} MB; a "
                              "programme is much smaller, is this the right file?", file=path)
    text, stray_note = decode_text(data, path)
    if not text.strip():
        raise FileFormatError(NO_TEXT, file=path)
    if suffix not in MARKDOWN_SUFFIXES:  # Markdown has its stricter limit in bytes
        TextBudget(path).spend(text)
    markdown = True if suffix in MARKDOWN_SUFFIXES else False if len(data) > MAX_MARKDOWN_BYTES else None
    result = import_text(text, markdown=markdown)
    if stray_note:
        result.notes.append(Note(None, stray_note))
    return result


def import_text(text: str, markdown: bool | None = None) -> ImportResult:
    """Import decoded text as Markdown or brochure text (`None`: Markdown if it looks like it)."""
    if markdown is None:
        markdown = _MARKDOWN_HINT.search(text) is not None
    if markdown:
        from designer.importers.markdown import import_markdown

        return import_markdown(text)
    from designer.importers.brochure import import_brochure

    return import_brochure(text)


@contextlib.contextmanager
def _library_warnings_logged():
    """Warnings that parsing libraries print (python-docx, lxml, bs4 …) go to the log, not to
    the volunteer's terminal: the import's own outcome is its one line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                _log.info("while importing: %s (%s)", warning.message, warning.category.__name__)


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
    from designer.io.limited import regular_file

    # a regular file only: a device or a pipe would hang or never end
    if regular_file(path, max_bytes=1 << 62).st_size > MAX_FILE_BYTES:
        raise FileFormatError(f"file is larger than {MAX_FILE_BYTES // 2**20} MB; a manifesto "
                              "is much smaller, is this the right file?", file=path)
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise FileFormatError(f"cannot read ({exc.strerror or exc})", file=path) from None
