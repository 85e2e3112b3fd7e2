"""Print PDFs are PDF/X-4 or PDF/X-1a with an embedded CMYK OutputIntent, boxes on every page,
embedded fonts, CMYK only, 100 % K overprinting black text, ink within the limit, deterministic."""
from __future__ import annotations

import subprocess
from dataclasses import replace

import pikepdf
import pytest
from tests.pdf_checks import is_embedded
from tests.print_layouts import cmyk_pages, max_ink, school

from designer import paths
from designer.export import export_layout, pdf_options
from designer.layout.engine import build_document
from designer.presets import get_preset
from designer.render.pdf import render_pdf
from designer.units import mm, to_mm

CASES = [(level, profile) for level in ("x4", "x1a")
         for profile in ("CoatedFOGRA39L.icc", "UncoatedFOGRA29L.icc")]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """One exported print PDF per (PDF/X level, shipped profile)."""
    folder = tmp_path_factory.mktemp("pdfx")
    out = {}
    for level, profile in CASES:
        preset = replace(get_preset(), pdfx=level, profile=paths.ICC / profile,
                         output_condition=profile[-11:-4])
        path = folder / f"{level}-{profile}.pdf"
        export_layout(school(), path, preset)
        out[level, profile] = path
    return out


@pytest.mark.parametrize("level,profile", CASES)
def test_structure(pdfs, level, profile):
    with pikepdf.open(pdfs[level, profile]) as pdf:
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier)
        assert intent.DestOutputProfile.N == 4
        assert intent.DestOutputProfile.read_bytes() == (paths.ICC / profile).read_bytes()
        info = pdf.docinfo
        assert info.Trapped == "/False"
        assert str(info.CreationDate).startswith("D:20260501090000")
        assert str(info.Title).startswith("En skola")
        assert len(pdf.trailer.ID) == 2 and pdf.trailer.ID[0] == pdf.trailer.ID[1]
        assert not pdf.is_encrypted and "/OpenAction" not in pdf.Root
        if level == "x4":
            assert pdf.pdf_version == "1.6"
            assert str(info.GTS_PDFXVersion) == "PDF/X-4"
            with pdf.open_metadata() as xmp:
                assert xmp["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
                assert xmp["xmpMM:VersionID"] == "1" and xmp["xmpMM:RenditionClass"] == "default"
                assert xmp["xmpMM:DocumentID"] == "uuid:" + _uuid(bytes(pdf.trailer.ID[0]).hex())
                assert xmp["xmp:CreateDate"].startswith("2026-05-01T09:00:00")
        else:
            assert pdf.pdf_version == "1.3"
            # ISO 15930-1:2001: the version key names the PDF/X-1 standard, the conformance key X-1a
            assert str(info.GTS_PDFXVersion) == "PDF/X-1:2001"
            assert str(info.GTS_PDFXConformance) == "PDF/X-1a:2001"
            assert "/Metadata" not in pdf.Root
        for page in pdf.pages:
            assert "/TrimBox" in page and "/BleedBox" in page and "/Annots" not in page
            for font in page.Resources.Font.values():
                assert is_embedded(font), font.BaseFont
            for image in page.Resources.XObject.values():
                assert image.ColorSpace == "/DeviceCMYK" and "/SMask" not in image
            ops = {str(op) for _, op in pikepdf.parse_content_stream(page)}
            assert not ops & {"rg", "RG", "cs", "CS", "sc", "scn"}
            for state in page.Resources.ExtGState.values():
                assert "/SMask" not in state and float(state.get("/ca", 1)) == 1


def _uuid(h):
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


@pytest.mark.parametrize("level,profile", CASES)
def test_qpdf_and_ghostscript_accept(pdfs, level, profile):
    path = pdfs[level, profile]
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout
    gs = subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=nullpage", str(path)],
                        capture_output=True, text=True)
    assert gs.returncode == 0 and "Error" not in gs.stdout + gs.stderr


def test_total_ink_within_preset(pdfs):
    limit = get_preset().max_ink
    for path in (pdfs["x4", "CoatedFOGRA39L.icc"], pdfs["x1a", "UncoatedFOGRA29L.icc"]):
        for image in cmyk_pages(path, dpi=36):
            worst = max_ink(image)
            assert worst <= limit + 2, f"{path.name}: {worst:.0f} %"


def test_black_body_text_is_100k_overprint(pdfs):
    with pikepdf.open(pdfs["x4", "CoatedFOGRA39L.icc"]) as pdf:
        page = pdf.pages[0]
        states = page.Resources.ExtGState
        fill, overprint, black_text = None, False, 0
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op == "k":
                fill = tuple(float(v) for v in operands)
            elif op == "gs" and "/op" in states[str(operands[0])]:
                overprint = bool(states[str(operands[0])].op)
            elif op in ("Tj", "TJ") and fill == (0, 0, 0, 1):
                assert overprint, "100 % K text must overprint"
                black_text += 1
            elif op in ("Tj", "TJ"):
                assert fill is None or not (fill[3] >= 0.9 and sum(fill[:3]) > 0)
        assert black_text > 10
        assert any(s.get("/OPM") == 1 for s in states.values())
        assert any(s.get("/OP") is True for s in states.values())


