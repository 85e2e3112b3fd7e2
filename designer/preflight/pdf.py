"""Preflight of a written PDF (pikepdf): PDF/X identification, boxes, fonts, colour, safety, ink.

In: a PDF path and the Preset it was made for. Out: a list of Findings (page numbers 0-based).
The total-ink check renders the pages in CMYK with Ghostscript (see designer.preflight.ink).
"""
from __future__ import annotations

import logging
from pathlib import Path

from designer.errors import DesignerError
from designer.preflight.findings import Finding, finding

RGB_SPACES = {"/DeviceRGB", "/CalRGB", "/Lab"}
RGB_OPERATORS = {"rg", "RG"}
log = logging.getLogger(__name__)


# What each PDF/X level requires of the file, written from the standards (not from our writer):
# ISO 15930-1:2001 (PDF/X-1a:2001): Info GTS_PDFXVersion "PDF/X-1:2001" and GTS_PDFXConformance
# "PDF/X-1a:2001", PDF 1.3; ISO 15930-4:2003 (PDF/X-1a:2003): GTS_PDFXVersion "PDF/X-1a:2003", PDF 1.4;
# ISO 15930-7:2010 (PDF/X-4): GTS_PDFXVersion "PDF/X-4" in Info and pdfxid:GTS_PDFXVersion in XMP, PDF 1.6.
STANDARDS = {
    "x1a": {"name": "PDF/X-1a:2001", "pdf": "1.3",
            "info": {"/GTS_PDFXVersion": "PDF/X-1:2001", "/GTS_PDFXConformance": "PDF/X-1a:2001"}},
    "x1a-2003": {"name": "PDF/X-1a:2003", "pdf": "1.4", "info": {"/GTS_PDFXVersion": "PDF/X-1a:2003"}},
    "x4": {"name": "PDF/X-4", "pdf": "1.6", "info": {"/GTS_PDFXVersion": "PDF/X-4"}, "xmp": "PDF/X-4"},
}
XMP_PDFX_VERSION = "{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion"


def check_pdf(path: str | Path, preset, overlay_dir: str | Path | None = None) -> list[Finding]:
    """Every finding for the PDF at `path`; ink overlays go to `overlay_dir` when given."""
    import pikepdf

    path = Path(path)
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        return [finding("encrypted", "error")]
    except (pikepdf.PdfError, OSError) as exc:
        raise DesignerError(f"not a readable PDF ({exc})", file=path) from None
    with pdf:
        findings = _identification(pdf, preset) + _safety(pdf)
        for index, page in enumerate(pdf.pages):
            findings += _boxes(page, index, preset)
            findings += _resources(page, index, preset)
            findings += _printable_area(page, index, preset)
    if preset.print_mode:
        from designer.preflight.ink import check_ink

        findings += check_ink(path, preset, overlay_dir)
    return findings


def declared_level(pdf) -> str | None:
    """The PDF/X level a file claims ("x4", "x1a", "x1a-2003"), from its Info keys, else its XMP;
    None when it claims none. A wrong X-1a:2001 claim still counts as X-1a (and is then reported)."""
    info = pdf.docinfo
    version = str(info.get("/GTS_PDFXVersion", "")).strip()
    conformance = str(info.get("/GTS_PDFXConformance", "")).strip()
    if not version:
        version = _xmp_version(pdf)
    if version.startswith("PDF/X-4"):
        return "x4"
    if version == "PDF/X-1a:2003":
        return "x1a-2003"
    if version.startswith("PDF/X-1") or conformance.startswith("PDF/X-1a"):
        return "x1a"
    return None


def _xmp_version(pdf) -> str:
    """pdfxid:GTS_PDFXVersion from the document's XMP packet ("" when absent or unreadable)."""
    if "/Metadata" not in pdf.Root:
        return ""
    try:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            return str(meta.get(XMP_PDFX_VERSION, "")).strip()
    except Exception:  # noqa: BLE001 - a broken XMP packet is reported as "no XMP version"
        log.warning("unreadable XMP packet", exc_info=True)
        return ""


