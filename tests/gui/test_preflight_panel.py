"""Preflight in the warnings panel: findings for the chosen printer, a "Rätta" fix that is one
undo step, and the printer line asked for inline."""
from __future__ import annotations

from PySide6.QtCore import Qt


def _texts(window) -> list[str]:
    items = window.warnings.list
    return [items.item(i).text() for i in range(items.count())]


def _click(window, qtbot, needle: str):
    items = window.warnings.list
    item = next(items.item(i) for i in range(items.count()) if needle in items.item(i).text())
    window.warnings._clicked(item)          # what a click on the row does
    return item


def _fix_then_undo(window, qtbot, needle: str, frame_id: str):
    _click(window, qtbot, needle)
    assert window.canvas.selected == frame_id
    card = window.warnings.card
    assert card.isVisible() and card.button.text() == "Rätta"
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert not any(needle in text for text in _texts(window))
    window.session.undo.undo()                                   # Ctrl+Z
    assert any(needle in text for text in _texts(window))


def test_four_colour_black_text_is_fixed_and_undone(window, qtbot):
    session = window.session
    session.apply(session.layout.with_slot("body", text="Vår egen text.", style={"color": "rikssvart"}),
                  "rich black")
    assert any("svart blandad av fyra färger" in t and "kan rättas" in t for t in _texts(window))
    assert window.canvas.marks["body"] == "warning"
    _fix_then_undo(window, qtbot, "svart blandad av fyra färger", "body")
    session.undo.redo()
    assert session.layout.slot("body").style["color"] == "svart"


def test_background_short_of_bleed_is_fixed_and_undone(window, qtbot):
    session = window.session
    session.apply(session.layout.with_slot("photo", bleed=False), "no bleed")
    assert any("vit rand" in t for t in _texts(window))
    _fix_then_undo(window, qtbot, "vit rand", "photo")


def own_texts(session):
    """Replace the template's placeholder texts (themselves errors) with the volunteer's own."""
    layout = session.layout
    for frame_id in ("headline", "body", "bullets"):
        layout = layout.with_slot(frame_id, text=f"Egen text i {frame_id}.")
    session.apply(layout, "own texts")


def test_printer_line_asks_printer_place_year_inline(window, qtbot):
    own_texts(window.session)
    assert "tryckort saknas" in _texts(window)[0]
    _click(window, qtbot, "tryckort saknas")
    card = window.warnings.card
    assert card.form_box.isVisible() and card.year.text()
    card.printer.clear()
    card.place.clear()
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert card.problem.text() == "Fyll i tryckeri, ort."            # named, nothing changed
    assert window.session.layout.slot("printer-line").text is None
    qtbot.keyClicks(card.printer, "Tryckeriet AB")
    card.place.setText("Borlänge")
    card.year.setText("2026")
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert window.session.layout.slot("printer-line").text == "Tryck: Tryckeriet AB, Borlänge 2026"
    assert _texts(window)[0] == "Klart för tryck: inget att rätta."
    assert window.session.undo.undoText() == "Rätta ”Tryckort”"
    window.session.undo.undo()
    assert "tryckort saknas" in _texts(window)[0]


def test_printer_choice_drives_the_checks(window):
    panel = window.warnings
    assert panel.preset.currentData() == "coated-offset"
    dialog = window.show_export()
    other = next(i for i in range(dialog.preset.count()) if dialog.preset.itemData(i) != "coated-offset")
    dialog.preset.setCurrentIndex(other)
    assert window.preflight.preset.id == dialog.preset.itemData(other)
    assert panel.preset.currentData() == dialog.preset.itemData(other)
    dialog.close()
