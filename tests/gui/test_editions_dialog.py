"""The editions dialog: pick data, map columns to fields, preview a row, export all off the UI thread."""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from designer import paths  # noqa: E402
from designer.io.layout_file import load_layout  # noqa: E402

EDITIONS = paths.EXAMPLES / "editions"
FIELDS = ["foto", "kandidat", "ort", "datum", "tid", "plats", "roll", "kontakt"]


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "utgavor"
    shutil.copytree(EDITIONS, target)
    return target


@pytest.fixture
def dialog(app, qtbot, folder):
    """The dialog in the app's default language, Swedish."""
    from designer.gui.editions_dialog import EditionsDialog

    layout_path = folder / "mote-a5.json"
    widget = EditionsDialog(None, load_layout(layout_path), layout_path)
    qtbot.addWidget(widget)
    return widget


def write_csv(path: Path, rows: list[str], header="Stad;kandidat;roll;datum;tid;plats;foto;kontakt") -> Path:
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252"))
    return path


def row(stad="Falun", foto="foton/alven.jpg", plats="Folkets hus") -> str:
    return f"{stad};Karin Örjes;kandidat;4 maj;18.00;{plats};{foto};info@exempel.se"


def test_columns_with_the_same_name_are_mapped_and_a_row_previews(dialog, folder):
    assert sorted(dialog.combos) == sorted(FIELDS)
    assert not dialog.export_button.isEnabled()
    assert dialog.set_data(folder / "moten.csv")
    assert dialog.mapping() == {name: name for name in FIELDS}
    assert dialog.row_spin.maximum() == 24 and dialog.message.text() == ""
    first = dialog.preview.pixmap().toImage()
    assert not first.isNull() and first.width() > 100
    dialog.row_spin.setValue(5)
    assert dialog.preview.pixmap().toImage() != first
    assert dialog.export_button.isEnabled()


def test_an_unmapped_field_is_explained_and_mapping_it_fixes_the_preview(dialog, folder):
    assert dialog.set_data(write_csv(folder / "data.csv", [row()]))
    assert "ort" not in dialog.mapping()
    assert "layout uses {{ort}}" in dialog.message.text()
    assert dialog.preview.pixmap().isNull()
    combo = dialog.combos["ort"]
    combo.setCurrentIndex(combo.findData("Stad"))
    assert dialog.message.text() == ""
    assert not dialog.preview.pixmap().isNull()


def test_a_bad_row_shows_its_problem_in_the_preview(dialog, folder):
    dialog.set_data(write_csv(folder / "data.csv", [row(), row(foto="../../etc/passwd")],
                              header="ort;kandidat;roll;datum;tid;plats;foto;kontakt"))
    dialog.row_spin.setValue(2)
    assert "photo: image '../../etc/passwd' lies outside the allowed folders" in dialog.message.text()


def test_export_all_runs_off_the_ui_thread_and_lists_failed_rows(dialog, folder, qtbot):
    data = write_csv(folder / "data.csv", [row("Falun"), row("Mora", foto="foton/saknas.jpg"), row("Orsa")],
                     header="ort;kandidat;roll;datum;tid;plats;foto;kontakt")
    dialog.set_data(data)
    dialog.output_edit.setText(str(folder / "ut"))
    dialog.name_edit.setText("{{ort}}.pdf")
    with qtbot.waitSignal(dialog.finished_run, timeout=60_000) as blocker:
        dialog.start()
        assert not dialog.export_button.isEnabled()
    report = blocker.args[0]
    assert (report.count("ok"), report.count("failed")) == (2, 1)
    assert sorted(p.name for p in (folder / "ut").glob("*.pdf")) == ["Falun.pdf", "Orsa.pdf"]
    summary = dialog.summary.toPlainText()
    assert summary.splitlines()[0] == "2 skapade, 0 redan aktuella, 1 misslyckades"
    assert "Rad 3: photo: image saknas.jpg not found" in summary
    assert dialog.progress.value() == 3 and dialog.export_button.isEnabled()


def test_an_unreadable_data_file_is_a_message_not_a_crash(dialog, folder):
    (folder / "tom.csv").write_bytes(b"")
    assert not dialog.set_data(folder / "tom.csv")
    assert "tom.csv: the file is empty" in dialog.message.text()
    assert not dialog.export_button.isEnabled()


def test_the_previewed_row_shows_on_the_page_and_closing_gives_it_back(make_window, folder):
    window = make_window(folder / "mote-a5.json")
    original = window.session.layout
    dialog = window.show_editions()
    dialog.set_data(write_csv(folder / "data.csv", [row("Falun"), row("Mora")],
                              header="ort;kandidat;roll;datum;tid;plats;foto;kontakt"))
    dialog.row_spin.setValue(2)
    assert window.session.layout.slot("headline").text.endswith("i Mora")
    assert not window.session.modified, "a preview is not an edit"
    dialog.on_page.setChecked(False)
    assert window.session.layout == original
    dialog.on_page.setChecked(True)
    dialog.reject()
    assert window.session.layout == original


def test_editions_of_an_unsaved_layout_ask_to_save_first(window):
    assert window.show_editions() is None
    assert "Spara layouten först" in window.last_message.text()
