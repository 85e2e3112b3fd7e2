"""`--lang` on export, batch and merge: one valid PDF/X per language, the mirrored Arabic page
with the logo and printer line where the template pins them, names with the language code."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from tests.pdf_checks import RGB_OPERATORS, box_mm, content_operators, fonts, is_embedded

from designer.cli import main
from designer.export import export_file
from designer.units import mm, to_mm

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = ROOT / "layouts" / "examples" / "skola-a5.json"
EDITIONS = ROOT / "layouts" / "examples" / "editions"
LANGS = ("sv", "ar", "en")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("langs")
    assert main(["export", str(SCHOOL), "--lang", "all", "-o", str(folder / "skola.pdf")]) == 0
    return folder


def test_lang_all_writes_one_pdf_per_language(pdfs):
    assert sorted(p.name for p in pdfs.iterdir()) == sorted(f"skola-{code}.pdf" for code in LANGS)


@pytest.mark.parametrize("code", LANGS)
def test_each_language_is_a_valid_pdfx4(pdfs, code):
    path = pdfs / f"skola-{code}.pdf"
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    with pikepdf.open(path) as pdf:
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFX"
        page = pdf.pages[0]
        assert box_mm(page, "/TrimBox")[2] - box_mm(page, "/TrimBox")[0] == pytest.approx(148, abs=0.01)
        assert "/BleedBox" in page
        assert all(is_embedded(font) for font in fonts(page))
        assert not {op for _, op in content_operators(pdf, page)} & RGB_OPERATORS


def _page(path):
    pdf = pdfplumber.open(path)
    page = pdf.pages[0]
    trim_x = page.page_obj.attrs["TrimBox"][0]
    return pdf, page, trim_x


def _footer_curves(page):
    return sorted((round(c["x0"], 2), round(c["top"], 2)) for c in page.curves if c["top"] > page.height - mm(25))


def test_mirrored_arabic_page_keeps_logo_and_printer_line_where_pinned(pdfs):
    sv_pdf, sv, trim = _page(pdfs / "skola-sv.pdf")
    ar_pdf, ar, _ = _page(pdfs / "skola-ar.pdf")
    with sv_pdf, ar_pdf:
        def first_word(page, text):
            return next((round(w["x0"], 2), round(w["top"], 2)) for w in page.extract_words() if w["text"] == text)

        # the printer line (Swedish in every edition) and the logo stay where the template pins them
        assert first_word(ar, "Tryck:") == first_word(sv, "Tryck:")
        assert to_mm(first_word(ar, "Tryck:")[0] - trim) == pytest.approx(10, abs=0.1)
        logo = _footer_curves(sv)
        assert logo and _footer_curves(ar) == logo
        # the slogan tag (not pinned) moves to the other side: x -> 148 - x - w
        def slogan_box(page):
            box = next(r for r in page.rects if r["non_stroking_color"] == (0.0, 0.2, 0.85, 0.0))
            return to_mm(box["x0"] - trim), to_mm(box["width"])
        (sv_x, width), (ar_x, ar_width) = slogan_box(sv), slogan_box(ar)
        assert sv_x == pytest.approx(10, abs=0.05) and ar_width == pytest.approx(width)
        assert ar_x == pytest.approx(148 - 10 - width, abs=0.05)


def test_english_page_is_not_mirrored_and_has_the_english_text(pdfs):
    en_pdf, en, trim = _page(pdfs / "skola-en.pdf")
    with en_pdf:
        text = en.extract_text()
        assert "A school where every pupil" in text and "Tryck:" in text
        box = next(r for r in en.rects if r["non_stroking_color"] == (0.0, 0.2, 0.85, 0.0))
        assert to_mm(box["x0"] - trim) == pytest.approx(10, abs=0.05)


def test_default_is_the_main_language_byte_for_byte(tmp_path):
    assert main(["export", str(SCHOOL), "-o", str(tmp_path / "cli.pdf")]) == 0
    export_file(SCHOOL, tmp_path / "api.pdf")
    assert (tmp_path / "cli.pdf").read_bytes() == (tmp_path / "api.pdf").read_bytes()
    assert main(["export", str(SCHOOL), "--lang", "sv", "-o", str(tmp_path / "sv.pdf")]) == 0
    assert (tmp_path / "sv.pdf").read_bytes() == (tmp_path / "api.pdf").read_bytes()


def test_unknown_language_is_one_line_and_writes_nothing(tmp_path, capsys):
    assert main(["export", str(SCHOOL), "--lang", "fi", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no 'fi' edition (it has sv, ar, en)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_batch_lang_all_names_each_file_with_its_code(tmp_path):
    out = tmp_path / "out"
    assert main(["batch", str(SCHOOL), str(ROOT / "layouts" / "examples" / "skola-folder.json"),
                 "-o", str(out), "--lang", "all"]) == 0
    assert sorted(p.name for p in out.glob("*.pdf")) == ["skola-a5-ar.pdf", "skola-a5-en.pdf", "skola-a5-sv.pdf",
                                                         "skola-folder-sv.pdf"]
    with pdfplumber.open(out / "skola-a5-en.pdf") as pdf:
        assert "A school where every pupil" in pdf.pages[0].extract_text()


def test_batch_with_a_missing_edition_fails_that_layout_only(tmp_path, capsys):
    assert main(["batch", str(SCHOOL), "-o", str(tmp_path / "out"), "--lang", "fi"]) == 1
    assert "no 'fi' edition" in capsys.readouterr().err


def test_merge_lang_all_makes_every_row_in_every_language(tmp_path):
    shutil.copy(EDITIONS / "a5-event-flyer.json", tmp_path)
    shutil.copytree(EDITIONS / "foton", tmp_path / "foton")
    shutil.copy(EDITIONS / "moten.csv", tmp_path)
    layout = json.loads((EDITIONS / "mote-a5.json").read_text(encoding="utf-8"))
    layout.update(format_version=2, lang="sv", editions={"en": {"slots": {
        "headline": {"text": "Meet {{kandidat}} in {{ort}}"}, "slogan": {"text": "Welcome!"}}}})
    (tmp_path / "mote.json").write_text(json.dumps(layout, ensure_ascii=False), encoding="utf-8")
    rows = len((tmp_path / "moten.csv").read_bytes().splitlines()) - 1
    assert main(["merge", str(tmp_path / "mote.json"), str(tmp_path / "moten.csv"), "-o", str(tmp_path / "out"),
                 "--lang", "all", "--name", "{{ort}}.pdf"]) == 0
    made = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert len(made) == 2 * rows and "Borlänge-en.pdf" in made and "Borlänge-sv.pdf" in made
    with pdfplumber.open(tmp_path / "out" / "Borlänge-en.pdf") as pdf:
        assert "Meet Sören Hellberg in Borlänge" in " ".join(pdf.pages[0].extract_text().split())
    assert main(["merge", str(tmp_path / "mote.json"), str(tmp_path / "moten.csv"), "-o", str(tmp_path / "one"),
                 "--lang", "all", "--single-file"]) == 0
    assert sorted(p.name for p in (tmp_path / "one").glob("*.pdf")) == ["mote-en.pdf", "mote-sv.pdf"]


def _slogan_x_mm(path):
    pdf, page, trim = _page(path)
    with pdf:
        box = next(r for r in page.rects if r["non_stroking_color"] == (0.0, 0.2, 0.85, 0.0))
        return to_mm(box["x0"] - trim)


def test_right_to_left_main_language_prints_mirrored_everywhere(tmp_path):
    data = json.loads(SCHOOL.read_text(encoding="utf-8"))
    data["slots"]["photo"]["image"] = str((SCHOOL.parent / data["slots"]["photo"]["image"]).resolve())
    data.update(lang="ar", editions={})
    layout = tmp_path / "arabi.json"
    layout.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "rows.csv").write_text("ort\nFalun\n", encoding="utf-8")
    assert main(["export", str(layout), "-o", str(tmp_path / "export.pdf")]) == 0
    assert main(["batch", str(layout), "-o", str(tmp_path / "batch")]) == 0
    assert main(["merge", str(layout), str(tmp_path / "rows.csv"), "-o", str(tmp_path / "merge")]) == 0
    for pdf in (tmp_path / "export.pdf", tmp_path / "batch" / "arabi.pdf", tmp_path / "merge" / "arabi-2.pdf"):
        assert _slogan_x_mm(pdf) == pytest.approx(148 - 10 - 38, abs=0.05), pdf
