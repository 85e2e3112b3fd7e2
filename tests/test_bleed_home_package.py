"""Bleed (issue #10 item 4), home printing for every format (item 5) and a package that holds
only what belongs (item 7), each read back from the written files."""
from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from tests.print_layouts import ROOT, layout_with

from designer.cli import main
from designer.errors import DesignerError
from designer.export import write_document
from designer.layout.engine import build_document
from designer.model.layout import SavedLayout, Slot
from designer.preflight import check_pdf
from designer.presets import get_preset
from designer.units import mm, to_mm

POSTER = ROOT / "layouts" / "examples" / "skola-valaffisch-a1.json"
PHOTO = ROOT / "assets" / "images" / "dalalven-morgon.jpg"


# bleed -------------------------------------------------------------------------------------------
def _bleed_mm(page) -> list[float]:
    trim = [float(v) for v in page.TrimBox]
    bleed = [float(v) for v in page.BleedBox]
    return [round(to_mm(v), 2) for v in (trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2],
                                         bleed[3] - trim[3])]


def test_poster_keeps_its_5mm_bleed_with_a_3mm_printer(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(POSTER), "-o", str(out)]) == 0          # coated-offset: 3 mm
    with pikepdf.open(out) as pdf:
        assert _bleed_mm(pdf.pages[0]) == [5.0] * 4
    capsys.readouterr()
    assert main(["templates", "--json"]) == 0
    listed = {t["id"]: t for t in json.loads(capsys.readouterr().out)}
    assert listed["poster-a1"]["bleed_mm"] == listed["poster-a2"]["bleed_mm"] == \
        listed["poster-50x70"]["bleed_mm"] == 5.0
    job = tmp_path / "job.zip"
    assert main(["package", str(POSTER), "-o", str(job)]) == 0
    with zipfile.ZipFile(job) as archive:
        ticket = json.loads(archive.read("job-ticket.json"))
        assert ticket["bleed_mm"] == 5.0
        assert "utfall 5 mm" in archive.read("job-ticket.txt").decode()


def test_a_printer_asking_for_more_bleed_gets_it(tmp_path):
    out = tmp_path / "flyer.pdf"
    assert main(["export", str(ROOT / "layouts/examples/skola-a5.json"), "-o", str(out),
                 "--preset", "uncoated-offset"]) == 0                   # 5 mm > the template's 3 mm
    with pikepdf.open(out) as pdf:
        assert _bleed_mm(pdf.pages[0]) == [5.0] * 4


# home printing -----------------------------------------------------------------------------------
PRINT_TEMPLATES = sorted(p.stem for p in (ROOT / "layouts").glob("*.json")
                         if json.loads(p.read_text(encoding="utf-8"))["kind"] == "print")
EXPECTED_COPIES = {"a5-flyer": 2, "a5-flyer-2s": 2, "a4-flyer": 1, "candidate-card": 10, "poster-a1": 1,
                   "dl-flyer": 3, "door-hanger": 2}


def test_a_printer_line_shrunk_below_5_pt_by_home_printing_blocks_it(tmp_path):
    """The A1 poster's 6 pt printer line comes out at about 2 pt on A4 (34 %): unreadable, so the
    home print is stopped, naming the printed size; the A5 flyer, two per A4 at 95 %, keeps 5.7 pt."""
    from designer.io.layout_file import load_layout
    from designer.export import check_export

    preset = get_preset("office-printer")
    poster = check_export(load_layout(ROOT / "layouts/examples/skola-valaffisch-a1.json"), tmp_path / "a1.pdf", preset)
    [small] = [f for f in poster.findings if f.code == "printer_line_small"]
    assert small.severity == "error" and poster.verdict.blocked
    assert "2.0 pt" in small.text("en") and "34 %" in small.text("sv")
    out = tmp_path / "a5.pdf"
    assert main(["export", str(ROOT / "layouts/examples/skola-a5.json"), "-o", str(out), "--preset", "office-printer"]) == 0
    with pikepdf.open(out) as pdf:
        scales = {round(float(o[0]), 3) for o, op in pikepdf.parse_content_stream(pdf.pages[0])
                  if str(op) == "cm" and float(o[0]) != 1}
    assert len(scales) == 1 and 6 * scales.pop() >= 5.0


