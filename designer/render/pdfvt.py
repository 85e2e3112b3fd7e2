"""PDF/VT-1 (ISO 16612-2) on top of PDF/X-4: many records (editions) in one print file.

    pdf = render_pdfvt([VtRecord(pages, {"ort": "Falun"}, "rad 2"), ...], document, options)

What a digital press receives:
* content that several records share (background, brand, logo, fixed text, a photo used by many
  rows) as Form XObjects marked `/GTS_Scope /File` with a `/GTS_XID`, placed with one `Do` on
  each page that shows it, so the RIP can rasterise it once and reuse it; what belongs to a
  single record (its name, place, QR code) is drawn on its page;
* `/DPartRoot` in the catalog (`/NodeNameList [/Root /Record]`, `/RecordLevel 1`): one DPart per
  record with its `/Start` and `/End` page and its metadata in `/DPM` (CIP4_Recipient: the row's
  id and values), and a `/DPart` entry on every page;
* the PDF/VT identification in XMP (pdfvtid:GTS_PDFVTVersion "PDF/VT-1", GTS_PDFVTModDate) next
  to the PDF/X-4 identification. Other presets (PDF/X-1a, proofs) get the shared forms only.

Shared runs: an item (frozen layout dataclass) is shared when it is drawn in two or more records;
consecutive items shared by exactly the same records form one run, and a run that appears in two
or more records becomes a form. Painting order is kept; record-only items are drawn between
`q`/`Q` so forms always start from the same graphics state.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from designer import __version__
from designer.adapters import reportlab_pdfdoc as rl
from designer.layout.frames import Document, Page, PlacedImage
from designer.render.images import content_digest
from designer.render.pdf import PageWriter, PdfOptions, new_canvas, saved_pdf

VT_VERSION = "PDF/VT-1"
VT_NAMESPACE = "http://www.npes.org/pdfvt/ns/id/"
NODE_NAMES = ("Root", "Record")
RECORD_LEVEL = 1
DPM_VALUE_CHARS = 200


@dataclass(frozen=True)
class VtRecord:
    """One record (edition): its laid-out pages, its metadata (column -> value) and its id."""

    pages: list
    metadata: dict[str, str] = field(default_factory=dict)
    record_id: str = ""


def render_pdfvt(records: list[VtRecord], document: Document, options: PdfOptions) -> bytes:
    """All records' pages as one PDF; PDF/VT-1 when `options` is PDF/X-4 print.

    `document` gives the title, date and template of the file (its own pages are not drawn).
    """
    canvas, buffer = new_canvas(document, options)
    plan = _SharedRuns(records)
    for key, name in plan.forms.items():
        _define_form(canvas, name, plan.first_page[key], key[1], options)
    record_pages = []
    for index, record in enumerate(records):
        pages = []
        for page_index, page in enumerate(record.pages):
            _RecordPageWriter(canvas, page, options, plan.runs[index][page_index], plan.forms).write()
            canvas.showPage()
            pages.append(rl.last_page(canvas))
        record_pages.append(pages)
    if _is_vt(options):
        _add_dparts(canvas, records, record_pages)
        _add_xmp_identification(rl.document(canvas).Catalog.Metadata, document)
    return saved_pdf(canvas, buffer, options)


def _is_vt(options: PdfOptions) -> bool:
    return bool(options.print_mode and options.pdfx and options.pdfx.level == "x4")


class _SharedRuns:
    """Which consecutive items of each record page are shared with other records.

    `runs[record][page]` is a list of (form key or None, items); `forms` maps each key used by
    two or more records to its form name; `first_page[key]` is a page to take the geometry from.
    """

    def __init__(self, records: list[VtRecord]):
        owners: dict = {}
        for index, record in enumerate(records):
            for page in record.pages:
                for item in page.items:
                    seen = owners.setdefault(item, [])
                    if not seen or seen[-1] != index:
                        seen.append(index)
        signature_ids: dict[tuple, int] = {}
        signature = {item: signature_ids.setdefault(tuple(who), len(signature_ids))
                     for item, who in owners.items() if len(who) > 1}
        users: dict[tuple, set] = {}
        self.first_page: dict[tuple, Page] = {}
        self.runs = []
        for index, record in enumerate(records):
            pages = []
            for page in record.pages:
                runs = _split(page.items, signature)
                for run_key, _ in runs:
                    if run_key is not None:
                        key = (_geometry(page), run_key)
                        users.setdefault(key, set()).add(index)
                        self.first_page.setdefault(key, page)
                pages.append([((_geometry(page), k) if k is not None else None, items) for k, items in runs])
            self.runs.append(pages)
        self.forms = {key: "VT" + _digest(key)[:16] for key in self.first_page if len(users[key]) > 1}


def _split(items: list, signature: dict) -> list[tuple[tuple | None, list]]:
    """Maximal runs of consecutive items with the same sharing signature: (items tuple or None
    for record-only items, items)."""
    runs: list[tuple[tuple | None, list]] = []
    previous = object()
    for item in items:
        mark = signature.get(item)
        if runs and mark == previous:
            runs[-1][1].append(item)
        else:
            runs.append((mark, [item]))
        previous = mark
    return [(tuple(group) if mark is not None else None, group) for mark, group in runs]


def _geometry(page: Page) -> tuple[float, float, float]:
    return page.width, page.height, page.bleed


def _digest(key) -> str:
    """A stable hex digest of a shared run: its items, with image files named by their content."""
    geometry, items = key
    parts = [repr(geometry), __version__]
    for item in items:
        parts.append(repr(item) if not isinstance(item, PlacedImage) else
                     repr((item.rect, item.clip, content_digest(item.source))))
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


class _RecordPageWriter(PageWriter):
    """Draws a record page: shared runs as `Do` of their forms, the rest between q/Q."""

    def __init__(self, canvas, page, options, runs, forms):
        super().__init__(canvas, page, options)
        self.runs, self.forms = runs, forms

    def draw_items(self):
        for key, items in self.runs:
            name = self.forms.get(key) if key is not None else None
            if name is not None:
                self.canvas.doForm(name)
                continue
            self.canvas.saveState()
            for item in items:
                self.draw(item)
            self.canvas.restoreState()
            self.overprint = False


def _define_form(canvas, name: str, page: Page, items: tuple, options: PdfOptions) -> None:
    """A Form XObject holding `items` as drawn on `page` (media-box coordinates), marked for
    PDF/VT as reusable throughout the file."""
    from reportlab.pdfbase.pdfdoc import PDFName, PDFString

    writer = PageWriter(canvas, page, options)
    canvas.beginForm(name, 0, 0, writer.media_w, writer.media_h)
    if options.print_mode:
        canvas.setOverprintMask(1)
    for item in items:
        writer.draw(item)
    xid = "uuid:" + _uuid(_digest((_geometry(page), items)))
    rl.end_form(canvas, name, {"GTS_Scope": PDFName("File"), "GTS_XID": PDFString(xid)})


def _add_dparts(canvas, records: list[VtRecord], record_pages: list[list]) -> None:
    """The DPart tree: root node -> one record node per record (pages, DPM), /DPart on pages."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName

    root = PDFDictionary({"Type": PDFName("DPartRoot"), "NodeNameList": PDFArray([PDFName(n) for n in NODE_NAMES]),
                          "RecordLevel": RECORD_LEVEL})
    doc = rl.document(canvas)
    root_ref = doc.Reference(root)
    node = PDFDictionary({"Type": PDFName("DPart"), "Parent": root_ref})
    node_ref = doc.Reference(node)
    root["DPartRootNode"] = node_ref
    kids = []
    for record, pages in zip(records, record_pages):
        if not pages:
            continue
        part = PDFDictionary({"Type": PDFName("DPart"), "Parent": node_ref, "Start": doc.Reference(pages[0]),
                              "End": doc.Reference(pages[-1]), "DPM": _record_metadata(record)})
        part_ref = doc.Reference(part)
        kids.append(part_ref)
        for page in pages:
            rl.set_page_entry(page, "DPart", part_ref)
    node["DParts"] = PDFArray([PDFArray(kids)])
    rl.set_catalog_entry(canvas, "DPartRoot", root_ref)


