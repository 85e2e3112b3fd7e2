"""Preflight of a written PDF (pikepdf): PDF/X identification, boxes, fonts, colour, safety, ink.

In: a PDF path and the Preset it was made for. Out: a list of Findings (page numbers 0-based).
The total-ink check renders the pages in CMYK with Ghostscript (see designer.preflight.ink).
"""
from __future__ import annotations

from pathlib import Path

from designer.errors import DesignerError
from designer.preflight.findings import Finding, finding
from designer.render.pdfx import LEVELS

RGB_SPACES = {"/DeviceRGB", "/CalRGB", "/Lab"}
RGB_OPERATORS = {"rg", "RG"}


def check_pdf(path: str | Path, preset, overlay_dir: str | Path | None = None) -> list[Finding]:
    """Every finding for the PDF at `path`; ink overlays go to `overlay_dir` when given."""
    import pikepdf

    path = Path(path)
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        return [_file("encrypted", "filen är lösenordsskyddad; tryckeriet kan inte öppna den",
                      "the file is password protected; the printer cannot open it")]
    except (pikepdf.PdfError, OSError) as exc:
        raise DesignerError(f"not a readable PDF ({exc})", file=path) from None
    with pdf:
        findings = _identification(pdf, preset) + _safety(pdf)
        for index, page in enumerate(pdf.pages):
            findings += _boxes(page, index, preset)
            findings += _resources(page, index, preset)
    if preset.print_mode:
        from designer.preflight.ink import check_ink

        findings += check_ink(path, preset, overlay_dir)
    return findings


def _file(code, message, message_en, severity="error", page=None) -> Finding:
    return finding(code, severity, message, message_en, page=page)


def _identification(pdf, preset) -> list[Finding]:
    if not preset.pdfx:
        return []
    out = []
    name = LEVELS[preset.pdfx]
    intents = pdf.Root.get("/OutputIntents")
    intent = next((i for i in intents or () if i.get("/S") == "/GTS_PDFX"), None)
    if intent is None:
        out.append(_file("pdfx_output_intent", f"filen saknar tryckförhållande (OutputIntent), krävs för {name}",
                         f"the file has no printing condition (OutputIntent), required for {name}"))
    elif "/DestOutputProfile" not in intent or int(intent.DestOutputProfile.get("/N", 0)) != 4:
        out.append(_file("pdfx_output_intent", "färgprofilen i OutputIntent saknas eller är inte CMYK",
                         "the OutputIntent's colour profile is missing or not CMYK"))
    info = pdf.docinfo
    if str(info.get("/GTS_PDFXVersion", "")) != name:
        out.append(_file("pdfx_version", f"filen är inte märkt som {name}", f"the file is not marked {name}"))
    if str(info.get("/Trapped", "")) not in ("/True", "/False"):
        out.append(_file("pdfx_trapped", "Trapped måste vara True eller False", "Trapped must be True or False"))
    if preset.pdfx == "x1a":
        if str(info.get("/GTS_PDFXConformance", "")) != name or pdf.pdf_version > "1.3":
            out.append(_file("pdfx_version", f"{name} kräver PDF 1.3 och GTS_PDFXConformance",
                             f"{name} requires PDF 1.3 and GTS_PDFXConformance"))
    elif "/Metadata" not in pdf.Root or "GTS_PDFXVersion" not in bytes(pdf.Root.Metadata.read_bytes()).decode(
            "utf-8", "replace"):
        out.append(_file("pdfx_xmp", "XMP-metadata med PDF/X-version saknas",
                         "XMP metadata naming the PDF/X version is missing"))
    return out


def _safety(pdf) -> list[Finding]:
    out = []
    if pdf.is_encrypted:
        out.append(_file("encrypted", "filen är krypterad; tryckeriet kan inte använda den",
                         "the file is encrypted; the printer cannot use it"))
    if "/OpenAction" in pdf.Root or "/AA" in pdf.Root or "/JavaScript" in pdf.Root.get("/Names", {}):
        out.append(_file("actions", "filen innehåller åtgärder eller skript, som inte är tillåtna i tryckfiler",
                         "the file contains actions or scripts, which print files must not have"))
    return out


def _boxes(page, index: int, preset) -> list[Finding]:
    out = []
    media = [float(v) for v in page.MediaBox]
    if "/TrimBox" not in page:
        return [_file("no_trimbox", "sidan saknar TrimBox (slutformat)", "the page has no TrimBox (trim size)",
                      page=index)]
    trim = [float(v) for v in page.TrimBox]
    bleed = [float(v) for v in page.get("/BleedBox", page.MediaBox)]
    wanted = preset.bleed - 0.1
    if min(trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]) < wanted:
        out.append(_file("bleed_short", f"utfallet är mindre än de {preset.bleed_mm:g} mm tryckeriet vill ha",
                         f"the bleed is smaller than the {preset.bleed_mm:g} mm the printer wants",
                         "warning", index))
    if bleed[0] < media[0] or bleed[1] < media[1] or bleed[2] > media[2] or bleed[3] > media[3]:
        out.append(_file("bleed_outside_media", "BleedBox går utanför sidan (MediaBox)",
                         "the BleedBox extends beyond the page (MediaBox)", page=index))
    for annot in page.get("/Annots", ()):
        rect = [float(v) for v in annot.get("/Rect", (0, 0, 0, 0))]
        if rect[0] < trim[2] and rect[2] > trim[0] and rect[1] < trim[3] and rect[3] > trim[1]:
            out.append(_file("annotation", "sidan har en kommentar eller länk inom slutformatet",
                             "the page has a comment or link inside the trim", page=index))
            break
    return out


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
    return [_resource_finding(code, index, preset) for code in sorted(problems)
            if code != "transparency" or preset.pdfx == "x1a"
            if code != "rgb_content" or preset.print_mode]


def _resource_finding(code: str, index: int, preset) -> Finding:
    texts = {
        "font_not_embedded": ("ett typsnitt är inte inbäddat; tryckeriet kan få fel bokstäver",
                              "a font is not embedded; the printer may get the wrong letters"),
        "rgb_content": ("sidan innehåller RGB-färg; tryckfiler ska bara ha CMYK och dekorfärger",
                        "the page contains RGB colour; print files must be CMYK and spot colours only"),
        "transparency": ("sidan har genomskinlighet, som PDF/X-1a inte tillåter",
                         "the page has transparency, which PDF/X-1a does not allow"),
    }
    sv, en = texts[code]
    return _file(code, sv, en, page=index)


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
