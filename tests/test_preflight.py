"""Deliberately bad layouts are each caught by the right finding, and each fix removes it."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest
from tests.print_layouts import ROOT, layout_with, school, small_photo

from designer.errors import ExportError
from designer.export import export_layout
from designer.policy import ExportBlocked
from designer.preflight import apply_fix, check_layout, check_pdf, exit_code, fill_printer_line
from designer.presets import get_preset

PRESET = get_preset()


def codes(layout, preset=PRESET):
    return {(f.code, f.frame_id): f for f in check_layout(layout, preset)}


def test_school_flyer_is_clean():
    findings = check_layout(school(), PRESET)
    assert exit_code(findings) == 0
    assert [f.code for f in findings] == ["rgb_image"]      # converted automatically, info only


def test_low_resolution_photo(tmp_path):
    layout, _ = layout_with(tmp_path, photo={"image": small_photo(tmp_path)})
    found = codes(layout)[("low_ppi", "photo")]
    assert found.severity == "error" and found.data["ppi"] < 150
    assert "ppi" in found.message and "ppi" in found.message_en
    medium, _ = layout_with(tmp_path, photo={"image": small_photo(tmp_path, (1500, 560))})
    assert codes(medium)[("low_ppi", "photo")].severity == "warning"
    assert ("low_ppi", "photo") not in codes(medium, get_preset("office-printer"))


def test_enlarged_image(tmp_path):
    from PIL import Image

    path = tmp_path / "big-dpi.jpg"
    Image.new("RGB", (3000, 1200), "green").save(path, dpi=(600, 600))
    layout, _ = layout_with(tmp_path, photo={"image": str(path)})
    assert codes(layout)[("image_enlarged", "photo")].data["percent"] > 100


def test_rgb_logo_image_is_converted_and_pdf_has_no_rgb(tmp_path):
    logo = small_photo(tmp_path, (2400, 1000), "RGB")
    layout, _ = layout_with(tmp_path, photo={"image": logo})
    assert codes(layout)[("rgb_image", "photo")].severity == "info"
    out = tmp_path / "rgb.pdf"
    export_layout(layout, out, PRESET)
    assert not [f for f in check_pdf(out, PRESET) if f.code == "rgb_content"]


def test_rgb_pdf_is_caught(tmp_path):
    from designer.export import write_document
    from designer.layout.engine import build_document

    out = tmp_path / "proof.pdf"
    write_document(build_document(school()), out, proof=True)
    found = {f.code for f in check_pdf(out, PRESET)}
    assert {"rgb_content", "pdfx_output_intent", "pdfx_version", "bleed_short"} <= found


def test_text_in_the_trim_and_fix(tmp_path):
    layout, _ = layout_with(tmp_path, headline={"text": "Rubrik i kanten", "rect": [-2, 67, 128, 21]})
    found = codes(layout)[("outside_safe_area", "headline")]
    assert found.fix == "move_inside_safe"
    fixed = apply_fix(layout, found)
    assert ("outside_safe_area", "headline") not in codes(fixed)
    assert fixed.slot("headline").text == "Rubrik i kanten"


def test_four_colour_black_text_and_fix(tmp_path):
    layout, _ = layout_with(tmp_path, body={"text": "Kort text.", "style": {"color": "rikssvart"}})
    found = codes(layout)[("rich_black_text", "body")]
    assert found.fix == "use_black" and found.fix_text
    fixed = apply_fix(layout, found)
    assert fixed.slot("body").style["color"] == "svart"
    assert ("rich_black_text", "body") not in codes(fixed)


def test_small_coloured_text_and_fix(tmp_path):
    layout, _ = layout_with(tmp_path, body={"text": "Liten text.", "style": {"color": "skog", "size": 7}})
    found = codes(layout)[("coloured_text_small", "body")]
    assert ("coloured_text_small", "body") not in codes(apply_fix(layout, found))
    tiny, _ = layout_with(tmp_path, body={"text": "Pytteliten.", "style": {"size": 5}})
    assert codes(tiny)[("text_small", "body")].severity == "warning"


def test_missing_printer_line_blocks_export_until_filled(tmp_path):
    layout, _ = layout_with(tmp_path, **{"printer-line": {"text": "Tryck: [tryckeri], [ort] [år]"}})
    found = codes(layout)[("printer_line_missing", "printer-line")]
    assert found.severity == "error" and found.fix == "fill_printer_line"
    with pytest.raises(ExportError, match="printer line"):
        export_layout(layout, tmp_path / "blocked.pdf", PRESET)
    assert not (tmp_path / "blocked.pdf").exists()
    export_layout(layout, tmp_path / "screen.pdf", get_preset("screen-proof"))   # screens are fine
    fixed = apply_fix(layout, found, printer="Tryckeriet AB", place="Borlänge", year=2026)
    assert fixed.slot("printer-line").text == "Tryck: Tryckeriet AB, Borlänge 2026"
    assert ("printer_line_missing", "printer-line") not in codes(fixed)
    export_layout(fixed, tmp_path / "ok.pdf", PRESET)
    with pytest.raises(Exception, match="place"):
        fill_printer_line(layout, found, printer="X", year=2026)


def test_background_short_of_the_bleed_and_fix(tmp_path):
    layout, _ = layout_with(tmp_path, background={"bleed": False})
    found = codes(layout)[("no_bleed", "background")]
    assert found.fix == "extend_bleed"
    assert ("no_bleed", "background") not in codes(apply_fix(layout, found))


def test_ink_limit_overlay_marks_the_area(tmp_path):
    brand = json.loads((ROOT / "assets/brand/default.json").read_text(encoding="utf-8"))
    brand["palette"]["mint"]["cmyk"] = [100, 90, 90, 100]          # the "Vi vill" band: 380 %
    (tmp_path / "brand.json").write_text(json.dumps(brand), encoding="utf-8")
    layout, _ = layout_with(tmp_path)
    layout = replace(layout, brand="brand.json")
    assert codes(layout)[("ink_limit", "bullets-band")].severity == "error"
    out = tmp_path / "ink.pdf"
    with pytest.raises(ExportBlocked):
        export_layout(layout, out, PRESET)
    assert not out.exists()
    export_layout(layout, out, PRESET, force=True)         # a proof, measured all the same
    [found] = [f for f in check_pdf(out, PRESET, tmp_path / "overlays") if f.code == "ink_limit"]
    assert found.page == 0 and found.data["max_ink"] >= 370
    band_mm2 = 148 * 64
    assert band_mm2 * 0.8 < found.data["area_mm2"] < band_mm2 * 1.3
    from PIL import Image

    with Image.open(found.data["overlay"]) as overlay:
        red = overlay.convert("RGB").getpixel((overlay.width // 2, int(overlay.height * 0.7)))
        clean = overlay.convert("RGB").getpixel((overlay.width // 2, int(overlay.height * 0.35)))
    assert red == (230, 0, 40) and clean != red


def test_thin_line_and_flat_black(tmp_path):
    from designer.layout.frames import Box, Page
    from designer.model.color import BLACK
    from designer.preflight.layout import _Checks
    from designer.units import Rect, mm

    page = Page(0, "p", mm(148), mm(210), mm(3))
    page.items = [Box("rule", Rect(10, 10, 100, 1), None, BLACK, 0.1),
                  Box("dark", Rect(20, 20, mm(80), mm(80)), BLACK)]
    page.frame_rects = {"rule": Rect(10, 10, 100, 1), "dark": Rect(20, 20, mm(80), mm(80))}
    from designer.io.template_registry import load_catalog

    checks = _Checks(school(), PRESET, load_catalog().get("a5-flyer"), "svart")
    found = {f.code for f in checks.page(page)}
    assert {"thin_line", "flat_black_area"} <= found


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "designer", *args], capture_output=True, text=True,
                          cwd=ROOT)


def test_cli_exit_codes(tmp_path):
    clean = run_cli("preflight", str(ROOT / "layouts/examples/skola-a5.json"), "--json")
    assert clean.returncode == 0, clean.stderr
    assert [f["code"] for f in json.loads(clean.stdout)] == ["rgb_image"]
    _, warn_path = layout_with(tmp_path, background={"bleed": False})
    warned = run_cli("preflight", str(warn_path))
    assert warned.returncode == 1 and "no_bleed" not in warned.stdout and "utfallet" not in warned.stderr
    assert "bakgrunden slutar vid kanten" in warned.stdout and "extend the background" in warned.stdout.lower()
    _, bad_path = layout_with(tmp_path, **{"printer-line": {"text": ""}})
    bad = run_cli("preflight", str(bad_path), "--preset", "uncoated-offset", "--json")
    assert bad.returncode == 2
    assert "printer_line_missing" in {f["code"] for f in json.loads(bad.stdout)}
    pdf = tmp_path / "x.pdf"
    assert run_cli("export", str(ROOT / "layouts/examples/skola-a5.json"), "-o", str(pdf)).returncode == 0
    assert run_cli("preflight", str(pdf)).returncode == 0
    assert run_cli("preflight", str(pdf), "--preset", "uncoated-offset").returncode == 2


def test_screen_layouts_are_checked_as_screen_proofs_by_default():
    social = run_cli("preflight", str(ROOT / "layouts/examples/skola-instagram.json"), "--json")
    assert social.returncode == 0 and json.loads(social.stdout) == []
    printed = run_cli("preflight", str(ROOT / "layouts/examples/skola-instagram.json"), "--preset", "coated-offset")
    assert printed.returncode == 2
    assert "gjord för skärm (1080 × 1350 px)" in printed.stdout and "made for screens" in printed.stdout


def test_a_screen_layout_is_never_written_as_a_print_file(tmp_path):
    """Pixels are no trim size and a social image has no bleed or printer line: a print preset
    stops the export (nothing written); without a preset the PDF is a screen proof at the
    template's pixel size with no PDF/X claim; batch follows the same rule."""
    import pikepdf

    layout = ROOT / "layouts/examples/skola-instagram.json"
    printed = run_cli("export", str(layout), "-o", str(tmp_path / "print.pdf"), "--preset", "coated-offset")
    assert printed.returncode == 2 and "made for screens" in printed.stderr
    assert not (tmp_path / "print.pdf").exists()
    assert run_cli("export", str(layout), "-o", str(tmp_path / "post.pdf")).returncode == 0
    batch = run_cli("batch", str(layout), "-o", str(tmp_path / "batch"))
    assert batch.returncode == 0
    for path in (tmp_path / "post.pdf", tmp_path / "batch" / "skola-instagram.pdf"):
        with pikepdf.open(path) as pdf:
            assert "/OutputIntents" not in pdf.Root and "/GTS_PDFXVersion" not in pdf.docinfo
            page = pdf.pages[0]
            assert [float(v) for v in page.MediaBox] == [0, 0, 1080, 1350]
            assert "/TrimBox" not in page or [float(v) for v in page.TrimBox] == [0, 0, 1080, 1350]


