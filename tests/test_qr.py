"""QR code frames: vector modules in 100 % K with a 4-module quiet zone; a too-small code warns."""
from __future__ import annotations


import pytest

from designer.fill import sample_layout
from designer.io.template_registry import load_catalog
from designer.layout import shapes
from designer.layout.engine import build_document
from designer.layout.frames import Path
from designer.model.color import Color
from designer.units import Rect, mm

URL = "https://www.centerpartiet.se/borlange"


def _extent(path: Path):
    rects = [op[1:] for op in path.ops if op[0] == "R"]
    assert len(rects) == len(path.ops), "modules are drawn as rectangles"
    return (min(x for x, _, _, _ in rects), min(y for _, y, _, _ in rects),
            max(x + w for x, _, w, _ in rects), max(y + h for _, y, _, h in rects))


def test_modules_are_vector_rects_with_a_four_module_quiet_zone():
    frame = Rect(0, 0, mm(30), mm(30))
    path, module = shapes.qr_path("qr", URL, frame, Color("svart", (0, 0, 0, 1), (0.1, 0.1, 0.1)))
    count = len(shapes.qr_matrix(URL))
    assert count == 29                                  # version 3 at error level M
    assert module == pytest.approx(frame.w / (count + 2 * shapes.QR_QUIET_MODULES))
    left, top, right, bottom = _extent(path)
    assert left == pytest.approx(4 * module) and top == pytest.approx(4 * module)
    assert right == pytest.approx(frame.w - 4 * module) and bottom == pytest.approx(frame.h - 4 * module)


def test_modules_are_always_pure_black():
    green = Color("skog", (0.9, 0.3, 0.9, 0.25), (0.05, 0.42, 0.24))
    path, _ = shapes.qr_path("qr", URL, Rect(0, 0, 100, 100), green)
    assert path.fill.cmyk == (0, 0, 0, 1)


def test_minimum_side_for_scanning():
    assert shapes.qr_min_side(URL) == pytest.approx(37 * mm(0.4))
    assert shapes.qr_path("qr", "", Rect(0, 0, 10, 10), None) == "ingen adress"


def test_shipped_qr_frames_are_large_enough_and_a_too_small_one_warns():
    catalog = load_catalog()
    for template in catalog.templates.values():
        for frame in template.frames_with_role("qr"):
            assert min(frame.rect.w, frame.rect.h) >= shapes.qr_min_side(URL), (template.id, frame.id)
    template = catalog.get("a5-flyer-2s")
    layout = sample_layout(template).with_slot("qr", rect_mm=(8, 179, 12, 12))
    codes = [w.code for w in build_document(layout, template).warnings if w.frame_id == "qr"]
    assert codes == ["qr_small"]
    assert not [w for w in build_document(sample_layout(template), template).warnings if w.frame_id == "qr"]


def test_qr_in_the_print_pdf_is_device_cmyk_black():
    import io

    import pikepdf

    from designer.render.pdf import render_pdf

    template = load_catalog().get("candidate-card")
    pdf = pikepdf.open(io.BytesIO(render_pdf(build_document(sample_layout(template), template))))
    assert b"0 0 0 1 k" in pdf.pages[1].Contents.read_bytes()


@pytest.mark.parametrize("payload", ["https://www.centerpartiet.se/borlange/möten?ort=Borlänge&dag=lör",
                                     "https://exempel.se/دعوة", "ሰላም ቦርለንገ"])
def test_the_printed_code_scans_back_to_the_exact_address(payload):
    """Rendered from the print PDF by PDFium and read by an independent decoder (zxing-cpp's
    reader), the code gives the address byte for byte, non-ASCII letters included."""
    import pypdfium2
    import zxingcpp

    from designer.render.pdf import render_pdf

    template = load_catalog().get("poster-a2")
    layout = sample_layout(template).with_slot("qr", url=payload)
    document = build_document(layout, template)
    assert not [w for w in document.warnings if w.frame_id == "qr"]
    pdf = pypdfium2.PdfDocument(render_pdf(document))
    image = pdf[0].render(scale=40 / 72).to_pil().convert("L")
    pdf.close()
    codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in codes] == [payload]


def test_an_address_too_long_for_any_code_is_an_error_of_the_frame():
    template = load_catalog().get("poster-a2")
    layout = sample_layout(template).with_slot("qr", url="https://exempel.se/" + "x" * 3000)
    warnings = [w for w in build_document(layout, template).warnings if w.frame_id == "qr"]
    assert [(w.code, w.severity) for w in warnings] == [("qr_invalid", "error")]


@pytest.mark.parametrize("address", ["https://exempel.se/\ud800", "\udfff"])
def test_an_address_with_a_lone_surrogate_is_an_error_of_the_frame_not_a_crash(address):
    """JSON can carry "\\ud800", which no UTF-8 QR code can hold."""
    template = load_catalog().get("poster-a2")
    layout = sample_layout(template).with_slot("qr", url=address)
    warnings = [w for w in build_document(layout, template).warnings if w.frame_id == "qr"]
    assert [(w.code, w.severity) for w in warnings] == [("qr_invalid", "error")]
