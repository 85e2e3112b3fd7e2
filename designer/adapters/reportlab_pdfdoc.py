"""ReportLab's PDF document internals that PDF/X writing needs (reportlab 4.2 to 5.x).

ReportLab's canvas has no public way to add a catalog entry, extra Info keys or a chosen file ID;
these functions reach into `reportlab.pdfbase.pdfdoc` (the canvas's `_doc`, the catalog's
`__NoDefault__` list, the document's `_ID` and `_timeStamp`, the Info object's `_dateFormatter`).
In: a `reportlab.pdfgen.canvas.Canvas` before `save()`. Contract: tests/test_adapters.py.
"""
from __future__ import annotations


def document(canvas):
    """The canvas's `PDFDocument` (for `Reference(...)` and the catalog)."""
    return canvas._doc


def set_catalog_entry(canvas, name: str, value) -> None:
    """Write `/name value` into the document catalog (entries ReportLab does not know included)."""
    catalog = canvas._doc.Catalog
    known = type(catalog).__NoDefault__
    if name not in known:
        catalog.__NoDefault__ = [*known, name]
    setattr(catalog, name, value)


def set_file_id(canvas, file_id: str) -> None:
    """The trailer's /ID: both halves `file_id` (hex digits), instead of ReportLab's digest."""
    canvas._doc._ID = b"\n[<" + file_id.encode() + b"><" + file_id.encode() + b">]\n"


def add_info_entries(canvas, extra: dict[str, str]) -> None:
    """Info dictionary: ReportLab's entries (dated from the document's time stamp) plus `extra`.

    ReportLab's own Info also writes Author and Keywords; this one writes Title, CreationDate,
    ModDate, Producer, Creator, Subject, Trapped and the `extra` strings.
    """
    from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString

    class InfoWithExtra(PDFInfo):
        def format(self, pdf_document):
            date = PDFDate(ts=pdf_document._timeStamp, dateFormatter=self._dateFormatter)
            entries = {"Title": PDFString(self.title), "CreationDate": date, "ModDate": date,
                       "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
                       "Subject": PDFString(self.subject), "Trapped": PDFName(self.trapped)}
            entries.update({key: PDFString(value) for key, value in extra.items()})
            return PDFDictionary(entries).format(pdf_document)

    doc = canvas._doc
    replacement = InfoWithExtra()
    replacement.__dict__.update(doc.info.__dict__)
    doc.info = replacement
