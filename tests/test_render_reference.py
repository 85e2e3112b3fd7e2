"""Rasterised pages compared with small reference images (regenerate: UPDATE_REFERENCES=1 pytest ...).

A reference is only rewritten on purpose, after looking at the new picture. A run with
UPDATE_REFERENCES=1 writes the new pictures and fails those tests (nothing was compared); the
next run compares. The negative control never writes a reference.
"""
from __future__ import annotations

import os
import sys
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


def difference_from_reference(image: Image.Image, name: str) -> float:
    """Share of pixels differing from tests/reference/NAME.png (read only)."""
    path = REFERENCES / f"{name}.png"
    assert path.exists(), f"no reference image {path.name}; create it with UPDATE_REFERENCES=1"
    reference = Image.open(path).convert("RGB")
    assert reference.size == image.size
    difference = ImageChops.difference(reference, image).convert("L")
    different = sum(difference.point(lambda v: 255 if v > CHANNEL_TOLERANCE else 0).histogram()[255:])
    return different / (image.width * image.height)


def assert_matches_reference(image: Image.Image, name: str) -> None:
    """The page matches its reference; with UPDATE_REFERENCES=1 the reference is rewritten and the
    test fails, since comparing a picture with itself proves nothing."""
    if os.environ.get("UPDATE_REFERENCES") == "1":
        image.save(REFERENCES / f"{name}.png", optimize=True)
        pytest.fail(f"reference {name}.png rewritten: look at it, then run again without UPDATE_REFERENCES")
    assert difference_from_reference(image, name) < MAX_DIFFERENT


@pytest.fixture(scope="module")
def school_document():
    from tests.conftest import ROOT
    return build_document(load_layout(ROOT / "layouts" / "examples" / "skola-a5.json"))


def test_print_pdf_matches_reference(school_document):
    pdf = pypdfium2.PdfDocument(render_pdf(school_document))
    image = pdf[0].render(scale=DPI / 72).to_pil().convert("RGB")
    assert_matches_reference(image, "skola-a5-print")


def test_png_proof_matches_reference(school_document):
    image = render_images(school_document, dpi=DPI)[0]
    assert image.size == (pytest.approx(148 / 25.4 * DPI, abs=1), pytest.approx(210 / 25.4 * DPI, abs=1))
    assert_matches_reference(image, "skola-a5-proof")


def test_the_comparison_notices_a_changed_page(school_document):
    """A red band over the top tenth of the page must count as a difference (never written back)."""
    image = render_images(school_document, dpi=DPI)[0]
    image.paste((255, 0, 0), (0, 0, image.width, image.height // 10))
    assert difference_from_reference(image, "skola-a5-proof") > MAX_DIFFERENT


def test_an_update_run_writes_the_picture_and_does_not_pass(school_document, monkeypatch, tmp_path):
    monkeypatch.setenv("UPDATE_REFERENCES", "1")
    monkeypatch.setattr(sys.modules[__name__], "REFERENCES", tmp_path)
    image = render_images(school_document, dpi=DPI)[0]
    with pytest.raises(pytest.fail.Exception, match="rewritten"):
        assert_matches_reference(image, "skola-a5-proof")
    assert Image.open(tmp_path / "skola-a5-proof.png").size == image.size
