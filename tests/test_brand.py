"""The brand kit: swatches by name, a dieline spot colour, and swapping the kit re-colours the output."""
from __future__ import annotations

import io
import json

import pikepdf
import pytest

from designer import paths
from designer.errors import DesignerError
from designer.fill import sample_layout
from designer.io.brand_file import load_brand
from designer.io.template_registry import load_catalog
from designer.layout.engine import build_document
from designer.render.pdf import render_pdf
from designer.render.raster import render_images

PALETTE = ("skog", "gron", "mint", "sol", "papper", "gra", "svart", "rikssvart", "vit", "dieline")


def _kit(tmp_path, **swatches):
    data = json.loads((paths.BRAND / "default.json").read_text(encoding="utf-8"))
    data["name"] = "Blå kampanj"
    data["palette"].update(swatches)
    path = tmp_path / "bla.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_default_kit_has_the_palette_fonts_logo_and_printer_line():
    kit = load_brand()
    assert set(PALETTE) <= set(kit.palette)
    assert kit.palette["svart"].is_pure_black and kit.palette["svart"].overprint
    assert kit.palette["dieline"].spot == "Dieline"
    assert {"display", "text", "text-bold", "text-italic"} <= set(kit.fonts)
    assert kit.logo is not None and kit.printer_line.startswith("Tryck:")


def test_swapping_the_kit_changes_the_colours_in_the_pdf_and_png(tmp_path):
    kit_path = _kit(tmp_path, skog={"cmyk": [100, 60, 0, 20], "rgb": "#1d3f8f"})
    template = load_catalog().get("a5-flyer")
    layout = sample_layout(template)
    default_doc = build_document(layout, template)
    blue_doc = build_document(layout, template, load_brand(kit_path))

    def cmyk_ops(document):
        pdf = pikepdf.open(io.BytesIO(render_pdf(document)))
        return pdf.pages[0].Contents.read_bytes()

    assert b"1 .6 0 .2 k" in cmyk_ops(blue_doc)
    assert b"1 .6 0 .2 k" not in cmyk_ops(default_doc)
    footer = (100, 294)   # the footer band below the text, in px at 36 dpi
    blue = render_images(blue_doc, 36)[0].getpixel(footer)
    green = render_images(default_doc, 36)[0].getpixel(footer)
    assert blue == pytest.approx((0x1d, 0x3f, 0x8f), abs=3)
    assert green == pytest.approx((0x0c, 0x6c, 0x3e), abs=3)


def test_a_layout_names_its_kit_by_path(tmp_path):
    from dataclasses import replace

    kit_path = _kit(tmp_path, sol={"cmyk": [0, 60, 100, 0], "rgb": "#f08a1c"})
    template = load_catalog().get("a5-flyer")
    layout = replace(sample_layout(template), brand=str(kit_path))
    document = build_document(layout)
    fills = {item.fill.rgb_hex() for item in document.pages[0].items
             if getattr(item, "frame_id", "") == "slogan" and getattr(item, "fill", None)}
    assert fills == {"#f08a1c"}


def test_kit_with_a_bad_swatch_names_file_and_field(tmp_path):
    path = _kit(tmp_path, sol={"cmyk": [0, 20, 85], "rgb": "#ffcd33"})
    with pytest.raises(DesignerError) as info:
        load_brand(path)
    assert info.value.located() == "bla.json: palette.sol.cmyk: expected 4 percentages C, M, Y, K from 0 to 100"
