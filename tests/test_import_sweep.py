"""The 2026 import QA sweep (/tmp/sweep/import/REPORT.md items 3-5, 8-12, 14): stray
non-UTF-8 bytes, text and XML size limits, empty files, library warnings, control characters,
suspended hyphens before '&' and '(', deep Markdown nesting and DOCTYPE subsets in web pages.
Inputs are built in tmp_path; a refusal is one line naming the file, exit 2 and no output."""
from __future__ import annotations

import random
import warnings
import zipfile

import pytest

import designer.importers
from designer.cli import main
from designer.importers import import_with_notes
from tests.test_import_hostile import refused

SEED = ("Nytt ledarskap för Borlänge\n\n\nSKOLA\nVi vill ha fler lärare och nya idéer för "
        "skolan i Borlänge.\n\nVård och omsorg\nÄldre ska känna sig trygga i vården.\n")
MORE_THAN_A_MILLION = 1_000_001
TOO_MUCH_TEXT = ("the file holds more than 1 000 000 characters of text; a programme is much "
                 "shorter (about 3 000 characters a page), is this the right file?")


def texts(manifesto) -> list[str]:
    """Every text of a manifesto, front matter and sections, in order."""
    found = [manifesto.title, *manifesto.slogans, *manifesto.people]
    for section in manifesto.sections:
        found += [section.title, *section.paragraphs, section.list_intro, *section.bullets,
                  *section.quotes]
    return found


# -- 3: one stray Windows-1252 byte in UTF-8 -----------------------------------------------------
def test_one_cp1252_byte_in_a_utf8_text_file_is_mended_locally(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.encode("utf-8").replace("idé".encode("utf-8"), "idé".encode("cp1252")))
    result = import_with_notes(path)
    manifesto = result.manifesto
    assert manifesto.title == "Nytt ledarskap för Borlänge"
    assert [(s.title, s.paragraphs) for s in manifesto.sections] == [
        ("SKOLA", ["Vi vill ha fler lärare och nya idéer för skolan i Borlänge."]),
        ("Vård och omsorg", ["Äldre ska känna sig trygga i vården."])]
    assert ("1 byte that is not UTF-8 read as Windows-1252 (the first on line 5 of the file); "
            "check the characters there") in [n.message for n in result.notes]


def test_windows_1252_and_utf16_text_files_are_still_read_whole(tmp_path):
    for name, encoding in (("ansi.txt", "cp1252"), ("unicode.txt", "utf-16-le")):
        path = tmp_path / name
        path.write_bytes(SEED.encode(encoding))
        assert import_with_notes(path).manifesto.title == "Nytt ledarskap för Borlänge"


PAGE = ('<!doctype html><html><head>{meta}</head><body><main><h1>Nytt ledarskap för Borlänge</h1>'
        '<h2>Skola</h2><p>Citat från Karin Örjes</p><p>Vi vill ha fler lärare {odd} i skolan.</p>'
        '<ul><li>Införa lärarassistenter</li></ul></main></body></html>')


@pytest.mark.parametrize("meta, odd, stray, expected", [
    ('<meta charset="utf-8">', "", ("Örjes", "Örjes".encode("cp1252")), "Citat från Karin Örjes"),
    ("", "", ("lärare  i", b"l\xc3\xa4rare \x81 i"), "Vi vill ha fler lärare i skolan."),
], ids=["declared-utf8-stray", "undeclared-0x81"])
def test_web_page_in_utf8_with_a_stray_byte_stays_utf8(tmp_path, meta, odd, stray, expected):
    path = tmp_path / "page.html"
    text, raw = stray
    path.write_bytes(PAGE.format(meta=meta, odd=odd).encode("utf-8").replace(text.encode("utf-8"), raw))
    manifesto = import_with_notes(path).manifesto
    assert manifesto.title == "Nytt ledarskap för Borlänge"
    [section] = manifesto.sections
    assert expected in section.paragraphs
    assert section.bullets == ["Införa lärarassistenter"]


def test_web_page_declaring_latin1_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; '
                                      'charset=iso-8859-1">', odd="–").encode("cp1252"))
    [section] = import_with_notes(path).manifesto.sections
    assert "Vi vill ha fler lärare – i skolan." in section.paragraphs


