"""The volunteer's path, counted: from a fresh start to an A5 flyer from a manifesto section with a
new photo and the printer line from the campaign profile, its print PDF and three social-media
pictures; then a second flyer. Everything goes through real clicks and keys (pytest-qt); each
click, typed field, key or shortcut is one user action. A file dialog counts as two (type the
file name, press Enter): the static dialog is replaced by one that takes the typed name.

Target (issue 15): at most 15 actions from a fresh start, at most 8 for the second flyer.
"""
from __future__ import annotations

import datetime

import pikepdf
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from designer.units import mm

A5 = (mm(148), mm(210))
BLEED = mm(3)
SOCIAL_SIZES = {(1080, 1080), (1080, 1350), (1080, 1920)}


class User:
    """Drives the app like a person and counts what they do."""

    def __init__(self, qtbot):
        self.qtbot, self.actions, self.log = qtbot, 0, []

    def _count(self, what: str):
        self.actions += 1
        self.log.append(what)

    def click(self, widget, what: str, pos=None):
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pos if pos is not None else widget.rect().center())
        self._count(f"click {what}")

    def type(self, widget, text: str):
        """Type `text` (QTest.keyClicks only knows ASCII; å, ä, ö go as key events with their text)."""
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        self._count(f"type “{text}”")

    def key(self, widget, key, what: str):
        QTest.keyClick(widget, key)
        self._count(f"key {what}")

    def shortcut(self, window, sequence: str):
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        QTest.keySequence(window, QKeySequence(sequence))
        self._count(f"shortcut {sequence}")

    def click_and_pick_file(self, button, what: str, monkeypatch, path):
        """Click `button`, then in its file dialog type the file's name and press Enter (3 actions)."""
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
        self.click(button, what)
        self._count(f"type file name {path.name}")
        self._count("key Enter")


