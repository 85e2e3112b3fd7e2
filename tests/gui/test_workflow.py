"""The volunteer's whole job in the real window: fill, edit, undo/redo, save, reopen, export."""
from __future__ import annotations

from pathlib import Path

import pikepdf
from PIL import Image
from PySide6.QtCore import Qt

from designer.io.layout_file import load_layout
from tests.gui.conftest import school_payload


def test_first_start_shows_flyer_and_manifesto(window):
    assert window.session.template.id == "a5-flyer"
    assert window.session.manifesto.title == "Nytt ledarskap för Borlänge"
    assert "skola" in window.manifesto_panel.visible_sections()
    assert not window.session.modified
    assert not window.recovery_bar.isVisible()


def test_drop_edit_undo_redo_save_reopen_export(window, make_window, qtbot, tmp_path):
    # drop the school section on the flyer (the same call the canvas drop makes)
    assert window.drop_content(school_payload(), None)
    session = window.session
    assert session.layout.slot("headline").text == "En skola där varje elev når sin fulla potential"
    assert session.layout.slot("bullets").text.startswith("Vi vill:\n• Göra satsningar")
    assert session.modified

    # edit the headline in place: double-click opens the editor, typing re-lays out at once
    window.canvas.editRequested.emit("headline")
    editor = window.editor.edit
    assert window.editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ny skola 2026")
    assert session.layout.slot("headline").text == "Ny skola 2026"
    headline_runs = [i.text for i in session.document.pages[0].items if getattr(i, "frame_id", "") == "headline"
                     and hasattr(i, "text")]
    assert headline_runs == ["Ny skola 2026"]

    # one undo step for the whole typing session, then redo
    session.undo.undo()
    assert session.layout.slot("headline").text == "En skola där varje elev når sin fulla potential"
    assert editor.toPlainText() == "En skola där varje elev når sin fulla potential"
    session.undo.redo()
    assert session.layout.slot("headline").text == "Ny skola 2026"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not window.editor.isVisible()

    # the printer line (required by law) through the properties panel
    window.canvas.select("printer-line")
    window.properties.text.setPlainText("Tryck: Tryckeriet AB, Borlänge 2026")
    assert session.layout.slot("printer-line").text == "Tryck: Tryckeriet AB, Borlänge 2026"

    # save, close, reopen exactly as it was
    target = tmp_path / "out" / "skola.json"
    assert window.save_to(target)
    assert not session.modified
    saved = session.layout
    window.close()
    again = make_window(target)
    assert again.session.layout.slots == load_layout(target).slots
    assert again.session.layout.slot("headline").text == "Ny skola 2026"
    assert again.session.document.pages[0].items == _items_without_paths(saved, again)
    assert str(target.resolve()) in again.recent_files()

    # export a print PDF and a PNG through the dialog (worker thread)
    dialog = again.show_export()
    dialog.set_kind("print")
    pdf = tmp_path / "out" / "skola-tryck.pdf"
    dialog.output.setText(str(pdf))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()
    with pikepdf.open(pdf) as document:
        assert len(document.pages) == 1
        trim = [float(v) for v in document.pages[0].TrimBox]
        assert round(trim[2] - trim[0]) == 420 and round(trim[3] - trim[1]) == 595   # A5 in pt
    assert dialog.open_file.isVisible() and dialog.open_folder.isVisible()

    dialog.set_kind("png")
    dialog.dpi.setValue(100)
    png = tmp_path / "out" / "skola.png"
    dialog.output.setText(str(png))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()
    with Image.open(png) as image:
        assert image.size == (583, 827)       # 148 × 210 mm at 100 dpi
    dialog.close()


def _items_without_paths(saved, window):
    """The reopened document's items are those of the saved layout, laid out again."""
    from designer.layout.engine import build_document
    return build_document(saved, window.session.template, window.session.brand).pages[0].items


def test_new_layout_saved_elsewhere_reopens_with_its_photo(window, make_window, tmp_path):
    window.new_layout("a5-flyer")
    photo = [i for i in window.session.document.pages[0].items if getattr(i, "frame_id", "") == "photo"
             and hasattr(i, "source")]
    assert photo
    window.select_frame("photo")
    assert window.properties.image_name.text() == Path(photo[0].source).name
    assert not window.properties.focus.image.isNull()
    target = tmp_path / "elsewhere" / "deep" / "flyer.json"
    assert window.save_to(target)
    window.close()
    again = make_window(target)
    reopened = [i for i in again.session.document.pages[0].items if getattr(i, "frame_id", "") == "photo"
                and hasattr(i, "source")]
    assert reopened and Path(reopened[0].source).resolve() == Path(photo[0].source).resolve()
    assert not any(w.code == "image_missing" for w in again.session.document.warnings)
