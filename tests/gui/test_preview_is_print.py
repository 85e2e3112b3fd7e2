"""Preview is print: the canvas renderer and the exported proof PDF agree pixel for pixel (almost)."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from designer.gui.painter import render_page_image
from designer.gui.session import Session
from designer.render.raster import render_images
from tests.gui.conftest import SCHOOL

DPI = 100
THRESHOLD = 40          # max channel difference that counts as a different pixel
LIMIT = 0.01            # fewer than 1 % of the trim's pixels may differ


def _array(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGB").filter(ImageFilter.BoxBlur(1)), dtype=np.int16)


def _qimage_to_pil(qimage) -> Image.Image:
    qimage = qimage.convertToFormat(qimage.Format.Format_RGB888)
    data = bytes(qimage.constBits())[: qimage.bytesPerLine() * qimage.height()]
    return Image.frombuffer("RGB", (qimage.width(), qimage.height()), data, "raw", "RGB", qimage.bytesPerLine(), 1)


def test_canvas_matches_exported_proof(app):
    session = Session()
    session.open_layout(SCHOOL)
    screen = _qimage_to_pil(render_page_image(session.document.pages[0], DPI))

    printed = render_images(session.document, DPI)[0]       # the proof PDF, rasterised by PDFium
    assert printed.size == screen.size == (583, 827)

    difference = np.abs(_array(screen) - _array(printed)).max(axis=2)
    share = float((difference > THRESHOLD).mean())
    assert share < LIMIT, f"{share:.2%} of pixels differ"
    # and the comparison is not trivially satisfied: a page without its text differs clearly
    blank = session.document.pages[0]
    blank.items = [i for i in blank.items if not hasattr(i, "text")]
    empty = _qimage_to_pil(render_page_image(blank, DPI))
    assert float((np.abs(_array(empty) - _array(printed)).max(axis=2) > THRESHOLD).mean()) > 0.02

