"""ReportLab's PDF document internals that PDF/X and PDF/VT writing need (reportlab 4.2 to 5.x).

ReportLab's canvas has no public way to add a catalog or page entry, extra Info keys or a chosen
file ID, to give a Form XObject the graphics-state and colour-space resources its content uses
(its forms list fonts and XObjects only) or extra dictionary entries (PDF/VT's /GTS_Scope), or to
place a JPEG whose serialised object is made once per process (drawImage re-reads and re-parses
the file for every document). These functions reach into `reportlab.pdfbase.pdfdoc` (the canvas's
`_doc`, `__NoDefault__` lists, the document's `_ID` and `_timeStamp`, the Info object's
`_dateFormatter`, a form's `Contents`/`Resources`, the canvas's `_code` and `_formsinuse`).
In: a `reportlab.pdfgen.canvas.Canvas` before `save()`. Contract: tests/test_adapters.py.
"""
from __future__ import annotations

from functools import lru_cache


def document(canvas):
    """The canvas's `PDFDocument` (for `Reference(...)` and the catalog)."""
    return canvas._doc


def set_catalog_entry(canvas, name: str, value) -> None:
    """Write `/name value` into the document catalog (entries ReportLab does not know included)."""
    _set_entry(canvas._doc.Catalog, name, value)


def set_page_entry(page, name: str, value) -> None:
    """Write `/name value` into a page dictionary (a page from `last_page`)."""
    _set_entry(page, name, value)


def _set_entry(obj, name: str, value) -> None:
    """ReportLab writes the names in an object's `__NoDefault__` list that are not None."""
    if name not in obj.__NoDefault__:
        obj.__NoDefault__ = [*obj.__NoDefault__, name]
    setattr(obj, name, value)


def last_page(canvas):
    """The page object the last `showPage()` added (for `document(canvas).Reference(page)`)."""
    return canvas._doc.Pages.pages[-1]


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


def place_jpeg_xobject(canvas, name: str, path: str, content_key: str) -> str:
    """Register the JPEG file `path` as image XObject `name` in the canvas's document (once per
    document), use it on the current page or form, and return its resource name for a `Do`.
    Its serialised bytes are cached per process by `content_key` (the file's content digest)."""
    doc = canvas._doc
    registered = doc.getXObjectName(name)
    if registered not in doc.idToObject:
        doc.Reference(_preformatted_class()(_jpeg_object_bytes(content_key, path)), registered)
    canvas._currentPageHasImages = 1
    canvas._formsinuse.append(name)
    return registered


@lru_cache(maxsize=1)
def _preformatted_class():
    """A PDF object written as the bytes it was given (made once: class creation is not free)."""
    from reportlab.pdfbase.pdfdoc import PDFObject

    class Preformatted(PDFObject):
        __RefOnly__ = 1

        def __init__(self, data: bytes):
            self.data = data

        def format(self, document):
            return self.data

    return Preformatted


@lru_cache(maxsize=16)
def _jpeg_object_bytes(_content_key: str, path: str) -> bytes:
    """The image XObject of a JPEG file as ReportLab writes it: the JPEG data unchanged under
    DCTDecode (binary, whatever ReportLab's ASCII85 default), no references."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFDocument, PDFImageXObject

    ascii85, rl_config.useA85 = rl_config.useA85, 0
    try:
        return PDFImageXObject("image", path).format(PDFDocument())
    finally:
        rl_config.useA85 = ascii85


def set_file_id(canvas, file_id: str) -> None:
    """The trailer's /ID: both halves `file_id` (hex digits), instead of ReportLab's digest."""
    canvas._doc._ID = b"\n[<" + file_id.encode() + b"><" + file_id.encode() + b">]\n"


def add_info_entries(canvas, extra: dict[str, str]) -> None:
    """Info dictionary: ReportLab's entries (dated from the document's time stamp) plus `extra`.

    ReportLab's own Info also writes Author and Keywords; this one writes Title, CreationDate,
    ModDate, Producer, Creator, Subject, Trapped and the `extra` strings.
    """
    doc = canvas._doc
    replacement = _info_class()()
    replacement.__dict__.update(doc.info.__dict__)
    replacement.extra = dict(extra)
    doc.info = replacement


@lru_cache(maxsize=1)
def _info_class():
    """ReportLab's Info object writing our entries and its `extra` strings (made once)."""
    from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString

    class InfoWithExtra(PDFInfo):
        extra: dict = {}

        def format(self, pdf_document):
            date = PDFDate(ts=pdf_document._timeStamp, dateFormatter=self._dateFormatter)
            entries = {"Title": PDFString(self.title), "CreationDate": date, "ModDate": date,
                       "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
                       "Subject": PDFString(self.subject), "Trapped": PDFName(self.trapped)}
            entries.update({key: PDFString(value) for key, value in self.extra.items()})
            return PDFDictionary(entries).format(pdf_document)

    return InfoWithExtra
