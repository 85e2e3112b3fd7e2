"""Language editions in the layout file: format 2, migration of version 1, the layout seen in one
language, stale and missing marks, and right-to-left mirroring with pinned frames."""
from __future__ import annotations

import json

import pytest

from designer.errors import DesignerError, FileFormatError
from designer.io.layout_file import load_layout, save_layout
from designer.io.template_registry import load_catalog
from designer.layout.engine import brand_for, build_document, template_for
from designer.layout.mirror import mirror_rect, mirror_template
from designer.model.layout import text_hash
from designer.translations.editions import (edition_layout, languages, overflowing_frames, slot_statuses,
                                            translatable_frames,
                                            with_translation)
from designer.units import Rect, mm

V1 = {"format": "designer.layout", "format_version": 1, "template": "a5-flyer",
      "slots": {"headline": {"text": "Rubrik"}}}


@pytest.fixture
def school(school_layout_path):
    return load_layout(school_layout_path)


@pytest.fixture
def template(school):
    return template_for(school, brand_for(school))


def test_version_1_files_are_read_as_swedish_without_editions(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps(V1), encoding="utf-8")
    layout = load_layout(path)
    assert layout.lang == "sv" and layout.editions == {}
    save_layout(path, layout)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format_version"] == 2 and saved["lang"] == "sv"
    assert saved["slots"] == V1["slots"]


def test_editions_round_trip_through_the_file(tmp_path, school):
    path = tmp_path / "again.json"
    save_layout(path, school)
    again = load_layout(path)
    assert again.editions == school.editions
    assert sorted(again.editions) == ["ar", "en"]
    item = again.editions["ar"].texts["headline"]
    assert item.source_hash == text_hash(school.slot("headline").text)
    assert item.translator


@pytest.mark.parametrize("change,field", [
    ({"lang": "Svenska"}, "lang"),
    ({"editions": {"ar": {"slots": {"headline": {"text": 3}}}}}, "editions.ar.slots.headline.text"),
    ({"editions": {"ar": {"slots": {"headline": {"text": "x", "source_hash": "md5:1"}}}}},
     "editions.ar.slots.headline.source_hash"),
    ({"editions": {"sv": {"slots": {}}}}, "editions.sv"),
    ({"format_version": 3}, "format_version"),
])
def test_bad_edition_fields_are_named(tmp_path, change, field):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**V1, "format_version": 2, "lang": "sv", **change}), encoding="utf-8")
    with pytest.raises(FileFormatError) as error:
        load_layout(path)
    assert error.value.located().startswith(f"bad.json: {field}")


def test_edition_view_has_the_translations_and_shares_everything_else(school, template):
    view = edition_layout(school, "en", template)
    assert view.lang == "en" and not view.mirrored and view.editions == {}
    assert view.slot("headline").text == school.editions["en"].texts["headline"].text
    assert view.slot("printer-line").text == school.slot("printer-line").text     # the law's Swedish line
    assert view.slot("photo") == school.slot("photo")
    assert edition_layout(school, None, template).slot("headline").text == school.slot("headline").text
    with pytest.raises(DesignerError, match="no 'fi' edition"):
        edition_layout(school, "fi", template)


def test_printer_line_is_not_translated(template):
    roles = {f.role for f in translatable_frames(template)}
    assert "printer_line" not in roles and {"headline", "body", "bullets"} <= roles


def test_stale_mark_appears_after_the_swedish_text_changes(school, template):
    before = {row.frame_id: row for row in slot_statuses(school, "ar", template)}
    assert not any(row.stale or row.missing for row in before.values())
    changed = school.with_slot("headline", text="En skola för alla i Borlänge")
    after = {row.frame_id: row for row in slot_statuses(changed, "ar", template)}
    assert after["headline"].stale and not after["body"].stale
    retranslated = with_translation(changed, "ar", "headline", "مدرسة للجميع في بورلانغه",
                                    changed.slot("headline").text)
    assert not {r.frame_id: r for r in slot_statuses(retranslated, "ar", template)}["headline"].stale


def test_missing_translation_falls_back_to_the_main_text(school, template):
    layout = with_translation(school, "ar", "body", "", school.slot("body").text)
    rows = {row.frame_id: row for row in slot_statuses(layout, "ar", template)}
    assert rows["body"].missing and not rows["headline"].missing
    assert edition_layout(layout, "ar", template).slot("body").text == school.slot("body").text


