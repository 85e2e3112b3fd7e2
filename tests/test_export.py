"""Exports by preset: PDF/X by default, proof alias, PNG, office imposition, file names."""
from __future__ import annotations

import pikepdf
from tests.print_layouts import school

from designer.export import export_file, export_layout
from designer.presets import get_preset
from designer.units import to_mm

SCHOOL = "layouts/examples/skola-a5.json"


def test_export_file_defaults_to_pdfx4(tmp_path):
    out = tmp_path / "x.pdf"
    result = export_file(SCHOOL, out)
    assert result.output == out and result.warnings == []
    with pikepdf.open(out) as pdf:
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"


def test_proof_alias_and_png(tmp_path):
    export_file(SCHOOL, tmp_path / "p.pdf", proof=True)
    with pikepdf.open(tmp_path / "p.pdf") as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert [round(to_mm(float(v))) for v in pdf.pages[0].MediaBox] == [0, 0, 148, 210]
    export_file(SCHOOL, tmp_path / "p.png", dpi=30)
    from PIL import Image

    with Image.open(tmp_path / "p.png") as image:
        assert abs(image.width - 148 / 25.4 * 30) <= 1 and abs(image.height - 210 / 25.4 * 30) <= 1


def test_office_printer_two_a5_on_a4_inside_the_printable_area(tmp_path):
    out = tmp_path / "office.pdf"
    export_layout(school(), out, get_preset("office-printer"))
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert [round(to_mm(float(v))) for v in page.MediaBox] == [0, 0, 297, 210]
        assert [round(to_mm(float(v))) for v in page.TrimBox] == [0, 0, 297, 210]
        forms = [x for x in page.Resources.XObject.values() if x.Subtype == "/Form"]
        assert len(forms) == 1
        ops = [(list(o), str(op)) for o, op in pikepdf.parse_content_stream(page)]
        assert [op for _, op in ops].count("Do") == 2
        scales = [float(o[0]) for o, op in ops if op == "cm" and float(o[0]) != 1]
        assert scales and all(abs(s - 200 / 210) < 1e-3 for s in scales)   # 210 mm high A5 in 200 mm
        cut_x = {round(to_mm(float(o[0])), 1) for o, op in ops if op in ("m", "l")}
        assert cut_x == {148.5}          # ticks on the cut between the two copies


def test_file_name_from_preset():
    assert get_preset().output_name("En skola för alla!") == "en-skola-for-alla-tryck.pdf"
    assert get_preset("office-printer").output_name("Äldreomsorg") == "aldreomsorg-utskrift-A4.pdf"