def test_white_never_overprints(pdfs):
    with pikepdf.open(pdfs["x4", "CoatedFOGRA39L.icc"]) as pdf:
        page = pdf.pages[0]
        states, fill, overprint = page.Resources.ExtGState, None, False
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) == "k":
                fill = tuple(float(v) for v in operands)
            elif str(op) == "gs" and "/op" in states[str(operands[0])]:
                overprint = bool(states[str(operands[0])].op)
            elif str(op) in ("Tj", "f", "re") and fill == (0, 0, 0, 0):
                assert not overprint


def test_same_layout_same_bytes():
    document = build_document(school(), bleed=mm(3))
    options = pdf_options(get_preset())
    assert render_pdf(document, options) == render_pdf(build_document(school(), bleed=mm(3)), options)
    x1a = pdf_options(get_preset("uncoated-offset"))
    assert render_pdf(document, x1a) == render_pdf(document, x1a) != render_pdf(document, options)


def test_five_mm_bleed_and_marks_outside_it(tmp_path):
    path = tmp_path / "five.pdf"
    export_layout(school(), path, get_preset("uncoated-offset"))
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        trim = [float(v) for v in page.TrimBox]
        bleed = [float(v) for v in page.BleedBox]
        assert [round(to_mm(t - b), 2) for t, b in zip(trim[:2], bleed[:2])] == [5.0, 5.0]
        assert [round(to_mm(b - t), 2) for t, b in zip(trim[2:], bleed[2:])] == [5.0, 5.0]
        # crop-mark lines (1 1 1 1 K, registration) all lie outside the bleed box
        stroke, points = None, []
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) == "K":
                stroke = tuple(float(v) for v in operands)
            elif str(op) in ("m", "l") and stroke == (1, 1, 1, 1):
                points.append(tuple(float(v) for v in operands))
        assert len(points) == 16
        for x, y in points:
            assert not (bleed[0] < x < bleed[2] and bleed[1] < y < bleed[3])


def test_spot_colour_is_separation(tmp_path):
    import json

    brand = json.loads((paths.BRAND / "default.json").read_text(encoding="utf-8"))
    brand["palette"]["skog"]["spot"] = "PANTONE 356 C"
    (tmp_path / "brand.json").write_text(json.dumps(brand), encoding="utf-8")
    from tests.print_layouts import layout_with

    layout, _ = layout_with(tmp_path)
    layout = replace(layout, brand="brand.json")
    path = tmp_path / "spot.pdf"
    export_layout(layout, path)
    with pikepdf.open(path) as pdf:
        spaces = list(pdf.pages[0].Resources.ColorSpace.values())
        assert any(s[0] == "/Separation" and str(s[1]) == "/PANTONE#20356#20C" or
                   s[0] == "/Separation" and "356" in str(s[1]) for s in spaces)
        assert all(s[2] == "/DeviceCMYK" for s in spaces)


def test_x1a_with_a_spot_colour_stays_pdf_1_3(tmp_path):
    """ISO 15930-1: a PDF/X-1a:2001 file is PDF 1.3. The door hanger strokes its die line in a
    Separation colour; ReportLab's default opacity for such colours used to raise the file to 1.4."""
    from designer.io.layout_file import load_layout
    from designer.preflight.pdf import check_pdf

    path = tmp_path / "door.pdf"
    preset = get_preset("uncoated-offset")
    export_layout(load_layout(paths.ROOT / "layouts" / "examples" / "skola-dorrhangare.json"), path, preset)
    assert path.read_bytes().startswith(b"%PDF-1.3\n")
    with pikepdf.open(path) as pdf:
        assert pdf.pdf_version == "1.3"
        spaces = list(pdf.pages[0].Resources.ColorSpace.values())
        assert any(space[0] == "/Separation" for space in spaces)
        states = pdf.pages[0].Resources.get("/ExtGState", {}).values()
        assert all("/CA" not in state and "/ca" not in state for state in states)
    assert not [f for f in check_pdf(path, preset) if f.severity == "error"]


def test_a_pdf_above_the_level_s_version_is_refused_and_not_written(tmp_path, monkeypatch):
    """If the PDF library ever writes a newer header than the PDF/X level allows, the export
    fails with one line and leaves no file: a file claiming PDF/X-1a must be PDF 1.3."""
    from designer.errors import ExportError
    from designer.render import pdf as pdf_module

    monkeypatch.setattr(pdf_module, "pdf_version", lambda level: (1, 4))
    path = tmp_path / "x1a.pdf"
    with pytest.raises(ExportError, match=r"PDF-1\.4.*PDF/X-1a:2001 allows at most PDF 1\.3"):
        export_layout(school(), path, get_preset("uncoated-offset"))
    assert list(tmp_path.iterdir()) == []