def test_overflowing_translation_is_marked(school, template, monkeypatch):
    long = " ".join(["Ett mycket långt ord i rubriken"] * 12)
    layout = with_translation(school, "en", "headline", long, school.slot("headline").text)
    overflowing = overflowing_frames(layout, "en", template, brand_for(layout))
    rows = {row.frame_id: row for row in slot_statuses(layout, "en", template, overflowing)}
    assert rows["headline"].overflow and not rows["body"].overflow


def test_languages_main_first(school):
    assert languages(school) == ["sv", "ar", "en"]


# -- mirroring ------------------------------------------------------------------------------------
def test_mirror_rect_reflects_about_the_page_centre():
    assert mirror_rect(Rect(10, 5, 30, 20), 148) == Rect(108, 5, 30, 20)
    assert mirror_rect(mirror_rect(Rect(1, 2, 3, 4), 100), 100) == Rect(1, 2, 3, 4)


def test_mirror_template_keeps_pinned_frames_and_flips_fold_marks(school):
    brand = brand_for(school)
    flyer = load_catalog(brand).get("a5-flyer")
    mirrored = mirror_template(flyer)
    assert mirrored.frame("logo").rect == flyer.frame("logo").rect                  # "mirror": false
    assert mirrored.frame("printer-line").rect == flyer.frame("printer-line").rect
    slogan = flyer.frame("slogan").rect
    flipped = mirrored.frame("slogan").rect
    assert (flipped.x, flipped.y, flipped.w) == pytest.approx((flyer.width - slogan.right, slogan.y, slogan.w))
    trifold = load_catalog(brand).get("a4-trifold")
    assert mirror_template(trifold).pages[0].fold_marks_mm == tuple(
        sorted(round(297 - x, 6) for x in trifold.pages[0].fold_marks_mm))


def test_arabic_page_is_mirrored_except_pinned_frames(school, template):
    brand = brand_for(school)
    swedish = build_document(edition_layout(school, "sv", template), brand=brand).pages[0].frame_rects
    view = edition_layout(school, "ar", template)
    arabic = build_document(view, template_for(view, brand), brand).pages[0].frame_rects
    width = template.width
    for pinned in ("logo", "printer-line", "candidates", "contact"):
        assert arabic[pinned] == swedish[pinned]
    assert arabic["slogan"] == mirror_rect(swedish["slogan"], width)
    assert arabic["slogan"].x > width / 2 > swedish["slogan"].right


def test_moved_frames_mirror_too(school, template):
    moved = school.with_slot("slogan", rect_mm=(20, 50, 38, 12))
    view = edition_layout(moved, "ar", template)
    assert view.slot("slogan").rect_mm == pytest.approx((148 - 20 - 38, 50, 38, 12))
    rects = build_document(view, brand=brand_for(view)).pages[0].frame_rects
    assert rects["slogan"].x == pytest.approx(mm(148 - 20 - 38))


def test_screen_templates_mirror_in_pixels():
    from designer.model.layout import SavedLayout, Slot

    layout = SavedLayout(template="social-square", lang="fa", slots={"headline": Slot(rect_mm=(60, 100, 500, 200))})
    template = template_for(layout, brand_for(layout))
    view = edition_layout(layout, "fa", template)        # a Persian main language mirrors too
    assert view.mirrored and view.slot("headline").rect_mm == (1080 - 60 - 500, 100, 500, 200)
    rects = build_document(view, brand=brand_for(view)).pages[0].frame_rects
    assert rects["headline"].x == pytest.approx(520)


def test_editing_views(school, template):
    from designer.translations.editions import editing_view

    same, same_template = editing_view(school, None, template)
    assert same is school and same_template is template
    english, english_template = editing_view(school, "en", template)
    assert english_template.frame("headline").locked >= {"content"}
    assert "position" not in english_template.frame("headline").locked
    assert "content" not in english_template.frame("printer-line").locked      # shared, editable
    arabic, arabic_template = editing_view(school, "ar", template)
    assert arabic.mirrored and {"position", "size"} <= arabic_template.frame("photo").locked
    assert arabic_template.frame("slogan").rect == mirror_rect(template.frame("slogan").rect, template.width)
