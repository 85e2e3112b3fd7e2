"""`designer import FILE -o manifesto.json` and `--report`."""
from __future__ import annotations

from designer.cli import main
from designer.io.manifesto_file import load_manifesto
from designer.paths import MANIFESTO

SEED = MANIFESTO / "borlange-brochure.txt"


def test_import_writes_a_manifesto_file(tmp_path, capsys):
    out = tmp_path / "borlange.json"
    assert main(["import", str(SEED), "-o", str(out)]) == 0
    manifesto = load_manifesto(out)
    assert [len(s.bullets) for s in manifesto.sections] == [0, 0, 6, 8, 6, 8]
    assert out.read_text(encoding="utf-8").startswith('{\n  "format": "designer.manifesto",\n'
                                                      '  "format_version": 1,')
    assert capsys.readouterr().out.startswith(f"wrote {out}: 6 sections")


def test_report_lists_sections_and_guesses(capsys):
    assert main(["import", str(SEED), "--report"]) == 0
    report = capsys.readouterr().out
    assert "title:   Nytt ledarskap för Borlänge" in report
    assert "people:  Sören Hellberg, Karin Örjes, Oscar Sjökvist" in report
    assert ("  skola: En skola där varje elev når sin fulla potential — 1 paragraphs, 6 bullets, "
            "lines 52-80") in report
    assert "  inledning: (untitled) — 4 paragraphs, 0 bullets, lines 11-22" in report
    assert "  borlange: Vi för Borlänge framåt — 5 paragraphs, 0 bullets, 2 quotes" in report
    assert ("line 116: heading printed after its section: "
            "'Valfrihet för äldre att själv styra över sin tillvaro'") in report
    assert "uncertain (5):" in report


def test_errors_are_one_line_and_exit_2(tmp_path, capsys):
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"\x00\x01 not word")
    assert main(["import", str(junk), "-o", str(tmp_path / "out.json")]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().count("\n") == 0
    assert captured.err.startswith("designer: error: junk.docx: not a Word .docx file")
    assert "Traceback" not in captured.err
    assert not (tmp_path / "out.json").exists()


def test_unwritable_output_is_a_clean_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["import", str(SEED), "-o", str(blocker / "sub" / "out.json")]) == 2
    assert capsys.readouterr().err.startswith("designer: error: out.json: could not write file")
