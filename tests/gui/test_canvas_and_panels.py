"""Canvas interaction (select, move with snapping, resize, locks), warnings, manifesto fixes, gallery."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from designer.gui.gallery import GalleryDialog
from designer.gui.painter import qrect
from designer.units import mm
from tests.gui.conftest import school_payload


def _view_point(canvas, x_pt, y_pt) -> QPoint:
    return canvas.mapFromScene(QPointF(x_pt, y_pt))


def test_move_frame_snaps_to_safe_area_and_undoes(window, qtbot):
    canvas = window.canvas
    canvas.set_zoom(1.0)
    canvas.centerOn(qrect(window.session.frame_rect("headline")).center())
    rect = window.session.frame_rect("headline")            # x = 10 mm, safe area at 5 mm
    start = _view_point(canvas, rect.x + 20, rect.y + 10)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert canvas.selected == "headline"
    target = _view_point(canvas, rect.x + 20 - mm(4.6), rect.y + 10)     # 0.4 mm short of the guide
    qtbot.mouseMove(canvas.viewport(), target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)
    x, y, w, h = window.session.layout.slot("headline").rect_mm
    assert x == 5.0 and w == 128.0                        # snapped onto the safe-area guide
    assert window.session.frame_rect("headline").x == mm(5.0)
    window.session.undo.undo()
    assert window.session.layout.slot("headline").rect_mm is None
    assert window.properties.title.text() == "Rubrik"


def test_resize_handle_changes_size(window, qtbot):
    canvas = window.canvas
    canvas.set_zoom(1.0)
    canvas.centerOn(qrect(window.session.frame_rect("body")).center())
    canvas.select("body")
    rect = window.session.frame_rect("body")
    corner = _view_point(canvas, rect.right, rect.bottom)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    target = _view_point(canvas, rect.right - mm(20), rect.bottom + mm(10))
    qtbot.mouseMove(canvas.viewport(), target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)
    x, y, w, h = window.session.layout.slot("body").rect_mm
    assert (x, y) == (10.0, 90.0)
    assert abs(w - 108) < 1.5 and abs(h - 40) < 1.5


def test_locked_brand_frame_cannot_move(window, qtbot):
    canvas = window.canvas
    canvas.set_zoom(1.0)
    footer = window.session.frame_rect("footer")
    canvas.centerOn(qrect(footer).center())
    start = _view_point(canvas, footer.x + mm(60), footer.y + mm(15))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), start + QPoint(0, -80))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, -80))
    assert canvas.selected == "footer"
    assert window.session.layout.slot("footer").rect_mm is None
    assert "Låst av mallen" in window.properties.locked_note.text()
    assert not canvas._resizable("footer") and not canvas._movable("footer")


def test_warning_click_selects_frame_and_fix_clears_it(window):
    from tests.gui.test_preflight_panel import own_texts

    own_texts(window.session)
    warnings = window.warnings.list
    assert "tryckort" in warnings.item(0).text()
    assert all("tryckort" not in warnings.item(i).text() for i in range(1, warnings.count()))
    warnings.itemClicked.emit(warnings.item(0))
    assert window.canvas.selected == "printer-line"
    window.properties.text.setPlainText("Tryck: Tryckeriet AB, Borlänge 2026")
    assert window.warnings.list.item(0).text() == "Klart för tryck: inget att rätta."
    assert window.warnings_dock.windowTitle() == "Varningar"


def test_overflow_warning_shows_on_frame(window):
    window.drop_content(school_payload(), None)
    window.session.apply(window.session.layout.with_slot("body", text="Mycket text. " * 300), "edit")
    codes = {(w.code, w.frame_id) for w in window.session.document.warnings}
    assert ("overflow", "body") in codes
    texts = [window.warnings.list.item(i).text() for i in range(window.warnings.list.count())]
    assert any(t.startswith("Brödtext: texten får inte plats") for t in texts)


def test_drop_bullet_into_frame(window):
    assert window.drop_content(school_payload("bullet", 5), "body")
    assert window.session.layout.slot("body").text == "• Maten ska lagas på varje skola – av i första hand lokala råvaror"
    assert not window.drop_content(school_payload("paragraph", 0), "footer")      # locked rectangle
    assert window.drop_content(school_payload("paragraph", 0), "body")
    assert window.session.layout.slot("body").text.split("\n")[1].startswith("I Centerpartiets Borlänge")


def test_manifesto_filter_and_undoable_fixes(window):
    panel = window.manifesto_panel
    panel.filter.setText("lärarassistenter")
    assert panel.visible_sections() == ["skola"]
    panel.filter.clear()
    session = window.session
    assert panel.run(_edit("rename_section", ("skola", "Skolan")), "rename")
    assert session.manifesto.section("skola").title == "Skolan"
    assert panel.tree.topLevelItem(2).text(0) == "Skolan"
    sections = len(session.manifesto.sections)
    assert panel.run(_edit("merge_sections", ("skola", "valfrihet")), "merge")
    assert len(session.manifesto.sections) == sections - 1
    assert panel.run(_edit("move_bullet", ("skola", 0, "borlange", 0)), "move")
    session.undo.undo()
    session.undo.undo()
    session.undo.undo()
    assert session.manifesto.section("skola").title.startswith("En skola")
    assert len(session.manifesto.sections) == sections
    assert not panel.run(_edit("split_section", ("skola", 99)), "split")     # explained, nothing changes
    assert "99" in panel.last_message.text()


def test_gallery_groups_thumbnails_and_new_layout(window, qtbot):
    dialog = GalleryDialog(window.session.catalog, window)
    qtbot.addWidget(dialog)
    groups = [dialog.groups.item(i).text() for i in range(dialog.groups.count())]
    assert groups[0] == "Alla format" and "Flygblad" in groups and "Affischer" in groups
    item = dialog._items["a5-flyer"]
    assert "148 × 210 mm" in item.text()
    qtbot.waitUntil(lambda: "a5-flyer" in _rendered(dialog), timeout=30000)
    dialog.select("poster-a3")
    dialog.accept()
    assert dialog.chosen == "poster-a3"
    window.new_layout(dialog.chosen)
    assert window.session.template.id == "poster-a3" and not window.session.modified


def _rendered(dialog):
    from designer.gui import gallery
    return gallery._memory


def _edit(op, args):
    from designer.model.manifesto import Edit
    return Edit(op, args)
