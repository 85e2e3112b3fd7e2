"""Arkiv › Byt format…: the layout's content moves to another template as one undo step, and
what found no free frame is reported (and kept with the layout)."""
from __future__ import annotations

from tests.gui.conftest import SCHOOL


def test_change_format_reports_unplaced_content_and_undoes(make_window):
    window = make_window(SCHOOL)
    session = window.session
    assert window.act_convert.text() == "&Byt format…"
    headline = session.layout.slot("headline").text
    report = window.convert_to("candidate-card", in_place=True)  # what picking it in the gallery does
    assert session.template.id == "candidate-card"
    assert len(window.canvas.page_items) == 2
    assert session.layout.slot("headline").text == headline
    assert {item["frame"] for item in report.unplaced} == {"body", "bullets"}
    message = window.last_message.text()
    assert message.startswith("6 ramar flyttade till Kandidatkort")
    assert "• Brödtext: I Centerpartiets Borlänge" in message and "• ”Vi vill”-punkter: Vi vill:" in message
    assert session.layout.meta["unplaced"]
    assert session.undo.undoText() == "Byt format till Kandidatkort 85 × 55 mm"
    session.undo.undo()
    assert session.template.id == "a5-flyer" and len(window.canvas.page_items) == 1


def test_change_format_with_room_for_everything_only_notifies(make_window):
    window = make_window(SCHOOL)
    report = window.convert_to("a5-flyer-2s")
    assert not report.unplaced and not hasattr(window, "last_message")
    assert window.statusBar().currentMessage().startswith("8 ramar flyttade till")
    assert window.session.layout.slot("bullets").text.startswith("Vi vill:")
