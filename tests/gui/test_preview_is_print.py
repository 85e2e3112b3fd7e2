"""Preview is print: the canvas renderer and the exported proof PDF agree pixel for pixel (almost)."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from designer.gui.painter import render_page_image
from designer.gui.session import Session
from designer.render.raster import render_images
from designer import paths
from tests.gui.conftest import SCHOOL

DOOR_HANGER = paths.EXAMPLES / "skola-dorrhangare.json"      # two-sided

DPI = 100
THRESHOLD = 40          # max channel difference that counts as a different pixel
LIMIT = 0.01            # fewer than 1 % of the trim's pixels may differ


def _array(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGB").filter(ImageFilter.BoxBlur(1)), dtype=np.int16)


def _qimage_to_pil(qimage) -> Image.Image:
    qimage = qimage.convertToFormat(qimage.Format.Format_RGB888)
    data = bytes(qimage.constBits())[: qimage.bytesPerLine() * qimage.height()]
    return Image.frombuffer("RGB", (qimage.width(), qimage.height()), data, "raw", "RGB", qimage.bytesPerLine(), 1)


def _differing_share(session, index: int) -> tuple[float, tuple[int, int]]:
    """Share of differing pixels between the canvas's page `index` and the proof PDF's page."""
    screen = _qimage_to_pil(render_page_image(session.document.pages[index], DPI))
    printed = render_images(session.document, DPI)[index]   # the proof PDF, rasterised by PDFium
    assert printed.size == screen.size
    difference = np.abs(_array(screen) - _array(printed)).max(axis=2)
    return float((difference > THRESHOLD).mean()), screen.size


def test_canvas_matches_exported_proof(app):
    session = Session()
    session.open_layout(SCHOOL)
    share, size = _differing_share(session, 0)
    assert size == (583, 827)
    assert share < LIMIT, f"{share:.2%} of pixels differ"
    printed = render_images(session.document, DPI)[0]
    # and the comparison is not trivially satisfied: a page without its text differs clearly
    blank = session.document.pages[0]
    blank.items = [i for i in blank.items if not hasattr(i, "text")]
    empty = _qimage_to_pil(render_page_image(blank, DPI))
    assert float((np.abs(_array(empty) - _array(printed)).max(axis=2) > THRESHOLD).mean()) > 0.02


def test_back_page_matches_exported_proof(app):
    session = Session()
    session.open_layout(DOOR_HANGER)
    assert len(session.document.pages) == 2
    share, _ = _differing_share(session, 1)
    assert share < LIMIT, f"{share:.2%} of pixels differ on page 2"