@pytest.mark.parametrize("template", PRINT_TEMPLATES)
def test_home_printing_fits_every_format_inside_the_printable_area(tmp_path, template):
    preset = get_preset("office-printer")
    layout = SavedLayout(template, {"printer-line": Slot(text="Tryck: Egen utskrift, Borlänge 2026")},
                         title=template)
    document = build_document(layout)
    out = tmp_path / f"{template}.pdf"
    write_document(document, out, preset=preset)
    page_w, page_h = document.pages[0].width, document.pages[0].height
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == len(document.pages)
        for page in pdf.pages:
            sheet = sorted(round(to_mm(float(v))) for v in page.MediaBox[2:])
            assert sheet == [210, 297]                                   # A4, either way round
            forms = [([float(v) for v in o] if str(op) == "cm" else [], str(op))
                     for o, op in pikepdf.parse_content_stream(page) if str(op) in ("cm", "Do")]
            copies = [op for _, op in forms].count("Do")
            if template in EXPECTED_COPIES:
                assert copies == EXPECTED_COPIES[template]
            scale = min([o[0] for o, op in forms if op == "cm" and o[0] != 1] or [1.0])
            assert scale <= 1.0 and copies * page_w * page_h * scale ** 2 <= mm(200) * mm(287) + 1
    findings = check_pdf(out, preset)
    assert [f.code for f in findings if f.severity != "info"] == []        # no "no TrimBox"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "r")], check=True)
    [render] = tmp_path.glob("r-*.png")
    with Image.open(render) as image:
        grey = image.convert("L")
        border = round(40 / 25.4 * 4.5)                                  # the outer 4.5 mm
        strips = [grey.crop((0, 0, grey.width, border)), grey.crop((0, grey.height - border, grey.width, grey.height)),
                  grey.crop((0, 0, border, grey.height)), grey.crop((grey.width - border, 0, grey.width, grey.height))]
        assert all(strip.getextrema()[0] >= 250 for strip in strips), "ink within 5 mm of the sheet edge"


def test_our_preflight_notices_content_in_the_unprintable_margin(tmp_path):
    from dataclasses import replace

    from designer.imposition import SheetRule

    preset = get_preset("office-printer")
    edge_to_edge = replace(preset, imposition=SheetRule((mm(296), mm(210)), mm(0), 2, 1))   # the old way
    document = build_document(SavedLayout("a5-flyer"))
    out = tmp_path / "edge.pdf"
    write_document(document, out, preset=edge_to_edge)
    assert "outside_printable" in {f.code for f in check_pdf(out, preset)}


# package -----------------------------------------------------------------------------------------
def test_package_refuses_files_that_are_not_images(tmp_path, capsys):
    secret = tmp_path / "outside" / "private.txt"
    secret.parent.mkdir()
    secret.write_text("lösenord: hemligt\n", encoding="utf-8")
    for image in ("/etc/passwd", str(secret)):
        # a hidden frame is not laid out, so only the package itself can notice it
        _, path = layout_with(tmp_path, candidates={"text": "Namn"}, photo={"image": image, "hidden": True})
        job = tmp_path / "job.zip"
        assert main(["package", str(path), "-o", str(job)]) == 2
        err = capsys.readouterr().err
        assert "bad.json: slots.photo.image:" in err and "is not a readable image" in err
        assert not job.exists()


def test_package_holds_verified_images_from_outside_and_lists_every_file(tmp_path):
    from designer.package import make_package

    outside = tmp_path / "elsewhere" / "foto.jpg"
    outside.parent.mkdir()
    shutil.copy(PHOTO, outside)
    _, path = layout_with(tmp_path, photo={"image": str(outside)})
    job = make_package(path, tmp_path / "job.zip", get_preset())
    with zipfile.ZipFile(job) as archive:
        names = set(archive.namelist())
        ticket = json.loads(archive.read("job-ticket.json"))
        listed = {f["name"] for f in ticket["files"]}
        assert names - {"job-ticket.json", "job-ticket.txt"} == listed
        assert archive.read("layout/images/01-foto.jpg") == PHOTO.read_bytes()
        text = archive.read("job-ticket.txt").decode()
        assert all(name in text for name in names)
    assert not any(Path(n).name in ("passwd", "private.txt") for n in names)


def test_package_of_a_blocked_layout_is_refused(tmp_path):
    from designer.package import make_package

    _, path = layout_with(tmp_path, photo={"image": "finns-inte.jpg"})
    with pytest.raises(DesignerError, match="not found"):
        make_package(path, tmp_path / "job.zip", get_preset())
    assert not (tmp_path / "job.zip").exists()
