"""PDF/X identification written through ReportLab's own document objects (no second pass).

    settings = PdfxSettings("x4", profile_path, "FOGRA39")
    prepare(canvas, document, settings)   # before canvas.save(): OutputIntent, Info, XMP
    pdf = finish(pdf_bytes)               # after: the document ID becomes a hash of the content

PDF/X-4: PDF 1.6, OutputIntent /GTS_PDFX with the ICC profile as DestOutputProfile, Info
GTS_PDFXVersion, XMP with pdfxid:GTS_PDFXVersion, dates, DocumentID/VersionID/RenditionClass.
PDF/X-1a:2001 (ISO 15930-1): PDF 1.3, the same OutputIntent, Info GTS_PDFXVersion "PDF/X-1:2001"
+ GTS_PDFXConformance "PDF/X-1a:2001", no XMP.
Both: Trapped /False, dates from the document date, no encryption, actions or annotations.
Why not pikepdf here: see docs/print.md (importing it alone costs more than the rest of the PDF).
ReportLab has no public API for these entries: designer/adapters/reportlab_pdfdoc.py holds the
private-attribute access.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from designer.adapters import reportlab_pdfdoc as pdfdoc

LEVELS = {"x4": "PDF/X-4", "x1a": "PDF/X-1a:2001"}       # names for people
# The identification keys each level writes into the Info dictionary.
INFO_KEYS = {"x4": {"GTS_PDFXVersion": "PDF/X-4"},
             "x1a": {"GTS_PDFXVersion": "PDF/X-1:2001", "GTS_PDFXConformance": "PDF/X-1a:2001"}}
PDF_VERSIONS = {"x4": (1, 6), "x1a": (1, 3)}
REGISTRY = "http://www.color.org"
# Stands in for the document ID until the file is complete, then replaced by a content hash.
ID_PLACEHOLDER = "c0ffee5eedc0ffee5eedc0ffee5eed00"


@dataclass(frozen=True)
class PdfxSettings:
    """`level` "x4" or "x1a"; `profile` a CMYK output ICC file; `condition` e.g. "FOGRA39"."""

    level: str
    profile: Path
    condition: str = ""


def pdf_version(level: str | None) -> tuple[int, int]:
    """The PDF header version a level allows (1.6 for plain PDFs)."""
    return PDF_VERSIONS.get(level, (1, 6))


def prepare(canvas, document, settings: PdfxSettings, creator: str, document_id: str = ID_PLACEHOLDER) -> None:
    """Add OutputIntent, PDF/X Info keys and (X-4) XMP to a ReportLab canvas before it is saved.

    `document_id` (32 hex digits) is known up front for batch jobs (their input key); otherwise
    the placeholder stands in until finish() replaces it with a hash of the finished file.
    """
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

    doc = pdfdoc.document(canvas)
    description = profile_description(settings.profile)
    icc = PDFStream(PDFDictionary({"N": 4, "Filter": PDFName("FlateDecode")}),
                    compressed_profile(str(settings.profile)), filters=[])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFX"),
        "OutputConditionIdentifier": PDFString(settings.condition or description),
        "OutputCondition": PDFString(description), "RegistryName": PDFString(REGISTRY),
        "Info": PDFString(description), "DestOutputProfile": doc.Reference(icc)})
    pdfdoc.set_catalog_entry(canvas, "OutputIntents", PDFArray([intent]))
    extra = dict(INFO_KEYS[settings.level])
    if settings.level == "x4":
        metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                             xmp(document, settings.level, creator, document_id).encode("utf-8"), filters=[])
        pdfdoc.set_catalog_entry(canvas, "Metadata", metadata)
    pdfdoc.add_info_entries(canvas, extra)
    pdfdoc.set_file_id(canvas, document_id)


def compressed_profile(path: str) -> bytes:
    """The ICC profile, Flate-compressed once per machine (it is the largest object of a flyer)."""
    from designer.render.color import output_profile_facts

    return output_profile_facts(path).compressed


def check_header(pdf: bytes, level: str) -> None:
    """Raise ExportError unless the finished file's header is a PDF version `level` allows (a
    library that raised the version behind our back must not yield a file that claims PDF/X)."""
    from designer.errors import ExportError

    allowed = PDF_VERSIONS[level]
    header = pdf[:16].split(b"\n", 1)[0]
    try:
        found = tuple(int(part) for part in header.removeprefix(b"%PDF-").split(b"."))
    except ValueError:
        found = None
    if found is None or len(found) != 2 or found > allowed:
        shown = header.decode("latin-1", "replace")
        raise ExportError(f"the PDF came out as {shown!r}, {LEVELS[level]} allows at most PDF "
                          f"{allowed[0]}.{allowed[1]}; nothing was written", field="pdf_version")


def finish(pdf: bytes) -> bytes:
    """Replace the ID placeholder (trailer and XMP) with a hash of the finished file."""
    digest = hashlib.sha256(pdf).hexdigest()[:32]
    return pdf.replace(ID_PLACEHOLDER.encode(), digest.encode()).replace(
        _uuid(ID_PLACEHOLDER).encode(), _uuid(digest).encode())


def profile_description(path: Path) -> str:
    """The profile's own description ("Coated FOGRA39L (300% TAC)"), else its file name."""
    from designer.render.color import output_profile_facts

    text = output_profile_facts(str(path)).description
    return (text or path.stem).strip()


def xmp(document, level: str, creator: str, document_id: str = ID_PLACEHOLDER) -> str:
    """XMP packet identifying the file as PDF/X (`level`), dated from the document date."""
    date = document.date.replace("Z", "+00:00")
    title = escape(document.title)
    uuid = _uuid(document_id)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>
   <xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>uuid:{uuid}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdf:Producer>{escape(creator)}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <pdfxid:GTS_PDFXVersion>{INFO_KEYS[level]["GTS_PDFXVersion"]}</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _uuid(hex32: str) -> str:
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"
