"""The model side of the volunteer's path: campaign profile, filling a new layout from a section,
growing the slogan frame, cropping numbers, social pictures and the photo-edge preflight check."""
from __future__ import annotations

from PIL import Image

from designer import paths
from designer.crop import pan_focus, zoom_step
from designer.fill import add_item, fill_profile, fit_text_frame, start_layout
from designer.io.layout_file import load_layout
from designer.io.manifesto_file import load_manifesto
from designer.io.template_registry import load_catalog
from designer.layout.engine import brand_for, build_document, template_for
from designer.preflight import apply_fix, check_layout
from designer.presets import get_preset
from designer.profile import CampaignProfile, load_profile, profile_file, save_profile
from designer.social import social_images
from designer.units import Rect

PROFILE = CampaignProfile("Centerpartiet Borlänge", "Tryckeriet AB", "Borlänge", "borlange@centerpartiet.se")


def _school():
    layout = load_layout(paths.EXAMPLES / "skola-a5.json")
    brand = brand_for(layout)
    return layout, template_for(layout, brand), brand


def test_profile_round_trip_and_hostile_files(tmp_path, monkeypatch):
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path))
    assert load_profile() is None
    save_profile(CampaignProfile("Org\n  med radbrytning", "x" * 500, "Borlänge", "kontakt"))
    loaded = load_profile()
    assert loaded.organisation == "Org med radbrytning" and len(loaded.printer) == 200
    for bad in (b"\xff\xfe", b"[1, 2]", b'{"printer": 5}', b"{" * 100000, b'{"printer": "a"'):
        profile_file().write_bytes(bad)
        profile = load_profile()
        assert profile is None or profile == CampaignProfile()


def test_start_layout_fills_section_profile_and_photo(tmp_path):
    manifesto = load_manifesto(paths.MANIFESTO / "borlange.json")
    catalog = load_catalog(brand_for(load_layout(paths.EXAMPLES / "skola-a5.json")))
    template = catalog.get("a5-flyer")
    photo = str(paths.ASSETS / "images" / "dalalven-morgon.jpg")
    layout = start_layout(template, manifesto.section("foretagande"), manifesto, PROFILE, 2027, photo)
    assert layout.slot("headline").text.startswith("Företagande")
    assert layout.slot("printer-line").text == "Tryck: Tryckeriet AB, Borlänge 2027"
    assert layout.slot("contact").text == "Centerpartiet Borlänge · borlange@centerpartiet.se"
    assert layout.slot("photo").image == photo
    assert layout.slot("bullets").text.count("• ") >= 2
    # a later year brings the same printer's line up to date; somebody else's line is kept
    assert fill_profile(layout, template, PROFILE, 2028).slot("printer-line").text.endswith("2028")
    other = layout.with_slot("printer-line", text="Tryck: Annat AB, Falun 2026")
    assert fill_profile(other, template, PROFILE, 2028).slot("printer-line").text.endswith("Falun 2026")


def test_add_item_only_into_writable_text_frames():
    layout, template, _ = _school()
    manifesto = load_manifesto(paths.MANIFESTO / "borlange.json")
    section = manifesto.section("skola")
    added = add_item(layout, template, "body", section, "bullet", 0)
    assert added.slot("body").text.endswith("• " + section.bullets[0])
    assert add_item(layout, template, "photo", section, "bullet", 0) is None
    assert add_item(layout, template, "logo", section, "paragraph", 0) is None
    assert add_item(layout, template, "body", section, "bullet", 999) is None


def test_slogan_frame_grows_to_show_the_whole_slogan():
    layout, template, brand = _school()
    layout = layout.with_slot("slogan", text="Framåt tillsammans!")
    before = build_document(layout, template, brand)
    assert any(w.code == "overflow" and w.frame_id == "slogan" for w in before.warnings)
    grown = fit_text_frame(layout, template, brand, "slogan")
    x, y, w, h = grown.slot("slogan").rect_mm
    assert w > 38 and x >= 5 and x + w <= 143                       # wider, inside the safe area
    after = build_document(grown, template, brand)
    runs = [i.text for i in after.pages[0].items if getattr(i, "frame_id", "") == "slogan" and hasattr(i, "font")]
    assert " ".join(runs) == "Framåt tillsammans!"
    assert fit_text_frame(grown, template, brand, "slogan") == grown      # fits already: unchanged


def test_pan_and_zoom_numbers():
    frame = Rect(0, 0, 100, 50)
    placed = Rect(0, -25, 100, 100)                                  # image twice as tall as the frame
    assert pan_focus(placed, frame, 0, 0) == (0.5, 0.5)
    assert pan_focus(placed, frame, 0, 10) == (0.5, 0.4)             # dragging down shows more of the top
    assert pan_focus(placed, frame, 0, 1000) == (0.5, 0.25)          # clamped: the frame stays covered
    assert pan_focus(placed, frame, 30, 0) == (0.5, 0.5)             # no room sideways
    assert zoom_step(1.0, 1) == 1.1 and zoom_step(1.0, -3) == 1.0 and zoom_step(4.9, 5) == 5.0


def test_social_images_from_a_layout_without_changing_it(tmp_path):
    layout, template, brand = _school()
    files = social_images(layout, template, load_catalog(brand), tmp_path, "skola")
    sizes = {Image.open(path).size for path in files}
    assert sizes == {(1080, 1080), (1080, 1350), (1080, 1920)}
    assert layout == load_layout(paths.EXAMPLES / "skola-a5.json")


def test_photo_moved_off_the_bleed_edge_is_a_warning_with_a_fix():
    layout, _, _ = _school()
    moved = layout.with_slot("photo", rect_mm=(0, 10, 148, 56))
    found = [f for f in check_layout(moved, get_preset()) if f.code == "photo_off_bleed"]
    assert len(found) == 1 and found[0].fix == "pull_to_bleed" and found[0].data["edges"] == "top"
    fixed = apply_fix(moved, found[0])
    assert fixed.slot("photo").rect_mm == (0.0, 0.0, 148.0, 66.0)
    assert not any(f.code == "photo_off_bleed" for f in check_layout(fixed, get_preset()))
    assert not any(f.code == "photo_off_bleed" for f in check_layout(layout, get_preset()))


def test_start_layout_shortens_body_text_to_whole_sentences_that_fit():
    manifesto = load_manifesto(paths.MANIFESTO / "borlange.json")
    layout, template, brand = _school()
    section = manifesto.section("foretagande")
    full = start_layout(template, section, manifesto, PROFILE, 2027)
    assert any(w.code == "overflow" for w in build_document(full, template, brand).warnings)
    short = start_layout(template, section, manifesto, PROFILE, 2027, brand=brand)
    assert not any(w.code == "overflow" for w in build_document(short, template, brand).warnings)
    text = short.slot("body").text
    assert full.slot("body").text.startswith(text.split("\n")[0]) and text.rstrip()[-1] in ".!?"
    assert len(text) < len(full.slot("body").text)
