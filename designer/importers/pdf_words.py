"""Adapter over pypdfium2's raw PDFium text API: the words of a page with their boxes, font
size and weight. The only module that calls pypdfium2.raw for text (contract test in
tests/test_import_pdf_layout.py).

PDFium's text page gives every character with its Unicode value, loose box (the font's ascent
and descent), font size and text object; the font object gives its name, flags and weight.
"""
from __future__ import annotations

import ctypes
from pathlib import Path

from designer.errors import FileFormatError

_PASSWORD_ERROR = 4           # FPDF_ERR_PASSWORD
_ITALIC_FLAG = 1 << 6         # PDF font descriptor flags (PDF 32000-1, table 123)
_FORCE_BOLD_FLAG = 1 << 18
_SOFT_HYPHEN_MARK = 2         # PDFium reports a line-end hyphen it takes as a soft hyphen as U+0002


def open_pdf(path: str | Path):
    """A pypdfium2 PdfDocument; one-line errors for encrypted and unreadable files."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise FileFormatError("the PDF is encrypted (password-protected); open it, save a copy "
                                  "without a password, and import that", file=path) from None
        raise FileFormatError("not a readable PDF (damaged or not a PDF)", file=path) from None


def plain_text(path: str | Path) -> str:
    """PDFium's own text of every page, pages separated by form feeds (the benchmark floor)."""
    document = open_pdf(path)
    try:
        return "\f".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


class TooMuchText(Exception):
    """Reading a page would take the document over its character budget."""


class CharBudget:
    """How many characters (PDFium's count, spaces included) the pages of one document may
    still hold."""

    def __init__(self, limit: int):
        self.limit = limit
        self.left = limit

    def spend(self, count: int) -> None:
        """Take `count` characters; TooMuchText when fewer are left."""
        if count > self.left:
            raise TooMuchText(f"more than {self.limit} characters")
        self.left -= count


def page_words(page, budget: CharBudget | None = None) -> list[dict]:
    """Words of one pypdfium2 page: dicts with text, x0, x1, top, bottom (points from the top
    edge), size (pt) and fontname (the base font name, plus ' Bold' / ' Italic' when the
    font's weight or flags say so). A word ends at a space, a font or size change, or a gap.
    The page's characters are taken from `budget` before any is read (TooMuchText)."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        count = raw.FPDFText_CountChars(textpage.raw)
        if budget is not None:
            budget.spend(count)
        return _words(raw, textpage.raw, count, page.get_height())
    finally:
        textpage.close()


def _words(raw, handle, count: int, height: float) -> list[dict]:
    """The words of the first `count` characters of a PDFium text page (see page_words).
    Size and font belong to a character's text object, so they are looked up once per
    object."""
    box = raw.FS_RECTF()
    looks: dict[int, tuple[float, str]] = {}   # text object address -> (size, font name)
    fonts: dict[int, str] = {}
    words: list[dict] = []
    current: dict | None = None
    for index in range(count):
        code = raw.FPDFText_GetUnicode(handle, index)
        char = "-" if code == _SOFT_HYPHEN_MARK else chr(code) if 0 < code < 0x110000 else ""
        if not char or char.isspace() or code < 32 and code != _SOFT_HYPHEN_MARK:
            current = None
            continue
        raw.FPDFText_GetLooseCharBox(handle, index, box)
        left, right = box.left, box.right
        text_object = raw.FPDFText_GetTextObject(handle, index)
        key = ctypes.c_void_p.from_buffer(text_object).value or 0
        look = looks.get(key)
        if look is None:
            look = looks[key] = _look(raw, handle, index, text_object, fonts)
        size, name = look
        top, bottom = height - box.top, height - box.bottom
        if (current is not None and current["fontname"] == name and current["size"] == size
                and abs(current["bottom"] - bottom) < 0.3 * size
                and left > current["x0"] - 0.1 * size  # a ligature's letters share a box
                and left - current["x1"] < 0.25 * size):
            current["text"] += char
            current["x1"] = max(current["x1"], right)
            current["top"] = min(current["top"], top)
        else:
            current = {"text": char, "x0": left, "x1": right, "top": top,
                       "bottom": bottom, "size": size, "fontname": name}
            words.append(current)
    return words


def _look(raw, handle, index: int, text_object, fonts: dict[int, str]) -> tuple[float, str]:
    """(size rounded to 0.01 pt, font name) of character `index`; `fonts` caches names by
    font address."""
    font = raw.FPDFTextObj_GetFont(text_object)
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    name = fonts.get(key)
    if name is None:
        name = fonts[key] = _font_name(raw, font)
    return round(raw.FPDFText_GetFontSize(handle, index), 2), name


def _font_name(raw, font) -> str:
    """'OpenSans-Bold', or e.g. 'F1 Bold Italic' when only the flags or weight tell."""
    if not font:
        return ""
    length = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    raw.FPDFFont_GetBaseFontName(font, buffer, length)
    name = buffer.value.decode("latin-1", errors="replace")
    flags = raw.FPDFFont_GetFlags(font)
    if (raw.FPDFFont_GetWeight(font) >= 600 or flags & _FORCE_BOLD_FLAG) and "bold" not in name.lower():
        name += " Bold"
    if flags & _ITALIC_FLAG and "italic" not in name.lower():
        name += " Italic"
    return name
