"""Image frames: fill/fit with a focal point, effective ppi, and what the PDF receives."""
from __future__ import annotations

import io

import pikepdf
import pypdfium2
import pytest
from PIL import Image

from designer.layout.engine import build_document
from designer.layout.frames import PlacedImage
from designer.layout.images import effective_ppi, place_image
from designer.model.layout import SavedLayout, Slot
from designer.render.pdf import render_pdf
from designer.render.raster import render_images
from designer.units import Rect, mm

FRAME = Rect(100, 100, 200, 100)   # 2:1 frame
DPI = 30


def test_fill_covers_the_frame_and_keeps_the_focal_point_central():
    placed = place_image(FRAME, 1000, 1000, "fill", focus=(0.5, 0.3))
    assert placed.w == pytest.approx(200) and placed.h == pytest.approx(200)
    assert placed.x == pytest.approx(100)
    # the focal point (30 % down) sits at the frame centre, within what covering allows
    assert placed.y + 0.3 * placed.h == pytest.approx(FRAME.y + FRAME.h / 2)
    assert placed.y <= FRAME.y and placed.bottom >= FRAME.bottom


@pytest.mark.parametrize("focus, expected_y", [((0.5, 0.0), 100), ((0.5, 1.0), 0)])
def test_focal_point_at_an_edge_is_clamped_so_the_frame_stays_covered(focus, expected_y):
    assert place_image(FRAME, 1000, 1000, "fill", focus=focus).y == pytest.approx(expected_y)


def test_fit_shows_the_whole_image_centred():
    placed = place_image(FRAME, 1000, 1000, "fit")
    assert (placed.w, placed.h) == (pytest.approx(100), pytest.approx(100))
    assert placed.x == pytest.approx(150) and placed.y == pytest.approx(100)


def test_zoom_crops_further():
    assert place_image(FRAME, 1000, 1000, "fill", zoom=2).w == pytest.approx(400)


def test_effective_ppi():
    assert effective_ppi(600, 144) == pytest.approx(300)


def _photo_layout(tmp_path, size):
    path = tmp_path / "photo.png"
    Image.new("RGB", size, (200, 40, 40)).save(path)
    return SavedLayout(template="a5-flyer", base_dir=str(tmp_path),
                       slots={"photo": Slot(image="photo.png"),
                              "printer-line": Slot(text="Tryck: Tryckeriet, Borlänge 2026")})


@pytest.mark.parametrize("width, severity", [(1400, "warning"), (500, "error")])
def test_low_resolution_is_reported(tmp_path, width, severity):
    document = build_document(_photo_layout(tmp_path, (width, width // 2)))
    warning = next(w for w in document.warnings if w.code == "low_ppi")
    assert warning.frame_id == "photo" and warning.severity == severity
    assert warning.data["ppi"] < 300


def test_pdf_gets_only_the_visible_crop_in_cmyk(tmp_path):
    document = build_document(_photo_layout(tmp_path, (3000, 3000)))   # square photo in a wide frame
    placed = next(i for i in document.pages[0].items if isinstance(i, PlacedImage))
    pdf = pikepdf.open(io.BytesIO(render_pdf(document)))
    (_, image), = pdf.pages[0].Resources.XObject.items()
    assert image.ColorSpace == "/DeviceCMYK"
    aspect = int(image.Width) / int(image.Height)
    assert aspect == pytest.approx(placed.clip.w / placed.clip.h, rel=0.01)
    # never more than 450 ppi is sent to the printer
    assert int(image.Width) / (placed.clip.w / 72) <= 451
    assert placed.clip.w == pytest.approx(mm(154))


def test_template_default_photo_resolves_next_to_the_template(tmp_path):
    layout = SavedLayout(template="a5-flyer", base_dir=str(tmp_path / "somewhere" / "else"))
    document = build_document(layout)
    placed = next(i for i in document.pages[0].items if isinstance(i, PlacedImage))
    assert placed.source.endswith("dalalven-morgon.jpg")
    assert not [w for w in document.warnings if w.code.startswith("image_")]


def test_an_emptied_image_slot_shows_the_placeholder(tmp_path):
    """The photo frame (top 56 mm of the A5 flyer, to the bleed) is flat 25 % K grey, in print and proof."""
    document = build_document(SavedLayout(template="a5-flyer", slots={"photo": Slot(image="")}))
    assert not any(isinstance(i, PlacedImage) for i in document.pages[0].items)
    proof = render_images(document, dpi=DPI)[0]
    assert _photo_area_colours(proof, (0, 0)) == {(191, 191, 191)}, "the placeholder grey, RGB 0.75"
    with pikepdf.open(io.BytesIO(render_pdf(document))) as pdf:
        trim = [float(v) for v in pdf.pages[0].TrimBox]
        media = [float(v) for v in pdf.pages[0].MediaBox]
        fills = [[float(v) for v in operands] for operands, op in pikepdf.parse_content_stream(pdf.pages[0])
                 if str(op) == "k"]
        assert [0, 0, 0, 0.25] in fills, "the grey is pure K in the print file"
    page = pypdfium2.PdfDocument(render_pdf(document))[0]
    printed = page.render(scale=DPI / 72).to_pil().convert("RGB")
    offset = (round((trim[0] - media[0]) * DPI / 72), round((media[3] - trim[3]) * DPI / 72))
    [grey] = _photo_area_colours(printed, offset)     # one flat colour: pdfium's rendering of 25 % K
    assert 180 <= min(grey) and max(grey) <= 215 and max(grey) - min(grey) <= 5, grey
    # the bleed: the grey runs past the trim edge (3 mm = 3.5 px at 30 dpi)
    assert printed.getpixel((offset[0] - 2, offset[1] + 20)) == grey


def test_a_photo_slot_shows_the_photo_not_the_placeholder():
    document = build_document(SavedLayout(template="a5-flyer"))
    assert len(_photo_area_colours(render_images(document, dpi=DPI)[0], (0, 0))) > 50


def _photo_area_colours(image, offset) -> set:
    """The colours inside the photo frame, away from the badge that overlaps its lower edge."""
    x0, y0 = offset
    box = (x0 + 5, y0 + 5, x0 + round(143 / 25.4 * DPI), y0 + round(45 / 25.4 * DPI))
    return {colour for _, colour in image.crop(box).getcolors(maxcolors=100_000)}


def test_a_photo_is_converted_once_whatever_its_path(tmp_path):
    from designer.render.images import ImageSettings, prepared_image

    Image.new("RGB", (1200, 800), (30, 120, 60)).save(tmp_path / "a.jpg")
    (tmp_path / "kopia").mkdir()
    (tmp_path / "kopia" / "b.jpg").write_bytes((tmp_path / "a.jpg").read_bytes())
    prepared = set()
    for name in ("a.jpg", "kopia/b.jpg"):
        document = build_document(SavedLayout(template="a5-flyer", base_dir=str(tmp_path),
                                              slots={"photo": Slot(image=name)}))
        placed = next(i for i in document.pages[0].items if isinstance(i, PlacedImage))
        prepared.add(prepared_image(placed, ImageSettings()))
    assert len(prepared) == 1
