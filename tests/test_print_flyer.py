"""The sample A5 school flyer exported as a print PDF: geometry, fonts, colour, marks, determinism."""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys

import pikepdf
import pytest

from designer.io.layout_file import load_layout
from designer.layout.engine import build_document
from designer.layout.frames import TextRun
from designer.render.pdf import PdfOptions, render_pdf
from designer.units import mm
from tests.conftest import ROOT
from tests.pdf_checks import RGB_OPERATORS, box_mm, content_operators, fonts, image_colorspaces, is_embedded


@pytest.fixture(scope="module")
def school_document():
    from tests.conftest import ROOT
    return build_document(load_layout(ROOT / "layouts" / "examples" / "skola-a5.json"))


@pytest.fixture(scope="module")
def school_pdf(school_document):
    return pikepdf.open(io.BytesIO(render_pdf(school_document)))


def test_trim_and_bleed_boxes_are_exact(school_pdf):
    page = school_pdf.pages[0]
    trim, bleed, media = box_mm(page, "/TrimBox"), box_mm(page, "/BleedBox"), box_mm(page, "/MediaBox")
    assert round(trim[2] - trim[0], 2) == 148.0 and round(trim[3] - trim[1], 2) == 210.0
    assert [round(t - b, 2) for t, b in zip(trim[:2], bleed[:2])] == [3.0, 3.0]
    assert [round(b - t, 2) for t, b in zip(trim[2:], bleed[2:])] == [3.0, 3.0]
    assert media[0] <= bleed[0] - 5 and media[2] >= bleed[2] + 5, "slug for crop marks around the bleed"


def test_every_font_is_embedded(school_pdf):
    page_fonts = fonts(school_pdf.pages[0])
    assert len(page_fonts) >= 3
    assert all(is_embedded(font) for font in page_fonts)
    assert not any("Helvetica" in str(font.get("/BaseFont")) for font in page_fonts)


def test_print_output_has_no_rgb(school_pdf):
    page = school_pdf.pages[0]
    operators = {op for _, op in content_operators(school_pdf, page)}
    assert not operators & RGB_OPERATORS
    assert "k" in operators
    assert image_colorspaces(page) == ["/DeviceCMYK"]


def test_black_text_is_pure_k_with_overprint(school_pdf):
    ops = content_operators(school_pdf, school_pdf.pages[0])
    fills = [tuple(float(v) for v in operands) for operands, op in ops if op == "k"]
    assert (0.0, 0.0, 0.0, 1.0) in fills
    states = school_pdf.pages[0].Resources.ExtGState
    assert any(state.get("/op") is True for _, state in states.items())


def test_crop_marks_lie_outside_the_bleed(school_pdf):
    page = school_pdf.pages[0]
    bleed = [float(v) for v in page.BleedBox]
    ops = content_operators(school_pdf, page)
    # marks are the 0.25 pt strokes drawn after the page content, in registration (1 1 1 1 K)
    strokes = [tuple(float(v) for v in operands) for operands, op in ops if op == "K"]
    assert (1.0, 1.0, 1.0, 1.0) in strokes
    lines = []
    for index, (operands, op) in enumerate(ops):
        if op == "m" and index + 1 < len(ops) and ops[index + 1][1] == "l":
            lines.append([float(v) for v in operands] + [float(v) for v in ops[index + 1][0]])
    marks = [line for line in lines if _outside(line, bleed)]
    assert len(marks) == 8


def _outside(line, bleed) -> bool:
    x0, y0, x1, y1 = line
    tol = 0.01
    return all(x <= bleed[0] + tol or x >= bleed[2] - tol or y <= bleed[1] + tol or y >= bleed[3] - tol
               for x, y in ((x0, y0), (x1, y1)))


def test_background_and_photo_reach_the_bleed_edge(school_document):
    page = school_document.pages[0]
    background = next(i for i in page.items if i.frame_id == "background")
    assert background.rect.x == pytest.approx(-mm(3)) and background.rect.right == pytest.approx(mm(151))
    photo = next(i for i in page.items if i.frame_id == "photo")
    assert photo.clip.y == pytest.approx(-mm(3))
    assert photo.effective_ppi >= 300


def test_text_stays_in_the_safe_area(school_document):
    safe_left, safe_right = mm(5), mm(148 - 5)
    for item in school_document.pages[0].items:
        if isinstance(item, TextRun):
            assert safe_left <= item.x and item.x + item.width <= safe_right + 0.01, item


def test_sample_flyer_has_no_layout_problems(school_document):
    assert school_document.warnings == []


def test_same_layout_gives_same_bytes(school_document, school_layout_path, tmp_path):
    assert render_pdf(build_document(load_layout(school_layout_path))) == render_pdf(school_document)
    # another checkout of the layout and its photo, another user's cache folder: the same bytes
    elsewhere = tmp_path / "elsewhere" / "layouts"
    elsewhere.mkdir(parents=True)
    data = json.loads(school_layout_path.read_text(encoding="utf-8"))
    shutil.copy(ROOT / "assets" / "images" / "dalalven-morgon.jpg", elsewhere / "foto.jpg")
    data["slots"]["photo"]["image"] = "foto.jpg"
    (elsewhere / "skola.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    runs = [(school_layout_path, "cache-a", "first.pdf"), (school_layout_path, "cache-a", "second.pdf"),
            (elsewhere / "skola.json", "cache-b", "third.pdf")]
    for layout, cache, name in runs:     # converts the photo, reuses it, converts it elsewhere
        subprocess.run([sys.executable, "-m", "designer", "export", str(layout), "-o", str(tmp_path / name)],
                       check=True, capture_output=True, env={**os.environ, "DESIGNER_CACHE": str(tmp_path / cache)})
    outputs = {(tmp_path / name).read_bytes() for _, _, name in runs}
    assert len(outputs) == 1


def test_proof_pdf_is_rgb_without_marks(school_document):
    pdf = pikepdf.open(io.BytesIO(render_pdf(school_document, PdfOptions(mode="proof"))))
    page = pdf.pages[0]
    assert box_mm(page, "/MediaBox") == box_mm(page, "/TrimBox")
    operators = {op for _, op in content_operators(pdf, page)}
    assert "rg" in operators and "k" not in operators
