"""The language switcher and the translation table, driven like a volunteer would: switch the
document to Arabic (mirrored page, pinned footer, warnings for that language), edit a translation
in the table (one undo step, saved with the file), see the stale and does-not-fit marks."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from designer.io.layout_file import load_layout
from designer.layout.mirror import mirror_rect
from designer.translations.editions import with_translation
from tests.gui.conftest import SCHOOL


def _school_copy(tmp_path):
    """The school flyer in a temporary folder (photo path absolute), so saving cannot touch the repo."""
    from designer.io.layout_file import save_layout

    layout = load_layout(SCHOOL)
    photo = str((SCHOOL.parent / layout.slot("photo").image).resolve())
    path = tmp_path / "skola.json"
    save_layout(path, layout.with_slot("photo", image=photo))
    return path


def _open_table(window, qtbot):
    """The translation dock as the volunteer opens it (toolbar toggle)."""
    window.translations_dock.toggleViewAction().trigger()
    qtbot.waitUntil(window.translations.isVisible)
    return window.translations


def _choose(qtbot, combo, code):
    index = combo.findData(code)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _rows(panel):
    return {panel.table.item(i, 0).data(Qt.ItemDataRole.UserRole): [panel.table.item(i, c).text() for c in range(4)]
            for i in range(panel.table.rowCount())}


def test_switcher_lists_the_documents_languages_main_first(make_window, tmp_path):
    window = make_window(_school_copy(tmp_path))
    switcher = window.language_switcher
    texts = [switcher.itemText(i) for i in range(switcher.count())]
    assert texts[0] == "Svenska (sv) – huvudspråk"
    assert [switcher.itemData(i) for i in range(switcher.count())] == [None, "ar", "en"]
    assert "العربية" in texts[1]


def test_switching_to_arabic_mirrors_the_page_and_follows_warnings(make_window, qtbot, tmp_path):
    window = make_window(_school_copy(tmp_path))
    session = window.session
    layout = session.layout
    session.apply(with_translation(layout, "ar", "body", "نص طويل جداً " * 200, layout.slot("body").text), "long")
    swedish = session.document.pages[0].frame_rects
    assert not any(f.code == "overflow" for f in window.preflight.findings)
    _choose(qtbot, window.language_switcher, "ar")
    assert session.language == "ar" and session.shown.lang == "ar"
    arabic = session.document.pages[0].frame_rects
    assert arabic["logo"] == swedish["logo"] and arabic["printer-line"] == swedish["printer-line"]
    assert arabic["slogan"] == mirror_rect(swedish["slogan"], session.template.width)
    headline = [r for r in session.document.pages[0].items if getattr(r, "frame_id", "") == "headline"
                and hasattr(r, "text")]
    shown = "".join(r.text for r in headline)       # the Arabic headline, whatever the run order
    assert "skola" not in shown and sum("\u0600" <= c <= "\u06ff" for c in shown) > 20
    # preflight and the warnings panel follow the chosen language
    assert any(f.code == "overflow" and f.frame_id == "body" for f in window.preflight.findings)
    listed = [window.warnings.list.item(i).text() for i in range(window.warnings.list.count())]
    assert any("får inte plats" in text for text in listed)
    # the mirrored page is a view: frames cannot be moved there, and translated text is not typed on the page
    assert {"position", "size", "content"} <= session.frame("headline").locked
    _choose(qtbot, window.language_switcher, None)
    assert session.document.pages[0].frame_rects == swedish and not session.frame("headline").locked


def test_english_edition_keeps_geometry_editable_and_moves_are_shared(make_window, qtbot, tmp_path):
    window = make_window(_school_copy(tmp_path))
    session = window.session
    _choose(qtbot, window.language_switcher, "en")
    spec = session.frame("slogan")
    assert "position" not in spec.locked and "content" in spec.locked
    window.canvas.select("slogan")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    assert session.layout.slot("slogan").rect_mm[0] == pytest.approx(spec.rect.x / (72 / 25.4) + 1)


def test_editing_a_translation_in_the_table_is_one_undo_step_and_is_saved(make_window, qtbot, tmp_path):
    path = _school_copy(tmp_path)
    window = make_window(path)
    panel = _open_table(window, qtbot)
    _choose(qtbot, window.language_switcher, "en")
    panel.translator.setText("Alex")
    panel.select_frame("headline", emit=True)
    panel.editor.selectAll()
    qtbot.keyClicks(panel.editor, "A school for everyone")
    assert window.session.layout.editions["en"].texts["headline"].text == "A school for everyone"
    qtbot.waitUntil(lambda: _rows(panel)["headline"][2] == "A school for everyone")
    assert window.session.undo.count() == 1
    assert window.save()
    saved = load_layout(path).editions["en"].texts["headline"]
    assert (saved.text, saved.translator) == ("A school for everyone", "Alex")
    window.session.undo.undo()
    assert window.session.layout.editions["en"].texts["headline"].text.startswith("A school where")


def test_table_marks_stale_and_overflowing_translations(make_window, qtbot, tmp_path):
    window = make_window(_school_copy(tmp_path))
    session, panel = window.session, _open_table(window, qtbot)
    _choose(qtbot, panel.language, "ar")
    assert all(row[3] == "OK" for row in _rows(panel).values())
    session.apply(session.layout.with_slot("headline", text="En skola för alla"), "edit")
    qtbot.waitUntil(lambda: _rows(panel)["headline"][3] == "ändrad sedan översättning")
    assert _rows(panel)["body"][3] == "OK"
    panel.select_frame("body", emit=True)
    panel.editor.setPlainText("نص طويل جداً " * 200)
    qtbot.waitUntil(lambda: "får inte plats" in _rows(panel)["body"][3])
    assert window.translations_dock.windowTitle() == "Översättningar (2)"


def test_add_language_starts_an_empty_edition(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window(_school_copy(tmp_path))
    _open_table(window, qtbot)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Soomaali (so)", True))
    assert window.translations.add_language() == "so"
    session = window.session
    assert "so" in session.layout.editions and session.language == "so"
    qtbot.waitUntil(lambda: all(row[3] == "saknas" for row in _rows(window.translations).values()))
    session.undo.undo()
    assert "so" not in session.layout.editions and session.language is None


def test_translation_strings_are_english_in_the_english_ui(make_window, qtbot, tmp_path):
    from designer.gui import i18n

    window = make_window(_school_copy(tmp_path))
    _open_table(window, qtbot)
    i18n.set_language("en")
    assert window.translations.table.horizontalHeaderItem(3).text() == "Status"
    assert window.translations.add_button.text() == "Add language…"
    assert window.language_switcher.itemText(0) == "Svenska (sv) – main language"


def test_a_new_layout_shows_its_main_language(make_window, qtbot, tmp_path):
    window = make_window(_school_copy(tmp_path))
    _choose(qtbot, window.language_switcher, "ar")
    other = tmp_path / "other.json"
    shutil.copy(_school_copy(tmp_path), other)
    assert window.open_layout(other)
    assert window.session.language is None and window.language_switcher.currentData() is None


def test_hidden_table_costs_nothing_and_fills_when_opened(make_window, qtbot, tmp_path):
    window = make_window(_school_copy(tmp_path))
    assert not window.translations.isVisible() and window.translations.table.rowCount() == 0
    assert window.translations_dock.toggleViewAction().text() == "Översättningar"
    panel = _open_table(window, qtbot)
    assert panel.table.rowCount() == 6


def test_export_dialog_exports_the_language_shown(make_window, qtbot, tmp_path):
    import pdfplumber

    window = make_window(_school_copy(tmp_path))
    _choose(qtbot, window.language_switcher, "en")
    dialog = window.show_export()
    dialog.set_kind("proof")
    assert "-en-" in Path(dialog.output.text()).name
    out = tmp_path / "en.pdf"
    dialog.output.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()
    with pdfplumber.open(out) as pdf:
        assert "A school where every pupil" in pdf.pages[0].extract_text()
    dialog.close()
