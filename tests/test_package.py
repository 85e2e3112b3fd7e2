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