def _record_metadata(record: VtRecord):
    """DPM of a record: CIP4_Recipient with the record id and the row's values (column names as
    keys, made unique; values cut at DPM_VALUE_CHARS: metadata is for finding records)."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFString

    recipient = {"CIP4_UniqueID": PDFString(record.record_id)}
    for column, value in sorted(record.metadata.items()):
        key, number = _name(column), 1
        while key in recipient:
            number += 1
            key = f"{_name(column)}_{number}"
        recipient[key] = PDFString(value if len(value) <= DPM_VALUE_CHARS else value[:DPM_VALUE_CHARS - 1] + "…")
    return PDFDictionary({"CIP4_Root": PDFDictionary({"CIP4_Recipient": PDFDictionary(recipient)})})


def _name(column: str) -> str:
    """A column name as a plain ASCII PDF name: accents dropped (län -> lan), anything else that
    is not a letter, digit, '-', '.' or '_' becomes '_' (ReportLab cannot escape other names)."""
    plain = unicodedata.normalize("NFKD", column.strip()).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9_.-]", "_", plain) or "_"


def _add_xmp_identification(metadata, document: Document) -> None:
    """Add the PDF/VT identification to the PDF/X-4 XMP packet (stream) that render.pdfx wrote."""
    date = document.date.replace("Z", "+00:00")
    description = (f'  <rdf:Description rdf:about="" xmlns:pdfvtid="{VT_NAMESPACE}">\n'
                   f"   <pdfvtid:GTS_PDFVTVersion>{VT_VERSION}</pdfvtid:GTS_PDFVTVersion>\n"
                   f"   <pdfvtid:GTS_PDFVTModDate>{date}</pdfvtid:GTS_PDFVTModDate>\n"
                   "  </rdf:Description>\n ")
    metadata.content = metadata.content.replace(b"</rdf:RDF>", description.encode("utf-8") + b"</rdf:RDF>", 1)


def _uuid(hex_digest: str) -> str:
    h = hex_digest[:32]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
