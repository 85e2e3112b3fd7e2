"""The export dialog follows the export policy: blocking errors are listed with their one-click
fixes, nothing is written until they are fixed, and "Exportera ändå som korrektur" writes a
stamped proof. Locks hold in the window too."""
from __future__ import annotations

import pikepdf
from PySide6.QtCore import Qt


def _blockers(dialog) -> list[str]:
    return [dialog.blockers.item(i).text() for i in range(dialog.blockers.count())]


def _choose(dialog, needle: str) -> None:
    row = next(i for i, text in enumerate(_blockers(dialog)) if needle in text)
    dialog.blockers.setCurrentRow(row)


def test_blocking_errors_are_listed_with_fixes_and_nothing_is_written(window, qtbot, tmp_path):
    dialog = window.show_export()
    out = tmp_path / "flygblad.pdf"
    dialog.output.setText(str(out))
    dialog.start()
    texts = _blockers(dialog)
    assert dialog.blockers.isVisible() and dialog.proof_button.isVisible()
    assert any("tryckort saknas" in t for t in texts)
    assert any("platshållartexten ”Rubrik”" in t for t in texts)
    assert not out.exists() and dialog.job is None

    _choose(dialog, "tryckort saknas")                              # the fix asks for three fields
    card = dialog.fix_card
    assert card.isVisible() and card.form_box.isVisible()
    card.printer.setText("Tryckeriet AB")
    card.place.setText("Borlänge")
    card.year.setText("2026")
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert window.session.layout.slot("printer-line").text == "Tryck: Tryckeriet AB, Borlänge 2026"
    assert not any("tryckort" in t for t in _blockers(dialog))

    while dialog.blockers.isVisible():                              # each placeholder: one click
        _choose(dialog, "platshållartexten")
        qtbot.mouseClick(dialog.fix_card.button, Qt.MouseButton.LeftButton)
    assert not dialog.proof_button.isVisible()
    window.session.undo.undo()                                      # every fix is one undo step
    assert window.session.layout.slot("printer-line").text == "Tryck: Tryckeriet AB, Borlänge 2026"
    window.session.undo.redo()
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()
    with pikepdf.open(out) as pdf:
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-4"
    dialog.close()


def test_export_anyway_as_proof_writes_a_stamped_file_without_pdfx(window, qtbot, tmp_path):
    dialog = window.show_export()
    out = tmp_path / "korrektur.pdf"
    dialog.output.setText(str(out))
    dialog.start()
    assert dialog.proof_button.text() == "Exportera ändå som korrektur"
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        qtbot.mouseClick(dialog.proof_button, Qt.MouseButton.LeftButton)
    assert "inte för tryck" in dialog.status.text()
    with pikepdf.open(out) as pdf:
        assert "/OutputIntents" not in pdf.Root and "/GTS_PDFXVersion" not in pdf.docinfo
        contents = b"".join(pikepdf.unparse_content_stream(pikepdf.parse_content_stream(x))
                            for x in pdf.pages[0].Resources.XObject.values() if x.get("/Subtype") == "/Form")
        assert b"Tj" in contents or b"TJ" in contents                  # the stamp is drawn text
    dialog.close()


def test_a_locked_frame_cannot_be_hidden_or_moved_from_the_window(window, qtbot):
    session = window.session
    before = session.layout
    with qtbot.waitSignal(session.refused) as refused:
        session.apply(before.with_slot("logo", hidden=True), "hide logo")
    assert session.layout == before and "slots.logo.hidden" in refused.args[0]
    with qtbot.waitSignal(session.refused) as refused:
        session.apply(before.with_slot("printer-line", rect_mm=(10, 208, 128, 3)), "move")
    assert session.layout == before and "slots.printer-line.rect" in refused.args[0]
    assert not window.canvas._movable("printer-line")              # the law locks it, not the template
