"""The defects a new volunteer met on the way to an A5 flyer (issue 15), each checked through the UI."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QKeySequence

from designer.gui.painter import qrect
from designer.units import mm
from tests.gui.conftest import SCHOOL


# -- format change --------------------------------------------------------------------------------
def test_format_change_makes_a_copy_by_default(make_window, tmp_path):
    window = make_window(SCHOOL)
    window.convert_to("social-square")
    session = window.session
    assert session.template.id == "social-square"
    assert session.path is None                         # a new, unsaved document: Ctrl+S cannot overwrite the A5
    assert not session.undo.canUndo()
    assert session.layout.slot("headline").text.startswith("En skola")


def test_format_change_in_place_only_when_asked(make_window):
    window = make_window(SCHOOL)
    window.convert_to("social-square", in_place=True)
    assert window.session.path == SCHOOL and window.session.undo.canUndo()


def test_gallery_for_format_change_offers_copy_or_replace(make_window):
    from designer.gui.gallery import GalleryDialog
    window = make_window(SCHOOL)
    dialog = GalleryDialog(window.session.catalog, window, change_format=True)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.text() == "Gör en kopia i nytt format" and not dialog.in_place.isChecked()
    dialog.in_place.setChecked(True)
    assert ok.text() == "Byt format i det här dokumentet"
    dialog.close()


def test_export_after_change_to_screen_format_offers_png(make_window):
    window = make_window(SCHOOL)
    window.convert_to("social-square")
    dialog = window.show_export()
    assert dialog.kind == "png"
    assert not dialog.kind_buttons["print"].isEnabled()
    assert dialog.output.text().endswith(".png") and "-tryck" not in dialog.output.text()
    assert "1080 × 1080" in dialog.details.text()
    dialog.close()


def test_warnings_panel_recomputed_for_screen_format(make_window):
    window = make_window(SCHOOL)
    window.convert_to("social-square")
    texts = [window.warnings.list.item(i).text() for i in range(window.warnings.list.count())]
    assert not any("tryck" in text.lower() for text in texts), texts
    assert window.preflight.checked_preset.print_mode is False


def _page_visible(window) -> bool:
    canvas = window.canvas
    shown = canvas.mapFromScene(canvas.pages_rect()).boundingRect()
    return canvas.viewport().rect().contains(shown)


def test_redo_of_format_change_keeps_page_visible(make_window, qtbot):
    window = make_window(SCHOOL)
    window.convert_to("poster-a3", in_place=True)
    qtbot.wait(10)
    window.session.undo.undo()
    qtbot.wait(10)
    window.session.undo.redo()
    qtbot.wait(10)
    assert window.session.template.id == "poster-a3"
    assert _page_visible(window)


# -- pictures ------------------------------------------------------------------------------------
def _view_point(canvas, x_pt, y_pt) -> QPoint:
    return canvas.mapFromScene(QPointF(x_pt, y_pt))


def _show_frame(window, frame_id: str):
    """The canvas at 100 % centred on a frame, and the frame's rectangle (points)."""
    canvas = window.canvas
    canvas.set_zoom(1.0)
    rect = window.session.frame_rect(frame_id)
    canvas.centerOn(qrect(rect).center())
    return canvas, rect


def _drag(qtbot, canvas, start: QPoint, target: QPoint, first_step: QPoint) -> None:
    """Press at `start`, move a little (`first_step`) and on to `target`, release there."""
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), start + first_step)
    qtbot.mouseMove(canvas.viewport(), target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)


def test_drag_inside_photo_pans_the_image_not_the_frame(window, qtbot):
    canvas, rect = _show_frame(window, "photo")
    focus_before = window.session.layout.slot("photo").focus
    start = _view_point(canvas, rect.x + rect.w / 2, rect.y + rect.h / 2)
    target = start + QPoint(0, 40)
    _drag(qtbot, canvas, start, target, first_step=QPoint(0, 20))
    slot = window.session.layout.slot("photo")
    assert slot.rect_mm is None                         # the frame stayed
    assert slot.focus[1] < focus_before[1]              # dragging down shows more of the top
    assert window.session.undo.undoText() == "Flytta bilden i ramen"


def test_frame_moves_by_border_and_stops_at_page_edge(window, qtbot):
    canvas, rect = _show_frame(window, "headline")
    start = _view_point(canvas, rect.x + rect.w / 2, rect.y + rect.h / 2)
    target = start + QPoint(0, -2000)
    _drag(qtbot, canvas, start, target, first_step=QPoint(0, -10))
    x, y, w, h = window.session.layout.slot("headline").rect_mm
    assert y >= -3.0                                   # no further than the bleed edge


def test_double_click_photo_enters_crop_mode_and_wheel_zooms(window, qtbot):
    canvas, rect = _show_frame(window, "photo")
    point = _view_point(canvas, rect.x + rect.w / 2, rect.y + rect.h / 2)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert canvas.crop_frame == "photo"
    grab = canvas.grab().toImage()
    above = canvas.mapFromScene(QPointF(rect.x + rect.w / 2, rect.y - mm(20)))   # outside the frame
    assert grab.pixelColor(above.x(), above.y()) != QColor("#f9f6ee")           # the whole image shows, dimmed
    zoom = window.session.layout.slot("photo").zoom
    canvas.crop_wheel(120)
    assert window.session.layout.slot("photo").zoom > zoom
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.crop_frame is None


