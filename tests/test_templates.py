"""The shipped template library: formats, print geometry, fonts, sample content, CLI listing."""
from __future__ import annotations

import io
import json

import pikepdf
import pytest
from PIL import Image

from designer.cli import main
from designer.fill import sample_layout
from designer.io.template_registry import load_catalog
from designer.layout.engine import build_document
from designer.render.pdf import render_pdf
from designer.render.raster import png_bytes
from designer.units import to_mm

CATALOG = load_catalog()
PRINT = sorted(t.id for t in CATALOG.templates.values() if t.kind == "print")
SCREEN = sorted(t.id for t in CATALOG.templates.values() if t.kind == "screen")
FORMATS_MM = {   # id: (trim width, trim height, bleed, pages)
    "a5-flyer": (148, 210, 3, 1), "a5-flyer-2s": (148, 210, 3, 2), "a4-flyer": (210, 297, 3, 1),
    "dl-flyer": (99, 210, 3, 2), "a4-folded-a5": (148, 210, 3, 4), "a4-trifold": (297, 210, 3, 2),
    "poster-a3": (297, 420, 3, 1), "poster-a2": (420, 594, 5, 1), "poster-a1": (594, 841, 5, 1),
    "poster-50x70": (500, 700, 5, 1), "door-hanger": (100, 240, 3, 2), "candidate-card": (85, 55, 3, 2),
}
FORMATS_PX = {"social-square": (1080, 1080), "social-portrait": (1080, 1350), "social-story": (1080, 1920)}


@pytest.fixture(scope="module")
def documents():
    """Every shipped template laid out with its sample content."""
    return {tid: build_document(sample_layout(t), t) for tid, t in CATALOG.templates.items()}


@pytest.fixture(scope="module")
def print_pdfs(documents):
    return {tid: pikepdf.open(io.BytesIO(render_pdf(documents[tid]))) for tid in PRINT}


def test_the_library_has_every_campaign_format():
    assert set(FORMATS_MM) | set(FORMATS_PX) <= set(CATALOG.templates)
    assert len(CATALOG.templates) >= 12
    assert CATALOG.problems == []


@pytest.mark.parametrize("template_id", sorted(FORMATS_MM))
def test_print_pdf_has_trim_and_bleed_boxes_in_mm(template_id, print_pdfs):
    width, height, bleed, pages = FORMATS_MM[template_id]
    pdf = print_pdfs[template_id]
    assert len(pdf.pages) == pages
    for page in pdf.pages:
        trim = [float(v) for v in page.TrimBox]
        box = [float(v) for v in page.BleedBox]
        assert to_mm(trim[2] - trim[0]) == pytest.approx(width, abs=0.01)
        assert to_mm(trim[3] - trim[1]) == pytest.approx(height, abs=0.01)
        assert to_mm(box[2] - box[0]) == pytest.approx(width + 2 * bleed, abs=0.01)
        assert to_mm(trim[0] - box[0]) == pytest.approx(bleed, abs=0.01)


@pytest.mark.parametrize("template_id", PRINT)
def test_print_pdf_embeds_every_font(template_id, print_pdfs):
    fonts = [font for page in print_pdfs[template_id].pages
             for font in page.Resources.get("/Font", {}).values()]
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
        assert "/FontFile2" in descriptor, font.BaseFont


@pytest.mark.parametrize("template_id", sorted(CATALOG.templates))
def test_sample_content_fits_without_overflow_or_layout_errors(template_id, documents):
    problems = [(w.frame_id, w.code) for w in documents[template_id].warnings if w.code != "low_ppi"]
    assert problems == []


@pytest.mark.parametrize("template_id", PRINT)
def test_print_templates_carry_a_small_black_printer_line_in_the_safe_area(template_id):
    template = CATALOG.get(template_id)
    lines = template.frames_with_role("printer_line")
    assert lines, "the tryckort is required by law"
    for frame in lines:
        assert frame.style.size_min == frame.style.size_max == 6
        assert frame.style.color == "svart"
        assert template.safe_rect.contains(frame.rect, tol=0.01)


