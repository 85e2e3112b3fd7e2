"""Converting a layout to another format: content moves by role, nothing is lost, locks hold."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from designer.cli import main
from designer.convert import convert_layout
from designer.io.layout_file import load_layout
from designer.io.template_registry import load_catalog

CATALOG = load_catalog()
SOURCE = CATALOG.get("a5-flyer")


@pytest.fixture(scope="module")
def school():
    from pathlib import Path

    return load_layout(Path(__file__).resolve().parent.parent / "layouts" / "examples" / "skola-a5.json")


def _arrived(layout, text: str) -> bool:
    """True if `text` is in a slot or kept in meta.unplaced."""
    kept = [entry.get("text") for entry in layout.meta.get("unplaced", [])]
    return any(slot.text == text for slot in layout.slots.values()) or text in kept


@pytest.mark.parametrize("target_id", sorted(set(CATALOG.templates) - {"a5-flyer"}))
def test_school_flyer_converts_to_every_template(target_id, school):
    target = CATALOG.get(target_id)
    new, report = convert_layout(school, SOURCE, target)
    assert new.template == target_id
    for frame_id in ("headline", "body", "bullets"):
        assert _arrived(new, school.slot(frame_id).text), frame_id
    headline = target.frames_with_role("headline")[0].id
    assert new.slot(headline).text == school.slot("headline").text
    for role in ("body", "bullets"):
        frames = target.frames_with_role(role)
        if frames:
            assert new.slot(frames[0].id).text == school.slot(role).text
        else:
            assert role in {entry["role"] for entry in report.unplaced}
    photo = target.frames_with_role("photo")[0].id
    assert new.slot(photo).focus == (0.62, 0.45)
    assert new.meta["converted_from"] == "a5-flyer"


def test_flyers_and_leaflets_receive_everything_and_fit(school):
    for template in CATALOG.templates.values():
        if template.group in ("flyers", "leaflets") and template.id != "a5-flyer":
            new, report = convert_layout(school, SOURCE, template)
            assert report.unplaced == [], template.id
            assert [w.code for w in report.warnings if w.code == "overflow"] == [], template.id


def test_unplaced_content_comes_back_when_converting_to_a_roomier_format(school):
    poster, report = convert_layout(school, SOURCE, CATALOG.get("poster-a1"))
    assert {entry["role"] for entry in poster.meta["unplaced"]} == {"body", "bullets"}
    assert any("not placed" in line and "bullets" in line for line in report.lines())
    back, report = convert_layout(poster, CATALOG.get("poster-a1"), CATALOG.get("a4-flyer"))
    assert back.slot("body").text == school.slot("body").text
    assert back.slot("bullets").text == school.slot("bullets").text
    assert "unplaced" not in back.meta and report.unplaced == []


def test_a_content_locked_target_frame_keeps_its_content(school):
    target = CATALOG.get("a4-flyer")
    pages = tuple(replace(page, frames=tuple(replace(f, locked=f.locked | {"content"}) if f.id == "body" else f
                                              for f in page.frames)) for page in target.pages)
    new, report = convert_layout(school, SOURCE, replace(target, pages=pages))
    assert "body" not in new.slots
    assert [entry["role"] for entry in report.unplaced] == ["body"]


def test_overflow_in_the_target_is_reported(school):
    long_text = " ".join([school.slot("bullets").text] * 4)
    new, report = convert_layout(school.with_slot("bullets", text=long_text), SOURCE, CATALOG.get("dl-flyer"))
    assert ("bullets", "overflow") in [(w.frame_id, w.code) for w in report.warnings]
    assert new.slot("bullets").text == long_text


def test_cli_convert_writes_a_layout_that_exports(tmp_path, school_layout_path, capsys):
    out = tmp_path / "ut" / "affisch.json"
    assert main(["convert", str(school_layout_path), "--to", "poster-a3", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["template"] == "poster-a3"
    converted = load_layout(out)
    assert (out.parent / converted.slot("photo").image).resolve().is_file()
    assert converted.slot("headline").text.startswith("En skola")
    assert main(["export", str(out), "-o", str(tmp_path / "affisch.pdf")]) == 0
    assert "a5-flyer -> poster-a3" in capsys.readouterr().out


def test_cli_convert_to_an_unknown_template_is_one_located_line(tmp_path, school_layout_path, capsys):
    assert main(["convert", str(school_layout_path), "--to", "a9", "-o", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("designer: error: template: unknown template 'a9'") and err.count("\n") == 1
    assert not (tmp_path / "x.json").exists()