# -- widgets ---------------------------------------------------------------------------------------
def test_highlighted_item_in_drop_down_is_readable(window, qtbot):
    window.select_frame("headline")
    combo = window.properties.color
    combo.showPopup()
    view = combo.view()
    qtbot.waitExposed(view)
    view.setCurrentIndex(combo.model().index(2, 0))
    row = view.visualRect(combo.model().index(2, 0))
    image = view.viewport().grab(row).toImage()
    background = image.pixelColor(row.width() - 3, row.height() // 2)
    darkest = min((image.pixelColor(x, y).lightness() for x in range(24, row.width() // 2)
                   for y in range(row.height())), default=255)
    brightest = max((image.pixelColor(x, y).lightness() for x in range(24, row.width() // 2)
                     for y in range(row.height())), default=0)
    assert background != QColor("#ffffff")             # the highlight is visible
    assert abs(brightest - darkest) > 120               # and the text on it is readable
    combo.hidePopup()


def test_gallery_paints_correctly_on_first_open(window, qtbot, tmp_path, monkeypatch):
    from designer.gui import gallery
    monkeypatch.setenv("DESIGNER_CACHE", str(tmp_path / "cache"))     # thumbnails not rendered yet
    gallery._memory.clear()                                 # as on the first open in a session
    dialog = gallery.GalleryDialog(window.session.catalog, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(gallery._memory) == len(window.session.catalog.templates), timeout=120000)
    qtbot.wait(100)                                         # every thumbnail arrived while the list showed
    first = dialog.list.viewport().grab().toImage()
    dialog.list.doItemsLayout()
    dialog.list.viewport().repaint()
    again = dialog.list.viewport().grab().toImage()
    assert first == again
    dialog.close()


def test_zoom_keeps_page_centred_with_scroll_bars(window, qtbot):
    canvas = window.canvas
    canvas.zoom_fit()
    centre = canvas.mapToScene(canvas.viewport().rect().center())
    for _ in range(4):
        window.act_zoom_in.trigger()
    after = canvas.mapToScene(canvas.viewport().rect().center())
    assert abs(after.x() - centre.x()) < 3 and abs(after.y() - centre.y()) < 3
    assert canvas.horizontalScrollBar().isVisible() and canvas.verticalScrollBar().isVisible()


def test_ctrl_z_in_properties_text_box_leaves_no_empty_step(window, qtbot):
    window.select_frame("headline")
    box = window.properties.text
    original = box.toPlainText()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " nu")
    assert window.session.modified
    qtbot.keySequence(box, QKeySequence.StandardKey.Undo)
    assert box.toPlainText() == original
    assert not window.session.modified
    assert not window.session.undo.canUndo()
    assert window.isWindowModified() is False


def test_slogan_grows_to_fit_instead_of_hyphenating(window, qtbot):
    window.select_frame("slogan")
    window.properties.text.setPlainText("Framåt tillsammans!")
    runs = [i.text for i in window.session.document.pages[0].items
            if getattr(i, "frame_id", "") == "slogan" and hasattr(i, "text")]
    assert " ".join(runs).replace("  ", " ").strip() == "Framåt tillsammans!", runs
    assert not any(w.code == "overflow" and w.frame_id == "slogan" for w in window.session.document.warnings)


def test_colour_names_are_swedish_and_slogan_colour_opens(window, qtbot):
    window.select_frame("headline")
    combo = window.properties.color
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Grön" in names and "Grå" in names and "Stanslinje" in names
    assert not {"gron", "gra", "dieline"} & set(names)
    window.select_frame("slogan")
    assert combo.isEnabled()
    assert combo.currentData() == "skog" and combo.currentText() == "Skog"


def test_restart_reopens_last_document(make_window, tmp_path):
    window = make_window()
    target = tmp_path / "flyer.json"
    window.session.apply(window.session.layout.with_slot("headline", text="Senast"), "edit")
    assert window.save_to(target)
    window.close()
    again = make_window()
    assert again.session.path is not None and again.session.path.resolve() == target.resolve()
    assert again.session.layout.slot("headline").text == "Senast"


def test_photo_frame_dragged_off_the_top_edge_is_flagged_and_fixed_in_one_click(window, qtbot):
    canvas, rect = _show_frame(window, "photo")
    start = canvas.mapFromScene(QPointF(rect.x + rect.w / 2, rect.bottom - 1))      # on the bottom border
    target = start + QPoint(0, 30)
    _drag(qtbot, canvas, start, target, first_step=QPoint(0, 10))
    assert window.session.layout.slot("photo").rect_mm[1] > 0             # the frame moved down
    panel = window.warnings
    rows = [i for i in range(panel.list.count()) if "utfall" in panel.list.item(i).text()]
    assert rows, [panel.list.item(i).text() for i in range(panel.list.count())]
    item = panel.list.item(rows[0])
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    assert panel.card.text.text() == "Dra ut till utfallet."
    qtbot.mouseClick(panel.card.button, Qt.MouseButton.LeftButton)
    assert window.session.layout.slot("photo").rect_mm[1] == 0.0
    assert not any(f.code == "photo_off_bleed" for f in window.preflight.findings)
