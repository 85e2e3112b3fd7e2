"""Adapter: the few ReportLab document internals the PDF writers need, in one place.

ReportLab's public canvas API has no way to (1) give a Form XObject the ExtGState and colour-space
resources its content uses (its forms list fonts and XObjects only, so an overprinting or spot
colour form would refer to unknown graphics states), (2) add entries to a form's stream
dictionary (PDF/VT's /GTS_Scope), (3) add entries to a page or the catalog (/DPart, /DPartRoot).
`tests/test_reportlab_adapter.py` checks these against the ReportLab in use.
"""
from __future__ import annotations


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