@pytest.fixture
def photo(tmp_path):
    """A new photo from the volunteer's camera: 2400 × 1600 px JPEG."""
    path = tmp_path / "camera" / "valstuga.jpg"
    path.parent.mkdir()
    image = Image.new("RGB", (2400, 1600))
    image.putdata([(x * 255 // 2400, 120, y * 255 // 1600) for y in range(1600) for x in range(2400)])
    image.save(path, quality=85)
    return path


def _list_row(widget, text_start: str):
    for row in range(widget.count()):
        if widget.item(row).text().startswith(text_start):
            return widget.visualItemRect(widget.item(row)).center()
    raise AssertionError(f"no item starting with {text_start!r}")


def _wait_exports(qtbot, window, count: int):
    """Wait for the export started by the last action; a failure shown to the user fails the test."""
    def message():
        box = getattr(window, "last_message", None)
        return box.text() if box is not None and box.isVisible() else ""

    qtbot.waitUntil(lambda: len(window.exports) >= count or message() or not window.quick_export.busy,
                    timeout=120000)
    assert not message(), message()
    assert len(window.exports) >= count, window.statusBar().currentMessage()


def _check_print_pdf(path):
    with pikepdf.open(path) as pdf:
        assert "PDF/X-4" in str(pdf.docinfo.get("/GTS_PDFXVersion", "")) or \
            "PDF/X-4" in str(pdf.open_metadata().get("pdfxid:GTS_PDFXVersion", ""))
        page = pdf.pages[0]
        trim = [float(v) for v in page.TrimBox]
        bleed = [float(v) for v in page.BleedBox]
        assert abs(trim[2] - trim[0] - A5[0]) < 0.5 and abs(trim[3] - trim[1] - A5[1]) < 0.5
        assert all(abs(abs(t - b) - BLEED) < 0.5 for t, b in zip(trim, bleed))


def _check_social(files):
    sizes = set()
    for path in files:
        with Image.open(path) as image:
            sizes.add(image.size)
    assert sizes == SOCIAL_SIZES


def test_volunteer_path_from_fresh_start(make_window, qtbot, tmp_path, monkeypatch, photo):
    monkeypatch.setenv("HOME", str(tmp_path / "volunteer"))
    user = User(qtbot)
    window = make_window(start_view=True)                      # fresh home: no profile, no documents
    window.exports = []
    window.quick_export.finished.connect(lambda files: window.exports.extend(files))
    qtbot.waitUntil(lambda: window.start_view is not None and window.start_view.isVisible())
    start = window.start_view
    assert start.profile_box.isVisible()                       # asked once, on the first start

    fields = start.fields
    user.click(fields.organisation, "organisation")
    user.type(fields.organisation, "Centerpartiet Borlänge")
    for edit, text in ((fields.printer, "Tryckeriet AB"), (fields.place, "Borlänge"),
                       (fields.contact, "borlange@centerpartiet.se")):
        user.key(start.focusWidget(), Qt.Key.Key_Tab, "Tab")
        assert start.focusWidget() is edit
        user.type(edit, text)
    user.click(start.sections.viewport(), "section “En skola …”", _list_row(start.sections, "En skola"))
    assert start.template_id == "a5-flyer"                     # A5 flyer is the preselected format
    user.click_and_pick_file(start.photo_button, "Photo…", monkeypatch, photo)
    user.click(start.create_button, "Create")

    session = window.session
    year = datetime.date.today().year
    assert session.template.id == "a5-flyer"
    assert session.layout.slot("headline").text.startswith("En skola")
    assert session.layout.slot("printer-line").text == f"Tryck: Tryckeriet AB, Borlänge {year}"
    assert "borlange@centerpartiet.se" in session.layout.slot("contact").text
    assert session.layout.slot("photo").image == str(photo)

    user.shortcut(window, "Ctrl+P")                            # Skicka till tryckeriet
    _wait_exports(qtbot, window, 1)
    user.shortcut(window, "Ctrl+Shift+E")                      # Bilder för sociala medier
    _wait_exports(qtbot, window, 4)
    first = user.actions
    print(f"\nvolunteer path, first flyer: {first} actions: " + "; ".join(user.log))

    pdf, *social = window.exports
    assert pdf.name.endswith("-tryck.pdf") and pdf.parent == session.path.parent
    _check_print_pdf(pdf)
    _check_social(social)
    assert session.template.id == "a5-flyer" and not session.modified      # the layout is unchanged
    assert first <= 15

    # the second flyer: the profile is remembered, the format too
    user.actions, user.log = 0, []
    user.shortcut(window, "Ctrl+N")
    qtbot.waitUntil(lambda: window.start_view.isVisible())
    start = window.start_view
    assert not start.profile_box.isVisible()
    user.click(start.sections.viewport(), "section “Företagande …”", _list_row(start.sections, "Företagande"))
    user.click_and_pick_file(start.photo_button, "Photo…", monkeypatch, photo)
    user.click(start.create_button, "Create")
    assert session.layout.slot("headline").text.startswith("Företagande")
    assert session.layout.slot("printer-line").text == f"Tryck: Tryckeriet AB, Borlänge {year}"
    user.shortcut(window, "Ctrl+P")
    _wait_exports(qtbot, window, 5)
    user.shortcut(window, "Ctrl+Shift+E")
    _wait_exports(qtbot, window, 8)
    second = user.actions
    print(f"volunteer path, second flyer: {second} actions: " + "; ".join(user.log))
    _check_print_pdf(window.exports[4])
    _check_social(window.exports[5:8])
    assert len({p.name for p in window.exports}) == 8          # nothing of the first flyer overwritten
    assert second <= 8


def test_send_to_printer_shows_what_the_export_refuses(make_window, qtbot, tmp_path):
    import shutil

    from tests.gui.conftest import SCHOOL
    layout = tmp_path / "skola.json"
    shutil.copy(SCHOOL, layout)
    window = make_window(layout)
    window.session.apply(window.session.layout.with_slot("printer-line", text=""), "clear printer line")
    assert not window.send_to_printer()                           # the export dialog lists what blocks it
    assert window.export_dialog.blockers.count() >= 1
    assert not list(tmp_path.glob("*.pdf"))                     # nothing half-written


def test_one_step_export_of_a_new_layout_never_writes_into_the_installation(make_window, qtbot, tmp_path,
                                                                             monkeypatch):
    from designer import paths
    from tests.gui.conftest import SCHOOL
    monkeypatch.setenv("HOME", str(tmp_path / "volunteer"))
    window = make_window(SCHOOL)                               # last folder: the shipped examples
    window.exports = []
    window.quick_export.finished.connect(lambda files: window.exports.extend(files))
    window.convert_to("a5-flyer-2s")                           # a copy: a new, unsaved layout
    assert window.session.path is None
    assert window.social_images()
    _wait_exports(qtbot, window, 3)
    assert all(str(tmp_path) in str(path) for path in window.exports)
    assert not any(str(paths.ROOT) in str(path) for path in window.exports)
