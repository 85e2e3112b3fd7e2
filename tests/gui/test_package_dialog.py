"""Arkiv › Paketera för tryckeriet…: the zip is written off the UI thread and holds the print PDF."""
from __future__ import annotations

import zipfile

from tests.gui.conftest import SCHOOL


def test_package_zip_holds_the_print_pdf(make_window, qtbot, tmp_path):
    window = make_window(SCHOOL)
    window.session.apply(window.session.layout.with_slot("headline", text="Ny skola 2026"), "edit")  # unsaved
    dialog = window.show_package()
    assert window.act_package.text() == "&Paketera för tryckeriet…"
    target = tmp_path / "till tryckeriet" / "skola.zip"
    target.parent.mkdir()
    dialog.output.setText(str(target))
    dialog.quantity.setValue(2000)
    with qtbot.waitSignal(dialog.packaged, timeout=120000):
        dialog.start()
        assert not dialog.start_button.isEnabled()
    with zipfile.ZipFile(target) as package:
        names = package.namelist()
        pdfs = [n for n in names if n.endswith(".pdf") and n != "preflight.pdf"]
        assert pdfs and package.read(pdfs[0]).startswith(b"%PDF")
        assert {"preflight.pdf", "proof.png", "job-ticket.txt", "layout/skola.json"} <= set(names)
        assert "Ny skola 2026" in package.read("layout/skola.json").decode()
        assert "2000" in package.read("job-ticket.txt").decode()
    assert dialog.open_folder.isVisible() and dialog.status.text() == "Klart: skola.zip"
    dialog.close()


def test_package_without_printer_line_is_explained(window, qtbot, tmp_path):
    dialog = window.show_package()
    dialog.output.setText(str(tmp_path / "flyer.zip"))
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.start()
    assert "tryckort saknas" in dialog.status.text() and not (tmp_path / "flyer.zip").exists()
    dialog.close()
