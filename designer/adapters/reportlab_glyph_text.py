"""The few ReportLab internals the glyph-run text writer needs, in one place.

ReportLab's public text API maps characters to glyphs itself; shaped glyph ids need raw content
operators and fonts built by us. This adapter (checked by tests/test_adapter_glyph_text.py) offers:
  append_operators(canvas, text)   raw PDF operators into the current page or form
  add_late_font(canvas, font)      `font.add_objects(document)` runs when the PDF is written,
                                   after every page is drawn (ReportLab's delayed-font hook)
  reference(document, obj, name)   an indirect object; `named_reference(name)` refers to it;
                                   `stream(...)`, `compressed_stream(...)`,
                                   `dictionary(...)`, `raw(...)`, ... build them
  register_font_resource(document, resource, font)   /resource in every page's /Font resources
  remembered(key, references, make)   an object whose serialised bytes are made once per process
                                   for `key` and the numbers of the objects it refers to
"""
from __future__ import annotations

from functools import lru_cache


def append_operators(canvas, text: str) -> None:
    canvas._code.append(text)


class _LateFont:
    """ReportLab calls `addObjects(doc)` of every entry of `doc.delayedFonts` before writing."""

    def __init__(self, font):
        self.font = font

    def addObjects(self, document):  # noqa: N802 (ReportLab's name)
        self.font.add_objects(document)


def add_late_font(canvas, font) -> None:
    canvas._doc.delayedFonts.append(_LateFont(font))


_REMEMBERED: dict = {}
_REMEMBERED_LIMIT = 512


def remembered(key, references: tuple[str, ...], make):
    """A ReportLab PDF object whose bytes are formatted once per process for `key` and the object
    numbers the named `references` (names given to `reference`) get in the document; `make()`
    builds the real object, only when those bytes are not known yet. The same font objects in
    every edition of a merge then cost one dictionary lookup. Encrypted documents (never written
    by us) are formatted every time."""
    return _remembered_class()(key, references, make)


@lru_cache(maxsize=1)
def _remembered_class():
    from reportlab.pdfbase.pdfdoc import NoEncryption, PDFObject

    class Remembered(PDFObject):
        __RefOnly__ = 1

        def __init__(self, key, references, make):
            self.key, self.references, self.make = key, references, make

        def format(self, document):
            if not isinstance(document.encrypt, NoEncryption):
                return self.make().format(document)
            numbers = tuple(document.idToObjectNumberAndVersion[name] for name in self.references)
            data = _REMEMBERED.get((self.key, numbers))
            if data is None:
                if len(_REMEMBERED) >= _REMEMBERED_LIMIT:
                    _REMEMBERED.clear()
                data = _REMEMBERED[(self.key, numbers)] = self.make().format(document)
            return data

    return Remembered


def reference(document, obj, name: str):
    return document.Reference(obj, name)


def register_font_resource(document, resource: str, font) -> None:
    document.idToObject["BasicFonts"].dict[resource] = font


def named_reference(name: str):
    """A reference to the object registered under `name` (resolved when the PDF is written)."""
    from reportlab.pdfbase.pdfdoc import PDFObjectReference

    return PDFObjectReference(name)


def dictionary(values: dict):
    from reportlab.pdfbase.pdfdoc import PDFDictionary

    return PDFDictionary(values)


def array(values):
    from reportlab.pdfbase.pdfdoc import PDFArray

    return PDFArray(values)


def raw(text: str) -> bytes:
    """A PDF value given as its syntax, e.g. a long number array made in one string (ReportLab
    writes bytes values of a dictionary as they are)."""
    return text.encode("ascii")


def name(value: str):
    from reportlab.pdfbase.pdfdoc import PDFName

    return PDFName(value)


def stream(content: bytes, values: dict | None = None):
    """A Flate-compressed stream object."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFStream, PDFZCompress

    return PDFStream(PDFDictionary(values or {}), content, [PDFZCompress])


def compressed_stream(compressed: bytes, values: dict | None = None):
    """A stream object of bytes already Flate-compressed (written as they are)."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream

    return PDFStream(PDFDictionary({**(values or {}), "Filter": PDFName("FlateDecode")}), compressed, filters=[])