def output_condition(pdf) -> str:
    """The OutputConditionIdentifier of the file's GTS_PDFX OutputIntent ("" without one)."""
    intent = next((i for i in pdf.Root.get("/OutputIntents") or () if i.get("/S") == "/GTS_PDFX"), None)
    return str(intent.get("/OutputConditionIdentifier", "")) if intent is not None else ""


def preset_for_pdf(path: str | Path):
    """The preset to check a PDF against when none is named: one of the same PDF/X level and, if
    possible, the same output condition (FOGRA39, FOGRA29 …); the default preset when the file
    claims no PDF/X level."""
    import pikepdf

    from designer.presets import get_preset, load_presets

    try:
        with pikepdf.open(path) as pdf:
            level, condition = declared_level(pdf), output_condition(pdf)
    except (pikepdf.PdfError, OSError):
        return get_preset()
    if level is None:
        return get_preset()
    wanted = "x1a" if level.startswith("x1a") else level
    same = [p for p in load_presets().presets.values() if p.pdfx == wanted]
    return next((p for p in same if p.output_condition == condition), same[0] if same else get_preset())


def _identification(pdf, preset) -> list[Finding]:
    if not preset.pdfx:
        return []
    level = preset.pdfx
    if level == "x1a" and declared_level(pdf) == "x1a-2003":
        level = "x1a-2003"
    standard = STANDARDS[level]
    name = standard["name"]
    out = []
    intents = pdf.Root.get("/OutputIntents")
    intent = next((i for i in intents or () if i.get("/S") == "/GTS_PDFX"), None)
    if intent is None:
        out.append(finding("pdfx_output_intent", "error", level=name))
    elif "/DestOutputProfile" not in intent or int(intent.DestOutputProfile.get("/N", 0)) != 4:
        out.append(finding("pdfx_output_intent", "error", key="pdfx_output_profile"))
    info = pdf.docinfo
    for key, expected in standard["info"].items():
        found = str(info.get(key, ""))
        if found != expected:
            out.append(finding("pdfx_version", "error", level=name, key_name=key[1:], found=found,
                               expected=expected))
    if str(info.get("/Trapped", "")) not in ("/True", "/False"):
        out.append(finding("pdfx_trapped", "error"))
    if str(pdf.pdf_version) > standard["pdf"]:
        out.append(finding("pdfx_version", "error", key="pdfx_pdf_version", level=name,
                           expected=standard["pdf"], found=str(pdf.pdf_version)))
    if "xmp" in standard and _xmp_version(pdf) != standard["xmp"]:
        out.append(finding("pdfx_xmp", "error", expected=standard["xmp"]))
    return out


def _safety(pdf) -> list[Finding]:
    out = []
    if pdf.is_encrypted:
        out.append(finding("encrypted", "error"))
    if "/OpenAction" in pdf.Root or "/AA" in pdf.Root or "/JavaScript" in pdf.Root.get("/Names", {}):
        out.append(finding("actions", "error"))
    return out


def _boxes(page, index: int, preset) -> list[Finding]:
    out = []
    media = [float(v) for v in page.MediaBox]
    if "/TrimBox" not in page:
        return [finding("no_trimbox", "error", page=index)]
    trim = [float(v) for v in page.TrimBox]
    bleed = [float(v) for v in page.get("/BleedBox", page.MediaBox)]
    wanted = preset.bleed - 0.1
    if min(trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]) < wanted:
        out.append(finding("bleed_short", "warning", page=index, bleed_mm=preset.bleed_mm))
    if bleed[0] < media[0] or bleed[1] < media[1] or bleed[2] > media[2] or bleed[3] > media[3]:
        out.append(finding("bleed_outside_media", "error", page=index))
    for annot in page.get("/Annots", ()):
        rect = [float(v) for v in annot.get("/Rect", (0, 0, 0, 0))]
        if rect[0] < trim[2] and rect[2] > trim[0] and rect[1] < trim[3] and rect[3] > trim[1]:
            out.append(finding("annotation", "error", page=index))
            break
    return out


