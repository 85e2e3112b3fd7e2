"""PDF/X identification (issue #10 item 3), checked against the standards' own values with an
independent reading of the file (pikepdf), and a preflight that picks the level the file claims.

ISO 15930-1:2001 (PDF/X-1a:2001): Info /GTS_PDFXVersion (PDF/X-1:2001) and
/GTS_PDFXConformance (PDF/X-1a:2001), PDF 1.3 or lower, OutputIntent /GTS_PDFX with a CMYK
DestOutputProfile or a registered OutputConditionIdentifier, TrimBox (or ArtBox) on every page,
BleedBox inside MediaBox, fonts embedded, only CMYK/Gray/Separation/DeviceN colour, no
transparency, no encryption, Trapped True/False, a trailer ID.
ISO 15930-7:2010 (PDF/X-4): /GTS_PDFXVersion (PDF/X-4) in Info and pdfxid:GTS_PDFXVersion in XMP.
"""
from __future__ import annotations

import json

import pikepdf
from tests.print_layouts import SCHOOL

from designer.cli import main

ALLOWED_SPACES = {"/DeviceCMYK", "/DeviceGray", "/Separation", "/DeviceN", "/Pattern"}


def x1a_2001_problems(path) -> list[str]:
    """Structural PDF/X-1a:2001 requirements this file breaks (empty: none), read with pikepdf."""
    out = []
    with pikepdf.open(path) as pdf:
        if float(pdf.pdf_version) > 1.3:
            out.append(f"PDF version {pdf.pdf_version}")
        info = pdf.docinfo
        if str(info.get("/GTS_PDFXVersion")) != "PDF/X-1:2001":
            out.append(f"GTS_PDFXVersion {info.get('/GTS_PDFXVersion')}")
        if str(info.get("/GTS_PDFXConformance")) != "PDF/X-1a:2001":
            out.append(f"GTS_PDFXConformance {info.get('/GTS_PDFXConformance')}")
        if str(info.get("/Trapped")) not in ("/True", "/False"):
            out.append("Trapped")
        if pdf.is_encrypted or "/ID" not in pdf.trailer:
            out.append("encryption or ID")
        intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFX"]
        if len(intents) != 1 or int(intents[0].DestOutputProfile.get("/N", 0)) != 4:
            out.append("OutputIntent")
        for number, page in enumerate(pdf.pages, 1):
            media = [float(v) for v in page.MediaBox]
            if "/TrimBox" not in page and "/ArtBox" not in page:
                out.append(f"page {number}: no TrimBox")
            bleed = [float(v) for v in page.get("/BleedBox", page.MediaBox)]
            trim = [float(v) for v in page.TrimBox]
            if not (media[0] <= bleed[0] <= trim[0] and media[1] <= bleed[1] <= trim[1]
                    and trim[2] <= bleed[2] <= media[2] and trim[3] <= bleed[3] <= media[3]):
                out.append(f"page {number}: boxes not nested")
            if page.get("/Group", {}).get("/S") == "/Transparency":
                out.append(f"page {number}: transparency group")
            resources = page.Resources
            for font in resources.get("/Font", {}).values():
                descriptor = (font.DescendantFonts[0] if font.Subtype == "/Type0" else font).get("/FontDescriptor")
                if descriptor is None or not {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()):
                    out.append(f"page {number}: font not embedded")
            for image in resources.get("/XObject", {}).values():
                if image.Subtype == "/Image" and ("/SMask" in image or str(image.ColorSpace) not in ALLOWED_SPACES):
                    out.append(f"page {number}: image colour or soft mask")
            for space in resources.get("/ColorSpace", {}).values():
                if str(space[0] if isinstance(space, pikepdf.Array) else space) not in ALLOWED_SPACES:
                    out.append(f"page {number}: colour space {space}")
            for state in resources.get("/ExtGState", {}).values():
                if float(state.get("/ca", 1)) < 1 or float(state.get("/CA", 1)) < 1 or "/SMask" in state \
                        and state.SMask != pikepdf.Name.None_:
                    out.append(f"page {number}: transparency")
            operators = {str(op) for _, op in pikepdf.parse_content_stream(page)}
            if operators & {"rg", "RG"}:
                out.append(f"page {number}: RGB colour operator")
    return out


def test_uncoated_offset_export_passes_an_independent_x1a_check(tmp_path, capsys):
    out = tmp_path / "x1a.pdf"
    assert main(["export", str(SCHOOL), "-o", str(out), "--preset", "uncoated-offset"]) == 0
    assert x1a_2001_problems(out) == []


def test_x4_export_names_pdfx4_in_info_and_xmp(tmp_path):
    out = tmp_path / "x4.pdf"
    assert main(["export", str(SCHOOL), "-o", str(out)]) == 0
    with pikepdf.open(out) as pdf:
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-4" and "/GTS_PDFXConformance" not in pdf.docinfo
        with pdf.open_metadata() as xmp:
            assert xmp["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"


def _preflight_json(capsys, path, *extra) -> tuple[int, list[dict], str]:
    code = main(["preflight", str(path), "--json", *extra])
    return code, json.loads(capsys.readouterr().out), ""


def test_preflight_reads_the_files_own_claim(tmp_path, capsys):
    from designer.preflight.run import preset_for

    x1a, x4 = tmp_path / "x1a.pdf", tmp_path / "x4.pdf"
    assert main(["export", str(SCHOOL), "-o", str(x1a), "--preset", "uncoated-offset"]) == 0
    assert main(["export", str(SCHOOL), "-o", str(x4)]) == 0
    capsys.readouterr()
    assert preset_for(x1a, None).id == "uncoated-offset"          # X-1a, FOGRA29
    assert preset_for(x4, None).id == "coated-offset"             # X-4, FOGRA39
    code, findings, _ = _preflight_json(capsys, x1a)              # no --preset: checked as X-1a
    assert code == 0 and findings == []


def test_preflight_rejects_the_old_wrong_x1a_identification(tmp_path, capsys):
    """What the writer used to write: version (PDF/X-1a:2001), which ISO 15930-1 does not allow."""
    good, wrong = tmp_path / "x1a.pdf", tmp_path / "wrong.pdf"
    assert main(["export", str(SCHOOL), "-o", str(good), "--preset", "uncoated-offset"]) == 0
    with pikepdf.open(good) as pdf:
        pdf.docinfo["/GTS_PDFXVersion"] = "PDF/X-1a:2001"
        pdf.save(wrong)
    assert x1a_2001_problems(wrong) == ["GTS_PDFXVersion PDF/X-1a:2001"]
    capsys.readouterr()
    code, findings, _ = _preflight_json(capsys, wrong)
    assert code == 2
    [found] = [f for f in findings if f["code"] == "pdfx_version"]
    assert "PDF/X-1:2001" in found["message_en"] and "GTS_PDFXVersion" in found["message_en"]


def test_preflight_accepts_x1a_2003_by_its_own_rules(tmp_path, capsys):
    """ISO 15930-4: PDF/X-1a:2003 is named by the version key alone (PDF 1.4 allowed)."""
    good, newer = tmp_path / "x1a.pdf", tmp_path / "x1a-2003.pdf"
    assert main(["export", str(SCHOOL), "-o", str(good), "--preset", "uncoated-offset"]) == 0
    with pikepdf.open(good) as pdf:
        pdf.docinfo["/GTS_PDFXVersion"] = "PDF/X-1a:2003"
        del pdf.docinfo["/GTS_PDFXConformance"]
        pdf.save(newer, force_version="1.4")
    capsys.readouterr()
    code, findings, _ = _preflight_json(capsys, newer)
    assert code == 0 and findings == []
