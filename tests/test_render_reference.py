"""Rasterised pages compared with small reference images (regenerate: UPDATE_REFERENCES=1 pytest ...).

A reference is only rewritten on purpose, after looking at the new picture.
"""
from __future__ import annotations

import os
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

from designer.io.layout_file import load_layout
from designer.layout.engine import build_document
from designer.render.pdf import render_pdf
from designer.render.raster import render_images

REFERENCES = Path(__file__).resolve().parent / "reference"
DPI = 30
CHANNEL_TOLERANCE = 24      # anti-aliasing noise between renderer versions
MAX_DIFFERENT = 0.005       # share of pixels allowed to differ by more than that


def compare_with_reference(image: Image.Image, name: str) -> float:
    """Share of pixels differing from tests/reference/NAME.png (written when UPDATE_REFERENCES=1)."""
    path = REFERENCES / f"{name}.png"
    if os.environ.get("UPDATE_REFERENCES") == "1":
        image.save(path, optimize=True)
    assert path.exists(), f"no reference image {path.name}; create it with UPDATE_REFERENCES=1"
    reference = Image.open(path).convert("RGB")
    assert reference.size == image.size
    difference = ImageChops.difference(reference, image).convert("L")
    different = sum(difference.point(lambda v: 255 if v > CHANNEL_TOLERANCE else 0).histogram()[255:])
    return different / (image.width * image.height)


@pytest.fixture(scope="module")
def school_document():
    from tests.conftest import ROOT
    return build_document(load_layout(ROOT / "layouts" / "examples" / "skola-a5.json"))


def test_print_pdf_matches_reference(school_document):
    pdf = pypdfium2.PdfDocument(render_pdf(school_document))
    image = pdf[0].render(scale=DPI / 72).to_pil().convert("RGB")
    assert compare_with_reference(image, "skola-a5-print") < MAX_DIFFERENT


def test_png_proof_matches_reference(school_document):
    image = render_images(school_document, dpi=DPI)[0]
    assert image.size == (pytest.approx(148 / 25.4 * DPI, abs=1), pytest.approx(210 / 25.4 * DPI, abs=1))
    assert compare_with_reference(image, "skola-a5-proof") < MAX_DIFFERENT


def test_the_comparison_notices_a_changed_page(school_document):
    image = render_images(school_document, dpi=DPI)[0]
    image.paste((255, 0, 0), (0, 0, image.width, image.height // 10))
    assert compare_with_reference(image, "skola-a5-proof") > MAX_DIFFERENT
