"""Multi-page layouts: every page on the pasteboard, and selection, moving, drops and warnings
working on the back page as on the front."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import school_payload


def _two_sided(window):
    window.new_layout("a5-flyer-2s")          # what File › New does with the chosen template
    window.canvas.zoom_fit()
    return window.canvas


def test_every_page_is_on_the_pasteboard(window):
    canvas = _two_sided(window)
    assert [item.page.name for item in canvas.page_items] == ["Framsida", "Baksida"]
    assert all(item.page.items for item in canvas.page_items)
    front, back = canvas.pages_rect(0), canvas.pages_rect(1)
    assert not front.intersects(back)                       # side by side, not on top of each other
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert shown.contains(front) and shown.contains(back)   # fit shows both
    window.new_layout("a4-folded-a5")
    assert len(canvas.page_items) == 4
    assert canvas.frame_at(canvas.scene_rect("background-4").center()) is not None
    window.new_layout("a5-flyer")                           # four pages back to one
    assert len(canvas.page_items) == 1 and canvas.page_items[0].page.name == "Framsida"


def test_move_frame_on_back_page(window, qtbot):
    canvas = _two_sided(window)
    canvas.set_zoom(1.0)
    rect = canvas.scene_rect("body")
    canvas.centerOn(rect.center())
    start = canvas.mapFromScene(rect.center())
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert canvas.selected == "body" and window.properties.title.text() == "Brödtext"
    target = start + QPoint(0, 60)
    qtbot.mouseMove(canvas.viewport(), target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)
    before = window.session.template.frame("body").rect
    assert window.session.layout.slot("body").rect_mm is not None
    after = window.session.frame_rect("body")
    assert after.y > before.y + 20 and abs(after.x - before.x) < 1      # moved down on its own page
    assert canvas.scene_rect("body").intersects(canvas.pages_rect(1))
    window.session.undo.undo()
    assert window.session.layout.slot("body").rect_mm is None


def test_drops_land_on_back_page_frames(window):
    canvas = _two_sided(window)
    assert window.drop_content(school_payload(), None)
    assert window.session.layout.slot("bullets").text.startswith("Vi vill:")
    bullets = canvas.frame_at(canvas.scene_rect("bullets").center())
    assert bullets == "bullets"
    assert window.drop_content(school_payload("bullet", 5), bullets)
    assert window.session.layout.slot("bullets").text.endswith("av i första hand lokala råvaror")


def test_warning_on_back_page_selects_and_shows_its_frame(window):
    canvas = _two_sided(window)
    canvas.set_zoom(2.0)
    canvas.centerOn(canvas.pages_rect(0).center())
    warnings = window.warnings.list
    item = next(warnings.item(i) for i in range(warnings.count()) if "tryckort" in warnings.item(i).text())
    warnings.itemClicked.emit(item)
    assert canvas.selected == "printer-line" and window.session.page_of("printer-line") == 1
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert shown.intersects(canvas.scene_rect("printer-line"))
