"""Adapter: the few ReportLab document internals the PDF writers need, in one place.

ReportLab's public canvas API has no way to (1) give a Form XObject the ExtGState and colour-space
resources its content uses (its forms list fonts and XObjects only, so an overprinting or spot
colour form would refer to unknown graphics states), (2) add entries to a form's stream
dictionary (PDF/VT's /GTS_Scope), (3) add entries to a page or the catalog (/DPart, /DPartRoot),
(4) place a JPEG image XObject named by its content whose serialised bytes are made once per
process (drawImage re-reads and re-parses the file for every document).
`tests/test_reportlab_adapter.py` checks these against the ReportLab in use.
"""
from __future__ import annotations

from functools import lru_cache


def end_form(canvas, name: str, extra: dict | None = None) -> None:
    """`canvas.endForm()` for the form `name`, with complete resources (fonts, XObjects, graphics
    states, colour spaces) and `extra` entries (name -> ReportLab PDF value) in its dictionary."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFResourceDictionary, PDFStream

    canvas.endForm()
    doc = canvas._doc
    form = doc.idToObject[doc.getXObjectName(name)]
    resources = PDFResourceDictionary()
    resources.basicFonts()
    resources.allProcs()
    if form.XObjects:
        resources.XObject = form.XObjects
    if form.ExtGState:
        resources.ExtGState = form.ExtGState
    resources.setColorSpace(form._colorsUsed)
    form.Resources = resources
    # ReportLab writes a form's stream dictionary from `Contents` when it is already set.
    form.Contents = PDFStream(PDFDictionary(dict(extra or {})), form.stream)


def last_page(canvas):
    """The page object the last `showPage()` added."""
    return canvas._doc.Pages.pages[-1]


def page_count(canvas) -> int:
    return len(canvas._doc.Pages.pages)


def reference(canvas, obj):
    """An indirect reference to `obj` (a ReportLab PDF object, or a page from last_page)."""
    return canvas._doc.Reference(obj)


def set_entry(obj, key: str, value) -> None:
    """Add `key` to a ReportLab page or catalog dictionary (written only when not None)."""
    if key not in obj.__NoDefault__:
        obj.__NoDefault__ = [*obj.__NoDefault__, key]
    setattr(obj, key, value)


def catalog(canvas):
    return canvas._doc.Catalog


def place_jpeg_xobject(canvas, name: str, path: str, content_key: str) -> str:
    """Register the JPEG file `path` as image XObject `name` in the canvas's document (once per
    document) and return its resource name for a `Do`. Its serialised bytes are cached per
    process by `content_key` (the file's content digest), so the file is read and parsed once."""
    from reportlab.pdfbase.pdfdoc import PDFObject

    class Preformatted(PDFObject):
        __RefOnly__ = 1

        def __init__(self, data: bytes):
            self.data = data

        def format(self, document):
            return self.data

    doc = canvas._doc
    registered = doc.getXObjectName(name)
    if registered not in doc.idToObject:
        doc.Reference(Preformatted(_jpeg_object_bytes(content_key, path)), registered)
    canvas._currentPageHasImages = 1
    canvas._formsinuse.append(name)
    return registered


@lru_cache(maxsize=16)
def _jpeg_object_bytes(_content_key: str, path: str) -> bytes:
    """The image XObject of a JPEG file as ReportLab writes it (DCTDecode, no references)."""
    from reportlab.pdfbase.pdfdoc import PDFDocument, PDFImageXObject

    return PDFImageXObject("image", path).format(PDFDocument())
