"""The defects of the volunteer usability sweep (/tmp/sweep/gui/REPORT.md), each checked through
what the volunteer sees: texts in Swedish and English, enabled buttons, files written or not,
undo steps."""
from __future__ import annotations

import errno

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from designer.errors import ExportError
from tests.gui.conftest import SCHOOL


def _visible_boxes(app):
    return [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


# -- 1. Skicka till tryckeriet with blocking errors ---------------------------------------------------
def test_send_to_printer_with_errors_opens_the_blocker_list_and_saves_nothing(make_window, app, tmp_path,
                                                                              monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "volunteer"))
    window = make_window()                                     # a new A5 flyer: placeholders, no printer line
    window.session.apply(window.session.layout.with_slot("headline", text="Hej"), "edit")
    assert window.send_to_printer() is False
    dialog = window.export_dialog
    assert dialog.isVisible() and dialog.kind == "print"
    assert dialog.blockers.isVisible() and dialog.blockers.count() >= 2
    assert dialog.status.text() == f"{dialog.blockers.count()} fel måste rättas innan detta kan gå till tryck:"
    assert dialog.fix_card.isVisible()                         # the first error's one-click fix
    texts = [dialog.blockers.item(row).text() for row in range(dialog.blockers.count())]
    assert not any("--force" in text or "not written" in text for text in texts), texts
    assert not _visible_boxes(app)
    assert window.session.path is None and window.session.modified     # not saved behind the volunteer's back
    assert not list((tmp_path / "volunteer").rglob("*.json"))
    assert not list((tmp_path / "volunteer").rglob("*.pdf"))
    dialog.close()

    window.set_language("en")
    window.send_to_printer()
    assert window.export_dialog.status.text().startswith(f"{dialog.blockers.count()} error(s) must be fixed")
    window.export_dialog.close()


# -- 2. recovery before the start view, and restoring asks first -------------------------------------
def _crash_with_work(make_window, qtbot, headline="Återställd rubrik"):
    crashed = make_window()
    crashed.session.apply(crashed.session.layout.with_slot("headline", text=headline), "edit")
    assert crashed.autosave.write_now() and crashed.autosave.file.is_file()
    crashed.autosave.timer.stop()
    crashed.hide()
    return crashed


def test_recovery_offer_comes_before_the_start_view(make_window, qtbot):
    _crash_with_work(make_window, qtbot)
    fresh = make_window(start_view=True)
    qtbot.wait(50)
    assert fresh.recovery_bar.isVisible()
    assert fresh.start_view is None                            # nothing covers the offer
    fresh.recovery_bar.discard_button.click()
    qtbot.waitUntil(lambda: fresh.start_view is not None and fresh.start_view.isVisible())
    fresh.start_view.reject()


def test_restore_asks_before_replacing_new_work(make_window, qtbot):
    _crash_with_work(make_window, qtbot)
    fresh = make_window()
    fresh.session.apply(fresh.session.layout.with_slot("headline", text="Nytt arbete efter start"), "edit")
    asked = []
    fresh.ask_unsaved = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    fresh.recovery_bar.restore_button.click()
    assert asked and fresh.session.layout.slot("headline").text == "Nytt arbete efter start"
    assert fresh.recovery_bar.isVisible()                      # still offered
    fresh.ask_unsaved = lambda: asked.append(2) or QMessageBox.StandardButton.Discard
    fresh.recovery_bar.restore_button.click()
    assert asked == [1, 2]
    assert fresh.session.layout.slot("headline").text == "Återställd rubrik"


# -- 3. an empty file name ----------------------------------------------------------------------------
def test_export_needs_a_file_name(make_window, app):
    window = make_window(SCHOOL)
    dialog = window.show_export()
    for text in ("", "   "):
        dialog.output.setText(text)
        assert not dialog.export_button.isEnabled()
        assert dialog.name_hint.isVisible() and dialog.name_hint.text() == "Skriv ett filnamn"
    dialog.start()                                             # Enter in the field: nothing happens
    assert not dialog.progress.isVisible()
    window.set_language("en")
    dialog.retranslate()
    assert dialog.name_hint.text() == "Write a file name"
    dialog.output.setText("flygblad")
    assert dialog.export_button.isEnabled() and not dialog.name_hint.isVisible()
    dialog.close()


