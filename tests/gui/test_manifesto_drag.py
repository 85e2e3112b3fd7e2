"""Dragging a paragraph or point to another place in the manifesto tree moves it (undoable)."""
from __future__ import annotations

from designer.gui.manifesto_panel import ROLE


def _section_item(panel, section_id):
    tree = panel.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, ROLE)["section"] == section_id)


def test_drop_bullet_on_other_section_moves_it_last_and_undoes(window):
    panel, manifesto = window.manifesto_panel, window.session.manifesto
    moved = manifesto.section("skola").bullets[0]
    before = list(manifesto.section("borlange").bullets)
    payload = {"kind": "bullet", "section": "skola", "index": 0}
    assert panel.move_by_drop(payload, _section_item(panel, "borlange"))   # what dropEvent calls
    assert manifesto.section("borlange").bullets == before + [moved]
    assert moved not in manifesto.section("skola").bullets
    assert window.session.undo.undoText() == "Flytta text"
    assert window.session.modified
    top = _section_item(panel, "borlange")
    assert top.child(top.childCount() - 1).toolTip(0) == "• " + moved       # the tree shows it there
    window.session.undo.undo()
    assert manifesto.section("skola").bullets[0] == moved and manifesto.section("borlange").bullets == before


def test_drop_paragraph_onto_a_paragraph_inserts_before_or_after(window):
    panel, manifesto = window.manifesto_panel, window.session.manifesto
    skola = manifesto.section("skola")
    first = skola.paragraphs[0]
    target_section = _section_item(panel, "borlange")
    target = next(target_section.child(i) for i in range(target_section.childCount())
                  if target_section.child(i).data(0, ROLE)["kind"] == "paragraph")
    payload = {"kind": "paragraph", "section": "skola", "index": 0}
    assert panel.move_by_drop(payload, target, below=True)
    assert manifesto.section("borlange").paragraphs[1] == first
    # reordering inside a section: onto itself does nothing
    again = {"kind": "paragraph", "section": "borlange", "index": 1}
    item = _section_item(panel, "borlange").child(1)
    assert item.data(0, ROLE) == again
    assert not panel.move_by_drop(again, item)


def test_drop_event_on_tree_runs_the_move(window):
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    panel, manifesto = window.manifesto_panel, window.session.manifesto
    moved = manifesto.section("skola").bullets[0]
    tree = panel.tree
    mime = QMimeData()
    mime.setData("application/x-designer-manifesto",
                 b'{"kind": "bullet", "section": "skola", "index": 0}')
    target = _section_item(panel, "borlange")
    point = QPointF(tree.visualItemRect(target).center())
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)
    assert manifesto.section("borlange").bullets[-1] == moved
