"""Careless and malicious web pages, OpenDocument and Markdown files: a clear one-line error
(exit 2, no file written) or a sane import, never a traceback or unbounded work."""
from __future__ import annotations

import zipfile

import pytest

from designer.cli import main
from designer.importers import import_file, import_with_notes

ODT_MIME = "application/vnd.oasis.opendocument.text"
CONTENT_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>')
CONTENT_TAIL = "</office:text></office:body></office:document-content>"


def odt(path, content: str | bytes, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as package:
        package.writestr("mimetype", ODT_MIME, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
    return path


def refused(path, tmp_path, capsys) -> str:
    """Run `designer import` on a file expected to be refused; the one error line."""
    out = tmp_path / "out.json"
    assert main(["import", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
    return err.strip()


# -- OpenDocument ------------------------------------------------------------------------------
def test_odt_headings_lists_and_styles(tmp_path):
    body = ('<text:p text:style-name="Title">Programmet</text:p>'
            '<text:h text:outline-level="1">Skola</text:h>'
            '<text:p>Vi vill<text:s text:c="3"/>mer.<text:note><text:note-body><text:p>fotnot'
            '</text:p></text:note-body></text:note></text:p>'
            '<text:list><text:list-item><text:p>Fler lärare</text:p></text:list-item>'
            '<text:list-item><text:p>Mindre klasser</text:p></text:list-item></text:list>')
    manifesto = import_file(odt(tmp_path / "p.odt", CONTENT_HEAD + body + CONTENT_TAIL))
    assert manifesto.title == "Programmet"
    [section] = manifesto.sections
    assert (section.title, section.paragraphs, section.bullets) == (
        "Skola", ["Vi vill mer."], ["Fler lärare", "Mindre klasser"])


def test_odt_zip_bomb(tmp_path, capsys):
    path = odt(tmp_path / "bomb.odt", CONTENT_HEAD + " " * (30 * 2**20) + CONTENT_TAIL)
    assert path.stat().st_size < 2**20
    assert "zip bomb" in refused(path, tmp_path, capsys)


def test_odt_entity_expansion_is_refused(tmp_path, capsys):
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;">]>'
              '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
              '&c;</office:document-content>')
    assert "DOCTYPE is not allowed" in refused(odt(tmp_path / "laughs.odt", laughs), tmp_path, capsys)


def test_odt_deep_nesting_and_broken_xml(tmp_path, capsys):
    deep = CONTENT_HEAD + "<text:span>" * 100_000 + "x" + "</text:span>" * 100_000 + CONTENT_TAIL
    stored = odt(tmp_path / "deep.odt", deep, zipfile.ZIP_STORED)  # not a zip bomb: stored as is
    assert "content.xml: not readable XML" in refused(stored, tmp_path, capsys)
    broken = odt(tmp_path / "broken.odt", CONTENT_HEAD + "<text:p>unclosed")
    assert "content.xml: not readable XML" in refused(broken, tmp_path, capsys)


def test_odt_that_is_not_a_zip_or_has_no_content(tmp_path, capsys):
    fake = tmp_path / "fake.odt"
    fake.write_text("plain text in disguise")
    assert "not an OpenDocument .odt file (it is not a zip package)" in refused(fake, tmp_path, capsys)
    empty = tmp_path / "empty.odt"
    with zipfile.ZipFile(empty, "w") as package:
        package.writestr("mimetype", ODT_MIME)
    assert "no content.xml inside" in refused(empty, tmp_path, capsys)


def test_odt_sniffed_without_its_extension(tmp_path):
    path = odt(tmp_path / "program.bin", CONTENT_HEAD + '<text:h text:outline-level="2">Miljö'
               '</text:h><text:p>Rent vatten i alla sjöar.</text:p>' + CONTENT_TAIL)
    assert [s.title for s in import_file(path).sections] == ["Miljö"]


# -- web pages ---------------------------------------------------------------------------------
def test_html_wrong_declared_encoding_is_read(tmp_path):
    page = ('<html><head><meta charset="utf-8"></head><body><h2>Miljö och klimat</h2>'
            '<p>Vi vill ha renare sjöar i hela kommunen för alla som bor här.</p></body></html>')
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))  # says UTF-8, is Windows-1252
    [section] = import_file(path).sections
    assert section.title == "Miljö och klimat"
    assert section.paragraphs == ["Vi vill ha renare sjöar i hela kommunen för alla som bor här."]


def test_html_deep_nesting_is_refused_not_truncated(tmp_path, capsys):
    path = tmp_path / "deep.html"
    path.write_text("<html><body><main><h2>Rubrik</h2>" + "<div>" * 200_000 + "<p>Djup text.</p>"
                    + "</div>" * 200_000 + "<p>Efter.</p></main></body></html>", encoding="utf-8")
    assert "nested more than 250 elements deep" in refused(path, tmp_path, capsys)
    fine = tmp_path / "fine.html"
    fine.write_text("<main><h2>Rubrik</h2>" + "<div>" * 100 + "<p>Djup text.</p>" + "</div>" * 100
                    + "<ul>" + "<li>punkt<ul>" * 40 + "</main>", encoding="utf-8")
    [section] = import_file(fine).sections
    assert section.paragraphs == ["Djup text."] and section.bullets == ["punkt"] * 40


def test_html_binary_junk_is_refused(tmp_path, capsys):
    path = tmp_path / "junk.html"
    path.write_bytes(b"<html>" + bytes(range(256)) * 400)
    assert "does not look like a web page" in refused(path, tmp_path, capsys)


def test_html_clutter_is_dropped(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(
        '<!doctype html><body><nav>Hem Politik</nav><div id="cookie-consent"><p>Kakor?</p></div>'
        '<article><header><h1>Vårt program</h1></header><p>Inledning till programmet.</p>'
        '<section><h2>Skola</h2><p style="display:none">dold</p><p>Skolan först.</p>'
        '<ol><li>Fler lärare</li><li>Läxhjälp</li></ol></section></article>'
        '<aside><p>Bli medlem!</p></aside><footer><p>© 2026</p></footer>'
        '<script>document.write("<p>skript</p>")</script></body>', encoding="utf-8")
    result = import_with_notes(path)
    assert [str(n) for n in result.notes] == [
        "content read from <article>; left out: <p>",
        "line 1: the page's only <h1> taken as the title: 'Vårt program'"]
    manifesto = result.manifesto
    assert manifesto.title == "Vårt program"
    assert [(s.title, s.paragraphs, s.bullets) for s in manifesto.sections] == [
        ("", ["Inledning till programmet."], []),
        ("Skola", ["Skolan först."], ["Fler lärare", "Läxhjälp"])]


# -- Markdown ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    ">" * 200_000 + " citat",
    "- " * 100_000 + "punkt",
    "[" * 20_000 + "](x)",
    "*a" * 20_000,
    "# Rubrik\n\n" + "text " * 200_000,
], ids=["quotes", "lists", "links", "emphasis", "long"])
def test_markdown_nesting_and_size_stay_sane(tmp_path, text):
    path = tmp_path / "hostile.md"
    path.write_text(text, encoding="utf-8")
    manifesto = import_file(path)
    assert all(len(s.bullets) <= 1 for s in manifesto.sections)


def test_markdown_over_a_megabyte_is_refused(tmp_path, capsys):
    path = tmp_path / "huge.md"
    path.write_text("*a" * 2**20, encoding="utf-8")
    assert "Markdown file is larger than 1 MB" in refused(path, tmp_path, capsys)


def test_markdown_in_a_wrong_encoding_is_decoded(tmp_path):
    path = tmp_path / "program.md"
    path.write_bytes("## Äldreomsorg\n\nTrygg vård för äldre i hela kommunen.\n\n1. Fler händer\n"
                     .encode("cp1252"))
    [section] = import_file(path).sections
    assert (section.title, section.bullets) == ("Äldreomsorg", ["Fler händer"])