def _printable_area(page, index: int, preset) -> list[Finding]:
    """For home/office printing: nothing may be drawn within the printer's margin of the sheet
    edge (a desktop printer cannot print there, so it would be cut off)."""
    if preset.imposition is None:
        return []
    import pikepdf

    margin = preset.imposition.margin
    media = [float(v) for v in page.MediaBox]
    inner = (media[0] + margin - 0.5, media[1] + margin - 0.5, media[2] - margin + 0.5, media[3] - margin + 0.5)
    for holder, _ in _streams(page):
        if holder is not page:
            continue
        for lower_left, upper_right in _drawn_extents(pikepdf, holder):
            if lower_left[0] < inner[0] or lower_left[1] < inner[1] or upper_right[0] > inner[2] or \
                    upper_right[1] > inner[3]:
                return [finding("outside_printable", "error", page=index, margin_mm=round(margin / 72 * 25.4, 1))]
    return []


def _drawn_extents(pikepdf, page):
    """Corners of every form placed with `cm` + `Do` and every line drawn on the page itself, in
    page coordinates (enough for our own imposed sheets: forms scaled by `cm`, ticks by m/l)."""
    stack, matrix = [], pikepdf.Matrix()
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "q":
            stack.append(matrix)
        elif op == "Q" and stack:
            matrix = stack.pop()
        elif op == "cm":
            matrix = pikepdf.Matrix(*map(float, operands)) @ matrix
        elif op == "Do":
            xobject = page.Resources.XObject[operands[0]]
            box = [float(v) for v in xobject.get("/BBox", (0, 0, 1, 1))]
            form = pikepdf.Matrix(*map(float, xobject.get("/Matrix", (1, 0, 0, 1, 0, 0)))) @ matrix
            points = [form.transform((x, y)) for x in (box[0], box[2]) for y in (box[1], box[3])]
            yield (min(p[0] for p in points), min(p[1] for p in points)), \
                (max(p[0] for p in points), max(p[1] for p in points))
        elif op in ("m", "l"):
            point = matrix.transform((float(operands[0]), float(operands[1])))
            yield point, point


def _resources(page, index: int, preset) -> list[Finding]:
    """Fonts, colour spaces, operators and transparency of the page and the forms it draws."""
    import pikepdf

    problems: set[str] = set()
    for holder, resources in _streams(page):
        for font in resources.get("/Font", {}).values():
            if not _embedded(font):
                problems.add("font_not_embedded")
        for space in resources.get("/ColorSpace", {}).values():
            if _is_rgb(space):
                problems.add("rgb_content")
        for xobject in resources.get("/XObject", {}).values():
            if xobject.get("/Subtype") == "/Image":
                if _is_rgb(xobject.get("/ColorSpace")):
                    problems.add("rgb_content")
                if "/SMask" in xobject:
                    problems.add("transparency")
        for state in resources.get("/ExtGState", {}).values():
            if float(state.get("/CA", 1)) < 1 or float(state.get("/ca", 1)) < 1 or \
                    state.get("/SMask", pikepdf.Name.None_) != pikepdf.Name.None_:
                problems.add("transparency")
        if preset.print_mode:
            for operands, operator in pikepdf.parse_content_stream(holder):
                if str(operator) in RGB_OPERATORS or (str(operator) in ("cs", "CS") and
                                                      str(operands[0]) in RGB_SPACES):
                    problems.add("rgb_content")
                    break
    if "/Group" in page and page.Group.get("/S") == "/Transparency":
        problems.add("transparency")
    return [finding(code, "error", page=index) for code in sorted(problems)
            if code != "transparency" or preset.pdfx == "x1a"
            if code != "rgb_content" or preset.print_mode]


def _streams(page):
    """(content holder, resources) for the page and every form XObject it uses, recursively."""
    seen, todo = set(), [(page, page.get("/Resources", {}))]
    while todo:
        holder, resources = todo.pop()
        yield holder, resources
        for xobject in resources.get("/XObject", {}).values():
            if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                todo.append((xobject, xobject.get("/Resources", resources)))


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def _is_rgb(space) -> bool:
    import pikepdf

    if space is None:
        return False
    if isinstance(space, pikepdf.Name):
        return str(space) in RGB_SPACES
    if isinstance(space, pikepdf.Array) and len(space) > 1:
        kind = str(space[0])
        if kind == "/ICCBased":
            return int(space[1].get("/N", 0)) == 3
        if kind in ("/Indexed",):
            return _is_rgb(space[1])
        if kind in ("/Separation", "/DeviceN"):
            return False
        return kind in RGB_SPACES
    return False