# -- 9. names with dots, folders and characters USB sticks refuse ---------------------------------------
def test_export_file_names_are_kept_and_completed(make_window, tmp_path, qtbot):
    window = make_window(SCHOOL)
    dialog = window.show_export()
    dialog.set_kind("proof")
    dialog.output.setText(str(tmp_path / "Flygblad v1.2 final"))
    assert dialog.output_path() == tmp_path / "Flygblad v1.2 final.pdf"
    dialog.output.setText(str(tmp_path / "ut") + "/")
    written = dialog.output_path()                             # into that folder, not one up
    assert written.parent == tmp_path / "ut" and written.suffix == ".pdf"
    dialog.output.setText("bara namnet.pdf")                   # relative: next to the layout
    assert dialog.output_path() == SCHOOL.parent / "bara namnet.pdf"
    dialog.output.setText(str(tmp_path / "Flygblad v1.2 final"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=60000)
    assert (tmp_path / "Flygblad v1.2 final.pdf").is_file()
    assert not (tmp_path / "Flygblad v1.pdf").exists()
    dialog.close()


def test_export_refuses_characters_windows_refuses(make_window, tmp_path):
    window = make_window(SCHOOL)
    dialog = window.show_export()
    for name in ("fråga?", "a:b", 'citat"', "<x>", "stjärna*", "rör|", "rad\nbrytning"):
        dialog.output.setText(str(tmp_path / name))
        assert not dialog.export_button.isEnabled(), name
        assert "USB" in dialog.name_hint.text() and "tecknen" in dialog.name_hint.text(), name
    window.set_language("en")
    dialog.retranslate()
    assert "USB" in dialog.name_hint.text() and "character" in dialog.name_hint.text()
    dialog.close()


# -- 4. write failures in the UI language ---------------------------------------------------------------
def test_export_write_failure_is_explained_in_swedish_and_english(make_window, tmp_path, qtbot):
    window = make_window(SCHOOL)
    dialog = window.show_export()
    dialog.set_kind("proof")
    dialog.output.setText(str(tmp_path / ("x" * 300)))         # the system refuses so long a name
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=60000)
    text = dialog.status.text()
    assert "namnet är för långt" in text and "Välj en annan mapp" in text, text
    assert text.index("namnet") < text.index("File name too long")       # the detail comes last
    window.set_language("en")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=60000)
    assert "the name is too long" in dialog.status.text() and "Choose another folder" in dialog.status.text()
    dialog.close()


def test_save_to_read_only_folder_is_explained_in_swedish(make_window, tmp_path, monkeypatch):
    from designer.gui import session as session_module

    def read_only(path, layout):
        raise ExportError("could not write file (Read-only file system)", file=path) \
            from OSError(errno.EROFS, "Read-only file system")

    window = make_window()
    monkeypatch.setattr(session_module, "save_layout", read_only)
    assert not window.save_to(tmp_path / "flygblad.json")
    text = window.last_message.text()
    assert "mappen är skrivskyddad" in text and "Välj en annan mapp" in text, text


# -- 8. typing after undo/redo is a new step ---------------------------------------------------------------
def test_typing_after_undo_or_redo_starts_a_new_step(make_window, qtbot):
    window = make_window(SCHOOL)
    undo = window.session.undo
    window.select_frame("headline")
    box = window.properties.text
    original = window.session.layout.slot("headline").text
    box.setPlainText("Affischrubrik")
    assert undo.count() == 1
    undo.undo()
    undo.redo()
    qtbot.keyClicks(box, "ABC")
    assert undo.count() == 2                                   # a new step, not merged into the redone one
    undo.undo()
    assert window.session.layout.slot("headline").text == "Affischrubrik"
    undo.undo()
    assert window.session.layout.slot("headline").text == original

    box.setPlainText("Ett")
    window.session.apply(window.session.layout.with_slot("body", text="Annat"), "other frame")
    undo.undo()                                                # back on top: the typing step "Ett"
    qtbot.keyClicks(box, "X")
    assert undo.count() == 2 and undo.index() == 2             # after an undo too
    undo.undo()
    assert window.session.layout.slot("headline").text == "Ett"


def test_typing_without_undo_is_one_step(make_window, qtbot):
    window = make_window(SCHOOL)
    window.select_frame("headline")
    qtbot.keyClicks(window.properties.text, "ABC")
    assert window.session.undo.count() == 1


# -- 7. the primary button of Byt format shows its whole text ------------------------------------------------
def test_change_format_button_fits_its_bold_text(make_window, qtbot):
    from designer.gui.gallery import GalleryDialog
    window = make_window(SCHOOL)
    for language, text in (("sv", "Gör en kopia i nytt format"), ("en", "Make a copy in the new format")):
        window.set_language(language)
        dialog = GalleryDialog(window.session.catalog, window, change_format=True)
        dialog.show()
        qtbot.waitExposed(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.text() == text
        bold = QFont(ok.font())
        bold.setWeight(QFont.Weight.DemiBold)
        assert ok.width() >= QFontMetrics(bold).horizontalAdvance(text) + 24, (ok.width(), text)
        dialog.reject()


# -- 6. a small screen ----------------------------------------------------------------------------------------
def test_first_window_and_start_view_fit_the_screen(app, qtbot):
    from designer.gui.main_window import MainWindow
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window = MainWindow(start_view=True)                       # first start: no saved geometry
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    qtbot.waitUntil(lambda: window.start_view is not None and window.start_view.isVisible())
    start = window.start_view
    assert start.frameGeometry().height() <= screen.height() and start.width() <= screen.width()
    assert screen.contains(start.create_button.mapToGlobal(start.create_button.rect().bottomRight()))
    start.reject()



# -- 10. language and status-bar slips ----------------------------------------------------------------------
def test_size_is_named_once_in_the_status_bar(window):
    window.new_layout("candidate-card")
    assert window.status_template.text() == "Kandidatkort 85 × 55 mm"
    window.new_layout("a5-flyer")
    assert window.status_template.text() == "A5-flygblad, enkelsidigt · 148 × 210 mm"


def test_new_document_is_named_in_the_ui_language(window):
    window.new_layout("a5-flyer")
    assert window.windowTitle().startswith("A5-flygblad, enkelsidigt")
    window.set_language("en")
    assert window.windowTitle() == "A5 flyer, one side[*] — Campaign Designer"
