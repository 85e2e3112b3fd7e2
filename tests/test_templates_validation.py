"""Template files: located validation errors, and the user template folder merged with the shipped one."""
from __future__ import annotations

import json

import pytest

from designer import paths
from designer.cli import main
from designer.errors import DesignerError
from designer.io.brand_file import load_brand
from designer.io.template_file import load_template
from designer.io.template_registry import load_catalog, user_template_dir


def _template(**changes) -> dict:
    data = json.loads((paths.LAYOUTS / "a5-flyer.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _error(path) -> str:
    with pytest.raises(DesignerError) as info:
        load_template(path, load_brand())
    return info.value.located()


def test_unknown_role_names_file_and_field(tmp_path):
    data = _template()
    data["pages"][0]["frames"][3]["role"] = "rubrik"
    message = _error(_write(tmp_path, "roll.json", data))
    assert message.startswith("roll.json: pages[0].frames[3].role: expected a known role")


def test_frame_outside_the_page_names_file_and_field(tmp_path):
    data = _template()
    data["pages"][0]["frames"][4]["rect"] = [10, 200, 128, 30]
    assert _error(_write(tmp_path, "utanfor.json", data)) == \
        "utanfor.json: pages[0].frames[4].rect: frame lies outside the page"


def test_missing_swatch_names_file_and_field(tmp_path):
    data = _template()
    data["pages"][0]["frames"][3]["style"]["color"] = "lila"
    assert _error(_write(tmp_path, "farg.json", data)) == \
        "farg.json: pages[0].frames[3].style.color: unknown swatch 'lila'"


def test_missing_fill_swatch_and_unknown_font_are_located(tmp_path):
    data = _template()
    data["pages"][0]["frames"][0]["fill"] = "guld"
    assert _error(_write(tmp_path, "fyll.json", data)) == "fyll.json: pages[0].frames[0].fill: unknown swatch 'guld'"
    data = _template()
    data["pages"][0]["frames"][3]["style"]["font"] = "comic"
    assert _error(_write(tmp_path, "font.json", data)).startswith("font.json: pages[0].frames[3].style.font: unknown font")


def test_templates_have_no_references_so_duplicate_ids_are_the_cross_frame_check(tmp_path):
    """Templates do not refer to each other or between frames (no extends, no text flow), so no
    reference can form a cycle; the cross-frame rule that exists is that frame ids are unique."""
    data = _template()
    data["pages"][0]["frames"][5]["id"] = "headline"
    assert _error(_write(tmp_path, "dubbel.json", data)) == \
        "dubbel.json: pages[0].frames[5].id: duplicate frame id 'headline'"
    data = _template(extends="a5-flyer")
    assert "extends" in _error(_write(tmp_path, "arv.json", data))


def test_screen_template_needs_pixel_size_and_rejects_bad_values(tmp_path):
    data = _template(kind="screen")
    assert _error(_write(tmp_path, "skarm.json", data)) == "skarm.json: size_px: a screen template needs size_px"
    data = _template(bleed_mm=-3)
    assert _error(_write(tmp_path, "utfall.json", data)) == \
        "utfall.json: bleed_mm: expected a bleed from 0 to 20 mm"


def test_broken_json_names_file_and_line(tmp_path):
    path = tmp_path / "trasig.json"
    path.write_text('{"format": "designer.template",\n  "id": }', encoding="utf-8")
    assert _error(path).startswith("trasig.json: invalid JSON at line 2")


def test_user_templates_are_merged_and_a_broken_one_is_skipped(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path))
    folder = user_template_dir()
    _write(folder, "egen.json", _template(id="egen-a5", name="Egen A5"))
    broken = _template(id="trasig")
    broken["pages"][0]["frames"][2]["fill"] = "okand"
    _write(folder, "trasig.json", broken)
    catalog = load_catalog()
    assert "egen-a5" in catalog.templates and "a4-trifold" in catalog.templates
    assert "trasig" not in catalog.templates
    assert catalog.problems == ["trasig.json: pages[0].frames[2].fill: unknown swatch 'okand'"]
    assert main(["templates"]) == 0
    captured = capsys.readouterr()
    assert "egen-a5" in captured.out
    assert "trasig.json: pages[0].frames[2].fill" in captured.err


def test_a_user_template_may_replace_a_shipped_one_by_id(tmp_path, monkeypatch):
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path))
    _write(user_template_dir(), "min-a5.json", _template(name="Min A5"))
    assert load_catalog().get("a5-flyer").name == "Min A5"


def test_unknown_template_id_lists_the_available_ones():
    with pytest.raises(DesignerError) as info:
        load_catalog().get("a7-flyer")
    assert "a5-flyer" in str(info.value) and "template" in info.value.located()