# -- 5 and 4: text and XML size limits ----------------------------------------------------------
def test_text_file_over_the_text_budget_is_refused(tmp_path, capsys):
    path = tmp_path / "dense.txt"
    block = "Skola\nVi vill ha fler lärare.\n\n"
    path.write_text(block * (MORE_THAN_A_MILLION // len(block) + 1), encoding="utf-8")
    assert path.stat().st_size < 2 * 2**20
    assert refused(path, tmp_path, capsys) == f"designer: error: dense.txt: {TOO_MUCH_TEXT}"


def test_web_page_over_the_text_budget_is_refused(tmp_path, capsys):
    path = tmp_path / "dense.html"
    path.write_text("<html><body><h2>Rubrik</h2>" + ("<p>" + "Text om skolan. " * 4 + "</p>") * 20_000
                    + "</body></html>", encoding="utf-8")
    assert refused(path, tmp_path, capsys) == f"designer: error: dense.html: {TOO_MUCH_TEXT}"


def test_docx_over_the_text_budget_is_refused(tmp_path, capsys):
    import docx

    document = docx.Document()
    for _ in range(11):
        document.add_paragraph("Vi vill ha fler lärare. " * 4_000)
    path = tmp_path / "long.docx"
    document.save(str(path))
    assert refused(path, tmp_path, capsys) == f"designer: error: long.docx: {TOO_MUCH_TEXT}"


@pytest.mark.parametrize("name, part", [("big.docx", "word/document.xml"), ("big.odt", "content.xml")])
def test_main_xml_part_over_20_mb_is_refused_from_the_zip_directory(tmp_path, capsys, name, part):
    words = ["".join(random.Random(n).choices("abcdefghijklmnopqrstuvwxyzåäö", k=7)) for n in range(3000)]
    pick = random.Random(3).choice
    path = tmp_path / name
    xml = "".join(f"<w:r><w:t>{pick(words)} </w:t></w:r>" for _ in range(700_000)).encode()
    assert 20 * 2**20 < len(xml) < 25 * 2**20
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:  # packs about 5:1: no zip bomb
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr(part, xml)
    assert path.stat().st_size < 5 * 2**20  # well under the 20 MB file limit
    assert refused(path, tmp_path, capsys) == (
        f"designer: error: {name}: {part} unpacks to {len(xml) / 2**20:.0f} MB, more than the 20 MB "
        "the importer reads; a programme is much smaller, is this the right file?")


# -- 9 and 10: no text; library warnings -----------------------------------------------------
@pytest.mark.parametrize("name, data", [
    ("empty.txt", b""), ("blank.txt", b"  \n\t\n\f\n\n\n"), ("empty.md", b"\n\n"),
    ("empty.html", b""), ("blank.html", b"<html><body>  <p> </p></body></html>"),
])
def test_a_file_without_text_is_refused(tmp_path, capsys, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert refused(path, tmp_path, capsys) == f"designer: error: {name}: the file holds no text to import"


def test_library_warnings_go_to_the_log_not_the_terminal(tmp_path, capsys, monkeypatch):
    original = designer.importers.import_text

    def chatty(*args, **kwargs):
        warnings.warn("Some characters could not be decoded", UserWarning)
        return original(*args, **kwargs)

    monkeypatch.setattr(designer.importers, "import_text", chatty)
    path = tmp_path / "seed.txt"
    path.write_text(SEED, encoding="utf-8")
    with warnings.catch_warnings(record=True) as escaped:
        warnings.simplefilter("always")
        assert main(["import", str(path), "-o", str(tmp_path / "out.json")]) == 0
    assert escaped == [] and capsys.readouterr().err == ""


# -- 11: control characters ------------------------------------------------------------------
BODY = "Skolan ska vara trygg\x00\x00 för alla \x1b[31m och\x85 ge arbetsro.\x07 " + "Fler lärare. " * 10


@pytest.mark.parametrize("name, data", [
    ("ctrl.txt", f"SKOLA\x1b]0;pwned\x07\n{BODY}\n"),
    ("ctrl.md", f"## SKOLA\x1b]0;pwned\x07\n\n{BODY}\n"),
    ("ctrl.html", f"<html><body><h2>SKOLA\x1b]0;pwned\x07</h2><p>{BODY}</p></body></html>"),
], ids=["text", "markdown", "html"])
def test_control_characters_are_removed_on_import(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    [section] = import_with_notes(path).manifesto.sections
    assert (section.title, section.paragraphs) == (
        "SKOLA]0;pwned", ["Skolan ska vara trygg för alla [31m och ge arbetsro." + " Fler lärare." * 10])


def test_report_never_prints_raw_control_characters(tmp_path, capsys, monkeypatch):
    from designer.cli.import_ import format_report

    path = tmp_path / "seed.txt"
    path.write_text(SEED, encoding="utf-8")
    result = import_with_notes(path)
    result.manifesto.sections[0].title = "SKOLA\x1b]0;pwned\x07 OCH \x1b[2J\x9b"
    report = format_report(result)
    assert "SKOLA\\x1b]0;pwned\\x07 OCH \\x1b[2J\\x9b" in report
    assert not any(ord(ch) < 32 and ch != "\n" or 0x7f <= ord(ch) < 0xa0 for ch in report)


# -- 12: suspended hyphen before a non-letter --------------------------------------------------
def test_suspended_hyphen_before_ampersand_or_parenthesis_keeps_its_space(tmp_path):
    path = tmp_path / "hyph.txt"
    path.write_text("TRYGGHET\nVi vill att kultur-\n& fritidsförvaltningen och vård-\n(och omsorgs)"
                    "boenden samarbetar med polisen i covid-\n19-tider.\n", encoding="utf-8")
    [section] = import_with_notes(path).manifesto.sections
    assert section.paragraphs == ["Vi vill att kultur- & fritidsförvaltningen och vård- (och "
                                  "omsorgs)boenden samarbetar med polisen i covid-19-tider."]


# -- 8: Markdown nested deeper than markdown-it reads --------------------------------------------
def test_markdown_list_nested_25_deep_keeps_every_item_and_what_follows(tmp_path):
    path = tmp_path / "deep.md"
    path.write_text("# Titel\n\n## Skola\n\nVi vill:\n\n"
                    + "".join("  " * i + f"- punkt {i}\n" for i in range(25)) + "\nSlut.\n",
                    encoding="utf-8")
    result = import_with_notes(path)
    found = texts(result.manifesto)
    assert all(f"punkt {i}" in found for i in range(25)) and "Slut." in found
    assert result.manifesto.sections[0].bullets == [f"punkt {i}" for i in range(25)]
    assert any("nested more than 20 levels deep" in n.message for n in result.notes)


def test_markdown_quote_nested_25_deep_is_kept(tmp_path):
    path = tmp_path / "deep.md"
    path.write_text("# Titel\n\n## Skola\n\nVi vill ha fler lärare.\n\n" + ">" * 25
                    + " Citat om skolan.\n\nMer text efter citatet.\n", encoding="utf-8")
    [section] = import_with_notes(path).manifesto.sections
    assert section.quotes == ["Citat om skolan."]
    assert section.paragraphs == ["Vi vill ha fler lärare.", "Mer text efter citatet."]


# -- 14: DOCTYPE internal subset in a web page ------------------------------------------------
def test_web_page_doctype_subset_and_its_entities_are_dropped(tmp_path):
    path = tmp_path / "lol.html"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                    '<!ENTITY lol1 "&lol;&lol;&lol;">]>\n<html><body><h2>Skola</h2>'
                    '<p>Riktig text &amp; mer.</p><p>&lol1;</p></body></html>', encoding="utf-8")
    [section] = import_with_notes(path).manifesto.sections
    assert (section.title, section.paragraphs) == ("Skola", ["Riktig text & mer."])


def test_web_page_with_too_many_elements_is_refused_before_parsing(tmp_path, capsys):
    path = tmp_path / "tags.html"
    path.write_text("<html><body>" + "<h2>R</h2><p>t</p>" * 130_000 + "</body></html>", encoding="utf-8")
    assert refused(path, tmp_path, capsys) == (
        "designer: error: tags.html: the page has more than 250 000 elements; a programme is much "
        "smaller, is this the right file?")


def test_a_pipe_or_device_is_refused_without_reading_it(tmp_path, capsys):
    """A named pipe would block the import forever and /dev/zero never ends: both are refused as
    not regular files before a byte is read."""
    import os

    pipe = tmp_path / "programme.txt"
    os.mkfifo(pipe)
    assert refused(pipe, tmp_path, capsys) == (
        "designer: error: programme.txt: not a regular file (a device, pipe or socket)")
    assert refused("/dev/zero", tmp_path, capsys).endswith("zero: not a regular file (a device, pipe or socket)")


def test_the_import_never_writes_over_its_own_input_or_a_photo(tmp_path, capsys):
    source = tmp_path / "program.txt"
    source.write_text("RUBRIK\nText om skolan.\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(source)]) == 2
    assert main(["import", str(source), "-o", str(tmp_path / "foto.jpg")]) == 2
    assert source.read_text(encoding="utf-8") == "RUBRIK\nText om skolan.\n"
    assert not (tmp_path / "foto.jpg").exists()
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == ["designer: error: program.txt: --output: expected a file ending in .json",
                     "designer: error: foto.jpg: --output: expected a file ending in .json"]
