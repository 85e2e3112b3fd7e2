"""The export policy (issue #10 items 1 and 2): every reproduced defect now stops a print export
with exit 2, no file and the fix named; warnings never block; --force writes a watermarked proof
without any PDF/X claim; screen exports are stopped only by the errors a screen shows too."""
from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pikepdf
import pytest
from tests.print_layouts import ROOT, SCHOOL, layout_with, small_photo

from designer.cli import main

PHOTO = ROOT / "assets" / "images" / "dalalven-morgon.jpg"


def export(capsys, layout: Path, out: Path, *extra) -> tuple[int, str]:
    """Run `designer export` in process: (exit code, stderr)."""
    code = main(["export", str(layout), "-o", str(out), *extra])
    return code, capsys.readouterr().err


def huge_png(path: Path, width=100_000, height=100_000) -> Path:
    """A PNG whose header claims `width` × `height` pixels (no pixel data follows)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def blocked(capsys, tmp_path, expected: list[str], **slots) -> str:
    """Export the school flyer with `slots` replaced: exit 2, no file, `expected` in the message."""
    _, path = layout_with(tmp_path, **slots)
    out = tmp_path / "out.pdf"
    code, err = export(capsys, path, out)
    assert code == 2 and not out.exists(), err
    for text in expected:
        assert text in err, err
    assert "Traceback" not in err
    return err


def test_the_clean_flyer_exports(capsys, tmp_path):
    _, path = layout_with(tmp_path)
    code, err = export(capsys, path, tmp_path / "ok.pdf")
    assert code == 0 and (tmp_path / "ok.pdf").is_file(), err


@pytest.mark.parametrize("image,words", [
    ("finns-inte.jpg", ["frame photo", "not found"]),
    ("/etc/passwd", ["frame photo", "not an image"]),
])
def test_missing_or_not_an_image_blocks(capsys, tmp_path, image, words):
    blocked(capsys, tmp_path, words, photo={"image": image})


def test_corrupt_and_oversized_images_block(capsys, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(PHOTO.read_bytes()[:200])
    blocked(capsys, tmp_path, ["frame photo", "damaged"], photo={"image": str(broken)})
    blocked(capsys, tmp_path, ["frame photo", "too large"], photo={"image": str(huge_png(tmp_path / "huge.png"))})


def test_overflowing_text_blocks_print_and_png(capsys, tmp_path):
    _, path = layout_with(tmp_path, body={"text": "Mycket text om skolan. " * 400})
    for name in ("out.pdf", "out.png"):
        code, err = export(capsys, path, tmp_path / name)
        assert code == 2 and not (tmp_path / name).exists()
        assert "frame body: text does not fit" in err and "fix: Shorten the text" in err


def test_image_far_below_the_minimum_blocks_but_a_soft_one_does_not(capsys, tmp_path):
    blocked(capsys, tmp_path, ["frame photo", "pixelated"], photo={"image": small_photo(tmp_path)})
    _, path = layout_with(tmp_path, photo={"image": small_photo(tmp_path, size=(1100, 420))})
    code, err = export(capsys, path, tmp_path / "soft.pdf")
    assert code == 0 and (tmp_path / "soft.pdf").is_file()
    assert "warning" in err and "slightly soft" in err


def test_ink_over_the_limit_blocks(capsys, tmp_path):
    brand = json.loads((ROOT / "assets/brand/default.json").read_text(encoding="utf-8"))
    brand["palette"]["mint"]["cmyk"] = [100, 90, 90, 100]
    (tmp_path / "brand.json").write_text(json.dumps(brand), encoding="utf-8")
    _, path = layout_with(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["brand"] = "brand.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, err = export(capsys, path, tmp_path / "ink.pdf")
    assert code == 2 and not (tmp_path / "ink.pdf").exists()
    assert "380 % total ink, the printer allows 300 %" in err


@pytest.mark.parametrize("slot,words", [
    ({"hidden": True}, ["printer line is hidden", "slots.printer-line.hidden"]),
    ({"text": "x"}, ["'x' lacks printer, place, year", "Fill in printer, place and year"]),
    ({"text": "Tryck: Borlänge 2026"}, ["lacks place"]),
    ({"text": "Tryck: Tryckeriet AB, Borlänge 2026", "style": {"color": "papper"}},
     ["barely shows against its background", "slots.printer-line.style"]),
    ({"text": "Tryck: Tryckeriet AB, Borlänge 2026", "style": {"size": 3}},
     ["printer line is 3.0 pt"]),
    ({"text": "Tryck: Tryckeriet AB, Borlänge 2026", "rect": [10, 208.5, 128, 3]},
     ["lies outside the trim", "bad.json: slots.printer-line.rect"]),
])
def test_the_printer_line_cannot_be_defeated(capsys, tmp_path, slot, words):
    blocked(capsys, tmp_path, words, **{"printer-line": slot})


@pytest.mark.parametrize("frame,slot,field", [
    ("logo", {"hidden": True}, "slots.logo.hidden"),
    ("footer", {"hidden": True}, "slots.footer.hidden"),
    ("background", {"hidden": True}, "slots.background.hidden"),
    ("footer", {"rect": [0, 150, 148, 60]}, "slots.footer.rect"),
    ("logo", {"style": {"color": "sol"}}, "slots.logo.style"),
])
def test_locked_frames_cannot_be_hidden_moved_or_restyled(capsys, tmp_path, frame, slot, field):
    blocked(capsys, tmp_path, [f"bad.json: {field}: the frame is locked by the template",
                               "Restore the frame as the template has it"], **{frame: slot})


def test_template_placeholder_text_left_after_a_format_change_blocks(capsys, tmp_path):
    folded = tmp_path / "folder.json"
    assert main(["convert", str(SCHOOL), "--to", "a4-folded-a5", "-o", str(folded)]) == 0
    capsys.readouterr()
    code, err = export(capsys, folded, tmp_path / "folder.pdf")
    assert code == 2 and not (tmp_path / "folder.pdf").exists()
    assert "page 3, frame headline-2: the template's placeholder text 'Rubrik'" in err
    assert "Remove the placeholder text" in err


def test_warnings_do_not_block(capsys, tmp_path):
    _, path = layout_with(tmp_path, body={"text": "Kort text.", "style": {"color": "rikssvart"}})
    code, err = export(capsys, path, tmp_path / "warn.pdf")
    assert code == 0 and (tmp_path / "warn.pdf").is_file()
    assert "warning" in err and "four-colour black" in err


def test_force_writes_a_watermarked_proof_without_pdfx(capsys, tmp_path):
    _, path = layout_with(tmp_path, photo={"image": "finns-inte.jpg"})
    out = tmp_path / "forced.pdf"
    code, err = export(capsys, path, out, "--force")
    assert code == 0 and out.is_file()
    with pikepdf.open(out) as pdf:
        assert "/OutputIntents" not in pdf.Root and "/Metadata" not in pdf.Root
        assert not {k for k in pdf.docinfo.keys() if k.startswith("/GTS_")}
        pages = len(pdf.pages)
    assert pages == 1 and stamps(out) == ["KORREKTUR – EJ FÖR TRYCK"]


def stamps(pdf_path: Path) -> list[str]:
    """Per page, the text drawn at a slant (the diagonal watermark), read by pdfplumber."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return ["".join(c["text"] for c in page.chars if abs(c["matrix"][1]) > 0.1).replace("\u00a0", " ")
                for page in pdf.pages]