def _shapes_layout(tmp_path, locked=False):
    """A layout on a template (kept next to it) with a large K-only area and a hairline."""
    template = {
        "format": "designer.template", "format_version": 1, "id": "shapes-test", "name": "Ytor",
        "kind": "print", "size_mm": [148, 210], "bleed_mm": 3, "safe_mm": 5,
        "pages": [{"frames": [
            {"id": "dark", "type": "rect", "rect": [10, 10, 100, 100], "fill": "svart", "locked": locked},
            {"id": "rule", "type": "line", "rect": [10, 150, 100, 1], "stroke": "svart", "stroke_pt": 0.1},
            {"id": "printer-line", "type": "text", "role": "printer_line", "rect": [10, 200, 128, 3],
             "style": {"size": 6}, "default": {"text": "Tryck: Tryckeriet AB, Borlänge 2026"}}]}]}
    (tmp_path / "shapes-test.json").write_text(json.dumps(template), encoding="utf-8")
    from designer.model.layout import SavedLayout
    return SavedLayout(template="shapes-test", base_dir=str(tmp_path))


def test_hairline_and_flat_black_area_fixes(tmp_path):
    layout = _shapes_layout(tmp_path)
    found = {f.code: f for f in check_layout(layout, PRESET)}
    assert found["thin_line"].fix == "thicken_line" and found["flat_black_area"].fix == "use_rich_black"
    fixed = apply_fix(apply_fix(layout, found["thin_line"]), found["flat_black_area"])
    assert not {"thin_line", "flat_black_area"} & {f.code for f in check_layout(fixed, PRESET)}
    assert fixed.slot("dark").fill == "rikssvart" and fixed.slot("rule").stroke_pt == 0.25
    from designer.layout.engine import build_document
    dark = next(i for i in build_document(fixed).pages[0].items if i.frame_id == "dark")
    assert dark.fill.name == "rikssvart" and dark.fill.total_ink <= PRESET.max_ink


def test_a_style_locked_frame_gets_no_fix_and_ignores_overrides(tmp_path):
    layout = _shapes_layout(tmp_path, locked=True)
    flat = next(f for f in check_layout(layout, PRESET) if f.code == "flat_black_area")
    assert flat.fix is None
    from designer.layout.engine import build_document
    forced = layout.with_slot("dark", fill="sol")
    dark = next(i for i in build_document(forced).pages[0].items if i.frame_id == "dark")
    assert dark.fill.name == "svart"
