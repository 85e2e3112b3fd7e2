"""Filling frames by role from a manifesto section; content locks are respected."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from designer.fill import fill_section, sample_layout
from designer.io.manifesto_file import load_manifesto
from designer import paths
from designer.io.template_registry import load_catalog
from designer.model.layout import SavedLayout

CATALOG = load_catalog()
SECTION = {"id": "skola", "title": "En bättre skola", "paragraphs": ["Första stycket.", "Andra stycket."],
           "list_intro": "Vi vill:", "bullets": ["Fler lärare", "Lagad mat"], "quotes": []}
MANIFESTO = {"title": "Nytt ledarskap", "slogans": ["Framåt!"], "people": ["Anna A", "Bo B"], "sections": [SECTION]}


def _lock_content(template, frame_id):
    pages = []
    for page in template.pages:
        frames = tuple(replace(f, locked=f.locked | {"content"}) if f.id == frame_id else f for f in page.frames)
        pages.append(replace(page, frames=frames))
    return replace(template, pages=tuple(pages))


def test_section_dict_goes_into_headline_body_and_bullets():
    template = CATALOG.get("a5-flyer")
    layout = fill_section(SavedLayout("a5-flyer"), template, SECTION, MANIFESTO)
    assert layout.slot("headline").text == "En bättre skola"
    assert layout.slot("body").text == "Första stycket.\nAndra stycket."
    assert layout.slot("bullets").text == "Vi vill:\n• Fler lärare\n• Lagad mat"
    assert layout.slot("slogan").text == "Framåt!"
    assert layout.slot("candidates").text == "Anna A · Bo B"


def test_section_object_with_attributes_works_the_same():
    template = CATALOG.get("a5-flyer")
    section = SimpleNamespace(**SECTION)
    manifesto = SimpleNamespace(title="Nytt ledarskap", slogans=["Framåt!"], people=["Anna A"], sections=[section])
    from_object = fill_section(SavedLayout("a5-flyer"), template, section, manifesto)
    assert from_object.slot("bullets").text == "Vi vill:\n• Fler lärare\n• Lagad mat"
    assert from_object.slot("candidates").text == "Anna A"


def test_slogan_and_people_only_fill_empty_frames():
    template = CATALOG.get("a5-flyer")
    layout = SavedLayout("a5-flyer").with_slot("slogan", text="Nu!")
    layout = fill_section(layout, template, SECTION, MANIFESTO)
    assert layout.slot("slogan").text == "Nu!"


def test_a_content_locked_frame_is_never_written():
    template = _lock_content(CATALOG.get("a5-flyer"), "headline")
    layout = SavedLayout("a5-flyer").with_slot("headline", text="Fast rubrik")
    layout = fill_section(layout, template, SECTION, MANIFESTO)
    assert layout.slot("headline").text == "Fast rubrik"
    assert layout.slot("body").text == "Första stycket.\nAndra stycket."


def test_without_bullets_in_the_section_no_intro_is_written():
    template = CATALOG.get("a5-flyer")
    layout = fill_section(SavedLayout("a5-flyer"), template, {"title": "Rubrik", "paragraphs": ["Text."],
                                                              "list_intro": "Vi vill:", "bullets": []})
    assert "bullets" not in layout.slots


def test_sample_layout_is_complete_for_every_template():
    manifesto = load_manifesto(paths.MANIFESTO / "borlange.json")
    for template in CATALOG.templates.values():
        layout = sample_layout(template, manifesto)
        assert layout.template == template.id
        headline = template.frames_with_role("headline")
        if headline:
            assert layout.slot(headline[0].id).text == "En skola där varje elev når sin fulla potential"
        for frame in template.frames_with_role("printer_line"):
            assert layout.slot(frame.id).text.startswith("Tryck: ")
        for frame in template.frames_with_role("photo"):
            assert layout.slot(frame.id).image == "assets/images/dalalven-morgon.jpg"
        for frame in template.frames_with_role("qr"):
            assert layout.slot(frame.id).url.startswith("https://")


def test_a_four_page_leaflet_gets_a_second_section_on_page_three():
    layout = sample_layout(CATALOG.get("a4-folded-a5"))
    assert layout.slot("headline").text.startswith("En skola")
    assert layout.slot("headline-2").text.startswith("Valfrihet")
    assert layout.slot("bullets-2").text.startswith("Vi vill:\n• ")
