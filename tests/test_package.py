"""The print-shop package holds PDF, report, proof, ticket and a reloadable layout; deterministic."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pikepdf

from designer.io.layout_file import load_layout
from designer.layout.engine import build_document
from tests.pdf_checks import fonts, is_embedded

ROOT = Path(__file__).resolve().parent.parent


def test_package_contents_and_reorder(tmp_path):
    out = tmp_path / "job.zip"
    run = subprocess.run([sys.executable, "-m", "designer", "package", "layouts/examples/skola-a5.json",
                          "-o", str(out), "--quantity", "500"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert {"preflight.pdf", "proof.png", "job-ticket.json", "job-ticket.txt", "layout/skola-a5.json",
                "layout/images/01-dalalven-morgon.jpg"} <= set(names)
        [pdf_name] = [n for n in names if n.endswith("-tryck.pdf")]
        assert archive.read(pdf_name).startswith(b"%PDF-1.6")
        report = pikepdf.open(io.BytesIO(archive.read("preflight.pdf")))
        assert all(is_embedded(font) for font in fonts(report.pages[0])), "the report embeds its fonts"
        assert archive.read("proof.png").startswith(b"\x89PNG")
        ticket = json.loads(archive.read("job-ticket.json"))
        assert ticket["format_mm"] == [148, 210] and ticket["pages"] == 1 and ticket["quantity"] == 500
        assert ticket["colours"].startswith("CMYK") and ticket["paper"]
        assert "Upplaga: 500 ex" in archive.read("job-ticket.txt").decode()
        layout_json = json.loads(archive.read("layout/skola-a5.json"))
        assert layout_json["slots"]["photo"]["image"] == "images/01-dalalven-morgon.jpg"
        archive.extractall(tmp_path / "unzipped")
    reloaded = load_layout(tmp_path / "unzipped" / "layout" / "skola-a5.json")
    assert build_document(reloaded).warnings == []
    again = tmp_path / "again.zip"
    subprocess.run([sys.executable, "-m", "designer", "package", "layouts/examples/skola-a5.json", "-o",
                    str(again), "--quantity", "500"], check=True, cwd=ROOT, capture_output=True)
    assert again.read_bytes() == out.read_bytes()


def test_a_package_with_a_user_template_and_brand_kit_opens_again_anywhere(tmp_path):
    """A layout on a template kept beside it, with its own brand kit and font: the zip carries
    the template, the kit and the font, so the packed layout exports again to the same page after
    the original folder is gone."""
    import shutil

    import pypdfium2
    from PIL import ImageChops

    from designer.cli import main

    source = tmp_path / "original"
    shutil.copytree(ROOT / "layouts" / "examples" / "editions", source)
    layout = (source / "mote-a5.json").read_text(encoding="utf-8")
    for field, value in {"kandidat": "Anna Berg", "ort": "Falun", "datum": "1 maj", "tid": "18", "plats": "Hus",
                         "roll": "kandidat", "kontakt": "anna@exempel.se", "foto": "foton/alven.jpg"}.items():
        layout = layout.replace("{{%s}}" % field, value)
    data = json.loads(layout)
    data["brand"] = "kit.json"
    (source / "flyer.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    kit = json.loads((ROOT / "assets" / "brand" / "default.json").read_text(encoding="utf-8"))
    kit["fonts"]["text"] = "Egen-Regular.ttf"
    (source / "kit.json").write_text(json.dumps(kit, ensure_ascii=False), encoding="utf-8")
    shutil.copy(ROOT / "assets" / "fonts" / "OpenSans-Regular.ttf", source / "Egen-Regular.ttf")
    assert main(["export", str(source / "flyer.json"), "-o", str(tmp_path / "original.pdf")]) == 0
    assert main(["package", str(source / "flyer.json"), "-o", str(tmp_path / "job.zip")]) == 0
    shutil.rmtree(source)
    with zipfile.ZipFile(tmp_path / "job.zip") as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "print-shop")
    assert {"layout/flyer.json", "layout/a5-event-flyer.json", "layout/brand/brand.json",
            "layout/brand/Egen-Regular.ttf", "layout/images/01-alven.jpg"} <= names
    assert main(["export", str(tmp_path / "print-shop" / "layout" / "flyer.json"), "-o", str(tmp_path / "again.pdf")]) == 0
    pages = [pypdfium2.PdfDocument(str(tmp_path / name))[0].render(scale=0.4).to_pil().convert("RGB")
             for name in ("original.pdf", "again.pdf")]
    assert ImageChops.difference(*pages).getbbox() is None