@pytest.mark.parametrize("template_id", PRINT)
def test_text_frames_stay_inside_the_safe_area(template_id):
    template = CATALOG.get(template_id)
    assert to_mm(template.safe) == pytest.approx(10 if template.group == "posters" else 5)
    for _, frame in template.frames():
        if frame.type in ("text", "qr", "logo"):
            assert template.safe_rect.contains(frame.rect, tol=0.01), frame.id


def test_flyer_body_text_is_at_least_9_pt_and_the_a1_headline_reads_from_3_m():
    for template in CATALOG.templates.values():
        if template.group in ("flyers", "leaflets"):
            for frame in template.frames_with_role("body") + template.frames_with_role("bullets"):
                assert frame.style.size_min >= 9, (template.id, frame.id)
    headline = CATALOG.get("poster-a1").frames_with_role("headline")[0].style
    assert headline.size_min >= 140 and headline.size_max >= 200


def test_trifold_has_roll_fold_panels_and_fold_marks_in_the_slug(documents):
    outside, inside = CATALOG.get("a4-trifold").pages
    assert outside.fold_marks_mm == (97, 197)      # the inward flap's back is 3 mm narrower
    assert inside.fold_marks_mm == (100, 200)      # the flap itself is the 97 mm right panel
    pages = documents["a4-trifold"].pages
    assert [round(to_mm(v), 2) for v in pages[0].fold_marks] == [97, 197]


def test_door_hanger_die_line_is_a_separate_spot_colour(print_pdfs):
    pdf = print_pdfs["door-hanger"]
    spaces = pdf.pages[0].Resources.ColorSpace
    separations = [cs for cs in spaces.values() if cs[0] == "/Separation"]
    assert any(str(cs[1]) == "/Dieline" for cs in separations)
    template = CATALOG.get("door-hanger")
    die = [f for _, f in template.frames() if f.stroke == "dieline"]
    assert {f.type for f in die} == {"rect", "ellipse", "line"}
    assert all(f.fill is None and f.locked for f in die)


@pytest.mark.parametrize("template_id", sorted(FORMATS_PX))
def test_screen_templates_export_at_their_exact_pixel_size(template_id, documents):
    image = Image.open(io.BytesIO(png_bytes(documents[template_id])))
    assert image.size == FORMATS_PX[template_id]
    template = CATALOG.get(template_id)
    assert template.bleed == 0


def test_cli_lists_templates_as_json(capsys):
    assert main(["templates", "--json"]) == 0
    entries = {e["id"]: e for e in json.loads(capsys.readouterr().out)}
    assert set(entries) == set(CATALOG.templates)
    assert entries["a5-flyer"] | {"width_mm": 148.0} == entries["a5-flyer"]
    assert (entries["poster-a1"]["width_mm"], entries["poster-a1"]["height_mm"],
            entries["poster-a1"]["bleed_mm"], entries["poster-a1"]["pages"]) == (594, 841, 5, 1)
    assert entries["social-story"]["kind"] == "screen"
    assert (entries["social-story"]["width_px"], entries["social-story"]["height_px"]) == (1080, 1920)
    assert "width_mm" not in entries["social-story"]


def test_cli_table_names_every_template_with_its_size(capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "a4-trifold" in out and "297 × 210 mm" in out and "1080 × 1350 px" in out


def test_cli_exports_a_screen_layout_to_a_png_of_its_pixel_size(tmp_path):
    from designer.io.layout_file import rebase_images, save_layout

    layout_path = tmp_path / "kvadrat.json"
    save_layout(layout_path, rebase_images(sample_layout(CATALOG.get("social-square")), tmp_path))
    assert main(["export", str(layout_path), "-o", str(tmp_path / "kvadrat.png")]) == 0
    assert Image.open(tmp_path / "kvadrat.png").size == (1080, 1080)


def test_thumbnail_has_the_asked_width_and_shows_every_page():
    from designer.thumbnails import template_thumbnail

    image = template_thumbnail(CATALOG.get("a5-flyer-2s"), 300)
    assert image.width == 300
    assert image.height == round(300 / 2.04 * 210 / 148)
    left, right = image.getpixel((20, 20)), image.getpixel((280, 10))
    assert left != right                       # photo on the front, green quote band on the back