def test_force_on_a_two_page_layout_marks_every_page(tmp_path):
    from PIL import Image

    from designer.export import export_file

    folded = tmp_path / "folder.json"
    assert main(["convert", str(SCHOOL), "--to", "a4-folded-a5", "-o", str(folded)]) == 0
    result = export_file(folded, tmp_path / "folder.pdf", force=True)
    assert result.proof and stamps(tmp_path / "folder.pdf") == ["KORREKTUR – EJ FÖR TRYCK"] * 4
    import subprocess

    subprocess.run(["pdftoppm", "-r", "20", "-png", str(tmp_path / "folder.pdf"), str(tmp_path / "p")], check=True)
    renders = sorted(tmp_path.glob("p-*.png"))
    assert len(renders) == 4
    for render in renders:
        with Image.open(render) as image:
            r, g, b = (channel.tobytes() for channel in image.convert("RGB").split())
            reds = sum(1 for x, y, z in zip(r, g, b) if x > y + 60 and x > z + 60)
            assert reds > len(r) * 0.01, render.name      # the red diagonal shows


def test_screen_png_is_not_blocked_by_print_only_errors(capsys, tmp_path):
    _, path = layout_with(tmp_path, **{"printer-line": {"text": ""}})
    code, _ = export(capsys, path, tmp_path / "out.pdf")
    assert code == 2
    code, err = export(capsys, path, tmp_path / "screen.png", "--dpi", "20")
    assert code == 0 and (tmp_path / "screen.png").is_file(), err


def test_batch_and_merge_call_the_policy(tmp_path):
    from designer.batch.merge import MergePlan

    import shutil

    shutil.copy(ROOT / "layouts/examples/editions/a5-event-flyer.json", tmp_path)
    data = json.loads((ROOT / "layouts/examples/editions/mote-a5.json").read_text(encoding="utf-8"))
    data["slots"]["printer-line"] = {"text": "{{tryck}}"}
    data["slots"]["photo"] = {"image": str(PHOTO)}
    layout = tmp_path / "mote.json"
    layout.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rows = tmp_path / "rader.csv"
    header = "kandidat;ort;datum;tid;plats;roll;kontakt;foto;tryck"
    good = "Karin;Falun;4 maj;18.00;Folkets hus;kandidat;info@exempel.se;x;Tryck: Tryckeriet AB, Falun 2026"
    bad = "Oscar;Mora;5 maj;18.00;Kulturhuset;kandidat;info@exempel.se;x;x"
    rows.write_text("\n".join([header, good, bad]) + "\n", encoding="utf-8")
    report = MergePlan(layout, rows, tmp_path / "out").run()
    statuses = [r.status for r in report.records]
    assert statuses == ["ok", "failed"]
    assert "printer-line: the printer line 'x' lacks printer, place, year" in report.records[1].reason
    assert not Path(report.records[1].output).is_file()


def test_a_cmyk_photo_over_the_ink_limit_blocks(capsys, tmp_path):
    from PIL import Image

    dark = tmp_path / "dark.tif"
    Image.new("CMYK", (1800, 700), (255, 230, 230, 255)).save(dark)          # 380 %: used as is
    blocked(capsys, tmp_path, ["frame photo", "the CMYK image has up to 380 % total ink"], photo={"image": str(dark)})
    fine = tmp_path / "fine.tif"
    Image.new("CMYK", (1800, 700), (120, 100, 100, 255)).save(fine)          # 225 %
    _, path = layout_with(tmp_path, photo={"image": str(fine)})
    assert export(capsys, path, tmp_path / "fine.pdf")[0] == 0
