"""Autosave and crash recovery, switching languages, and bad input that must not lose work."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from designer.gui import i18n
from designer.gui.autosave import recovery_dir
from tests.gui.conftest import SCHOOL, school_payload


def test_recovery_after_crash_restores_edits(make_window, qtbot):
    crashed = make_window(autosave_ms=50)
    crashed.drop_content(school_payload(), None)
    crashed.session.apply(crashed.session.layout.with_slot("headline", text="Återställd rubrik"), "edit")
    qtbot.waitUntil(lambda: crashed.autosave.file.is_file(), timeout=5000)   # the 50 ms timer wrote it
    assert json.loads(crashed.autosave.file.read_text("utf-8"))["format"] == "designer.recovery"
    crashed.autosave.timer.stop()
    crashed.hide()          # "crash": the recovery file is left behind, no clean close

    fresh = make_window()
    assert fresh.recovery_bar.isVisible()
    assert "förra gången" in fresh.recovery_bar.label.text()
    assert fresh.session.layout.slot("headline").text is None
    fresh.recovery_bar.restore_button.click()
    assert fresh.session.layout.slot("headline").text == "Återställd rubrik"
    assert fresh.session.layout.slot("bullets").text.startswith("Vi vill:")
    assert fresh.session.modified                   # restored work still needs saving
    assert not fresh.recovery_bar.isVisible()
    assert not crashed.autosave.file.exists()


def test_clean_close_leaves_no_recovery_file(window, tmp_path):
    window.drop_content(school_payload(), None)
    assert window.autosave.write_now()
    assert window.autosave.file.is_file()
    assert window.save_to(tmp_path / "saved.json")
    assert not window.autosave.file.exists()
    window.close()
    assert not list(recovery_dir().glob("*.json"))


def test_switching_language_changes_visible_strings(window):
    assert window.menu_file.title() == "&Arkiv"
    assert window.act_export.text() == "&Exportera…"
    assert window.manifesto_dock.windowTitle() == "Manifest"
    assert window.manifesto_panel.filter.placeholderText() == "Sök avsnitt och text"
    assert window.warnings.list.item(0).text().startswith("Tryckort: tryckort saknas")

    window.language_actions["en"].trigger()
    assert i18n.current_language() == "en"
    assert window.menu_file.title() == "&File"
    assert window.act_export.text() == "&Export…"
    assert window.manifesto_dock.windowTitle() == "Manifesto"
    assert window.manifesto_panel.filter.placeholderText() == "Search sections and text"
    assert window.warnings.list.item(0).text().startswith("Printer line: printer line missing")
    assert window.settings.value("language") == "en"

    window.language_actions["sv"].trigger()
    assert window.menu_file.title() == "&Arkiv"


def test_every_ui_string_has_a_swedish_translation():
    import xml.etree.ElementTree as ET
    tree = ET.parse(i18n.I18N / "designer_sv.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert (i18n.I18N / "designer_sv.qm").stat().st_size > 1000


def test_broken_layout_file_is_explained_and_work_kept(window, tmp_path):
    window.drop_content(school_payload(), None)
    before = window.session.layout
    broken = tmp_path / "trasig.json"
    broken.write_text('{"format": "designer.layout", "format_version": 1, "template": "a5-flyer", '
                      '"slots": {"photo": {"focus": "mitten"}}}', "utf-8")
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert not window.open_layout(broken)
    message = window.last_message.text()
    assert "trasig.json" in message and "slots.photo.focus" in message
    assert window.session.layout == before


def test_broken_manifesto_is_explained(window, tmp_path):
    broken = tmp_path / "manifest.json"
    broken.write_text('{"format": "designer.manifesto", "format_version": 1, "title": 3}', "utf-8")
    assert not window.load_manifesto(broken)
    assert "manifest.json" in window.last_message.text()
    assert window.session.manifesto.title == "Nytt ledarskap för Borlänge"


def test_unreadable_image_is_refused(window, tmp_path):
    bad = tmp_path / "foto.jpg"
    bad.write_bytes(b"this is not a picture")
    window.canvas.select("photo")
    before = window.session.layout
    assert not window.properties.set_image(str(bad))
    assert "foto.jpg" in window.properties.last_message.text()
    assert window.session.layout == before


def test_save_into_unusable_folder(window, tmp_path):
    """Saving below a path that is a file (like a read-only or missing drive) names the file."""
    blocker = tmp_path / "usb"
    blocker.write_text("not a folder", "utf-8")
    window.drop_content(school_payload(), None)
    assert not window.save_to(blocker / "flyer.json")
    assert "flyer.json" in window.last_message.text()
    assert window.session.modified and window.session.path is None


def test_save_failure_keeps_work(window, tmp_path):
    """A save that cannot be written (a folder where the file should be) names the file."""
    target = tmp_path / "flyer.json"
    target.mkdir()
    window.drop_content(school_payload(), None)
    before = window.session.layout
    assert not window.save_to(target)
    assert "flyer.json" in window.last_message.text()
    assert window.session.layout == before and window.session.modified


def test_open_school_sample(window):
    assert window.open_layout(SCHOOL)
    assert window.session.layout.slot("headline").text.startswith("En skola")
    assert not window.session.modified
