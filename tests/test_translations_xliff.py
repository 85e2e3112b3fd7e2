"""The translator round trip in XLIFF 2.0: what `designer translations export` writes (checked
against the XLIFF 2.0 core structure), and what `import` accepts, reports and refuses."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from designer.cli import main
from designer.io.layout_file import load_layout, save_layout
from designer.layout.engine import brand_for, template_for
from designer.model.layout import text_hash
from designer.translations.budget import character_budget, sample_text
from designer.translations.editions import edition_layout, overflowing_frames, slot_statuses

NS = "{urn:oasis:names:tc:xliff:document:2.0}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@pytest.fixture
def layout_path(tmp_path, school_layout_path):
    """The school flyer copied (with its photo path made absolute) so import can rewrite it."""
    layout = load_layout(school_layout_path)
    photo = str((school_layout_path.parent / layout.slot("photo").image).resolve())
    path = tmp_path / "skola.json"
    save_layout(path, layout.with_slot("photo", image=photo))
    return path


def _export(layout_path, tmp_path, lang="ar", name="out.xlf"):
    out = tmp_path / name
    assert main(["translations", "export", str(layout_path), "--lang", lang, "-o", str(out)]) == 0
    return out


def _units(path):
    root = ET.parse(path).getroot()
    return {unit.get("id"): unit for unit in root.iter(f"{NS}unit")}


def test_export_writes_xliff_2_core_structure(layout_path, tmp_path):
    root = ET.parse(_export(layout_path, tmp_path)).getroot()
    assert root.tag == f"{NS}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "sv", "ar")
    files = root.findall(f"{NS}file")
    assert len(files) == 1 and files[0].get("id") and files[0].get("trgDir") == "rtl"
    units = files[0].findall(f"{NS}unit")
    assert [u.get("id") for u in units] == ["slogan", "headline", "body", "bullets", "candidates", "contact"]
    layout = load_layout(layout_path)
    for unit in units:
        # core order: notes, then segment(s); each segment: source, then target
        assert [child.tag for child in unit] == [f"{NS}notes", f"{NS}segment"]
        notes = {n.get("category"): n.text for n in unit.find(f"{NS}notes")}
        assert notes["role"] and "characters fit" in notes["budget"]
        segment = unit.find(f"{NS}segment")
        assert [child.tag for child in segment] == [f"{NS}source", f"{NS}target"]
        source = segment.find(f"{NS}source")
        assert source.get(XML_SPACE) == "preserve"
        assert source.text == layout.slot(unit.get("id")).text
        assert segment.find(f"{NS}target").text == layout.editions["ar"].texts[unit.get("id")].text
        assert segment.get("state") == "translated"


def test_budget_note_is_what_the_engine_fits(layout_path, tmp_path):
    units = _units(_export(layout_path, tmp_path))
    budget = int(units["headline"].find(f"{NS}notes/{NS}note[@category='budget']").text.split()[0])
    layout = load_layout(layout_path)
    brand = brand_for(layout)
    view = edition_layout(layout, "ar", template_for(layout, brand))
    template = template_for(view, brand)
    source = layout.slot("headline").text
    assert budget == character_budget(view, template.frame("headline"), source, template, brand)
    fits = lambda n: not any(w.code == "overflow" and w.frame_id == "headline" for w in _doc(
        view.with_slot("headline", text=sample_text(source, n)), template, brand).warnings)
    assert fits(budget) and not fits(budget + 1)


def _doc(layout, template, brand):
    from designer.layout.engine import build_document

    return build_document(layout, template, brand)


def test_round_trip_export_edit_targets_import_gives_the_edition(layout_path, tmp_path, capsys):
    out = _export(layout_path, tmp_path, lang="fi")
    tree = ET.parse(out)
    finnish = {"slogan": "Eteenpäin!", "headline": "Koulu, jossa jokainen oppilas\nyltää täyteen potentiaaliinsa",
               "body": "Borlängessä keskusta tekee mahdolliseksi koulun, jossa jokainen oppilas saa mahdollisuuden.",
               "bullets": "Haluamme:\n• Kehittää rehtorien johtajuutta\n• Palkata opettaja-avustajia",
               "candidates": "Sören Hellberg · Karin Örjes · Oscar Sjökvist", "contact": "Uutta johtajuutta Borlängeen"}
    for unit in tree.getroot().iter(f"{NS}unit"):
        assert unit.find(f"{NS}segment/{NS}target") is None         # a new language has no targets yet
        segment = unit.find(f"{NS}segment")
        ET.SubElement(segment, f"{NS}target", {XML_SPACE: "preserve"}).text = finnish[unit.get("id")]
    tree.write(out, encoding="utf-8", xml_declaration=True)
    code = main(["translations", "import", str(layout_path), str(out), "--translator", "Aino"])
    assert code == 0, capsys.readouterr().err
    layout = load_layout(layout_path)
    edition = layout.editions["fi"]
    assert {k: v.text for k, v in edition.texts.items()} == finnish
    assert all(v.translator == "Aino" for v in edition.texts.values())
    assert edition.texts["body"].source_hash == text_hash(layout.slot("body").text)
    assert sorted(layout.editions) == ["ar", "en", "fi"]
    # export again: the targets come back, marked translated
    again = _units(_export(layout_path, tmp_path, lang="fi", name="again.xlf"))
    assert again["headline"].find(f"{NS}segment/{NS}target").text == finnish["headline"]


def test_import_reports_missing_stale_and_overflow_by_slot(layout_path, tmp_path, capsys):
    out = _export(layout_path, tmp_path, lang="fi")
    tree = ET.parse(out)
    units = {u.get("id"): u for u in tree.getroot().iter(f"{NS}unit")}
    for frame_id, text in (("headline", "Koulu kaikille " * 30), ("body", "Leipäteksti."), ("slogan", "Eteenpäin!")):
        ET.SubElement(units[frame_id].find(f"{NS}segment"), f"{NS}target").text = text
    units["slogan"].find(f"{NS}segment/{NS}source").text = "Framåt tillsammans!"     # translated an old text
    tree.write(out, encoding="utf-8", xml_declaration=True)
    assert main(["translations", "import", str(layout_path), str(out)]) == 1
    err = capsys.readouterr().err
    assert "bullets: missing" in err and "contact: missing" in err
    assert "slogan: stale" in err and "headline: overflow" in err and "body: overflow" not in err
    layout = load_layout(layout_path)
    template = template_for(layout, brand_for(layout))
    rows = {r.frame_id: r for r in slot_statuses(layout, "fi", template,
                                                  overflowing_frames(layout, "fi", template, brand_for(layout)))}
    assert rows["slogan"].stale and rows["headline"].overflow and rows["bullets"].missing


BAD = {
    "broken XML": b"<xliff version='2.0'><file>",
    "XLIFF 1.2": b"<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'><file/></xliff>",
    "wrong version": b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.1' srcLang='sv' "
                     b"trgLang='ar'><file id='f'/></xliff>",
    "unknown unit": b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='sv' trgLang='ar'>"
                    b"<file id='f'><unit id='nope'><segment><source>a</source><target>b</target></segment></unit>"
                    b"</file></xliff>",
    "wrong source language": b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='en' "
                             b"trgLang='ar'><file id='f'><unit id='headline'><segment><source>a</source>"
                             b"</segment></unit></file></xliff>",
    "no target language": b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='sv'>"
                          b"<file id='f'><unit id='headline'><segment><source>a</source></segment></unit>"
                          b"</file></xliff>",
    "XXE": b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
           b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='sv' trgLang='ar'>"
           b"<file id='f'><unit id='headline'><segment><source>a</source><target>&e;</target></segment>"
           b"</unit></file></xliff>",
    "billion laughs": b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'ha'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>"
                      b"<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]><xliff>&c;</xliff>",
    "target language 'all' (what --lang uses for every language)":
        b"<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='sv' trgLang='all'>"
        b"<file id='f'><unit id='headline'><segment><source>a</source><target>b</target></segment></unit>"
        b"</file></xliff>",
    "not UTF-8": "<?xml version='1.0' encoding='utf-8'?><xliff>å</xliff>".encode("latin-1"),
    "empty": b"",
}


@pytest.mark.parametrize("name", BAD)
def test_bad_xliff_is_one_line_exit_2_and_changes_nothing(layout_path, tmp_path, capsys, name):
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(BAD[name])
    before = layout_path.read_bytes()
    assert main(["translations", "import", str(layout_path), str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("designer: error: bad.xlf") and "\n" not in err and "Traceback" not in err
    assert "root:" not in err                                 # the XXE target was never read
    assert layout_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlf", "skola.json"]


def test_export_needs_a_language_when_there_are_several(layout_path, tmp_path, capsys):
    assert main(["translations", "export", str(layout_path), "-o", str(tmp_path / "x.xlf")]) == 2
    assert "name the language" in capsys.readouterr().err
    assert main(["translations", "export", str(layout_path), "--lang", "sv", "-o", str(tmp_path / "x.xlf")]) == 2
    assert not (tmp_path / "x.xlf").exists()


def test_only_edition_is_the_default(layout_path, tmp_path):
    layout = load_layout(layout_path)
    save_layout(layout_path, replace(layout, editions={"en": layout.editions["en"]}))
    out = tmp_path / "en.xlf"
    assert main(["translations", "export", str(layout_path), "-o", str(out)]) == 0
    assert ET.parse(out).getroot().get("trgLang") == "en"


def test_exported_file_survives_a_copy_and_reimport_unchanged(layout_path, tmp_path):
    out = _export(layout_path, tmp_path, lang="ar")
    before = load_layout(layout_path).editions
    shutil.copy(out, tmp_path / "copy.xlf")
    assert main(["translations", "import", str(layout_path), str(tmp_path / "copy.xlf")]) in (0, 1)
    assert load_layout(layout_path).editions == before
