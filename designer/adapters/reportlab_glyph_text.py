"""The few ReportLab internals the glyph-run text writer needs, in one place.

ReportLab's public text API maps characters to glyphs itself; shaped glyph ids need raw content
operators and fonts built by us. This adapter (checked by tests/test_adapter_glyph_text.py) offers:
  append_operators(canvas, text)   raw PDF operators into the current page or form
  add_late_font(canvas, font)      `font.add_objects(document)` runs when the PDF is written,
                                   after every page is drawn (ReportLab's delayed-font hook)
  reference(document, obj, name)   an indirect object; `stream(...)`, `compressed_stream(...)`,
                                   `dictionary(...)`, `raw(...)`, ... build them
  register_font_resource(document, resource, font)   /resource in every page's /Font resources
"""
from __future__ import annotations


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


def reference(document, obj, name: str):
    return document.Reference(obj, name)


def register_font_resource(document, resource: str, font) -> None:
    document.idToObject["BasicFonts"].dict[resource] = font


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
