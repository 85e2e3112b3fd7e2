"""With the Swedish translation loaded, walk every visible text of the main window and its dialogs
(menus, toolbar, panels, buttons, labels, placeholders, tooltips, list and combo items, window
titles) and flag English left in the Swedish UI: a text that is an English source string of the
catalogue with a different translation, or that contains a common English word."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
                               QListWidget, QMenu, QPlainTextEdit, QTreeWidget, QWidget)

from designer.gui.i18n import I18N
from tests.gui.conftest import SCHOOL

# Swedish words that are also English ("text", "format", "layout") are not listed.
ENGLISH_WORDS = {
    "the", "and", "of", "to", "with", "from", "for", "your", "this", "file", "save", "open", "export", "cancel",
    "print", "image", "picture", "colour", "color", "frame", "page", "campaign", "designer",
    "choose", "new", "close", "show", "undo", "redo", "warning", "error", "quit", "edit", "view", "yes",
    "no", "apply", "settings", "printer", "place", "contact", "create", "change", "copy",
    "social", "media", "photo", "section", "green", "grey", "gray", "dieline", "template", "size",
}
SWEDISH_WITHOUT_DOTS = {"gron", "gra", "farg", "oppna", "forhandsgranska", "losenord"}   # å/ä/ö lost
ALLOWED = {"PDF", "PNG", "CMYK", "sRGB", "FOGRA39", "QR", "dpi", "pt", "mm", "px"}


def _catalogue() -> dict[str, str]:
    """English source → Swedish translation, without accelerator ampersands."""
    root = ElementTree.parse(I18N / "designer_sv.ts").getroot()
    out = {}
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is not None and translation.text:
            out[source.replace("&", "")] = translation.text.replace("&", "")
    return out


def _widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible text of `root` and its children."""
    texts = [(type(root).__name__, root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        texts.append((name + ".toolTip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append((name + ".placeholder", widget.placeholderText()))
        if isinstance(widget, QPlainTextEdit):
            texts.append((name + ".placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        if isinstance(widget, QDockWidget):
            texts.append((name, widget.windowTitle()))
        if isinstance(widget, QComboBox):
            texts += [(name + " item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [(name + " item", widget.item(i).text()) for i in range(widget.count())]
            texts += [(name + " item.toolTip", widget.item(i).toolTip()) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            texts.append((name + " header", widget.headerItem().text(0)))
    return texts


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    texts = [(where, menu.title())]
    for action in menu.actions():
        texts += [(f"{where} › {action.text()}", action.text()), (f"{where} › {action.text()} tooltip",
                                                                  action.toolTip())]
        if action.menu() is not None:
            texts += _menu_texts(action.menu(), f"{where} › {action.text()}")
    return texts


def _english(texts, catalogue) -> list[str]:
    flagged = []
    for where, text in texts:
        clean = (text or "").replace("&", "").strip()
        if not clean:
            continue
        if clean in catalogue and catalogue[clean] != clean:
            flagged.append(f"{where}: untranslated “{clean}”")
            continue
        words = {w for w in re.findall(r"[A-Za-z]+", clean) if w not in ALLOWED}
        english = {w for w in words if w.lower() in ENGLISH_WORDS | SWEDISH_WITHOUT_DOTS}
        if english:
            flagged.append(f"{where}: English word(s) {sorted(english)} in “{clean}”")
    return flagged


def test_no_english_left_in_the_swedish_ui(make_window, qtbot, tmp_path):
    window = make_window(SCHOOL)
    catalogue = _catalogue()
    texts = _widget_texts(window)
    for menu in (window.menu_file, window.menu_edit, window.menu_view):
        texts += _menu_texts(menu, menu.title())
    texts += [(f"toolbar {a.text()}", a.toolTip()) for a in window.toolbar.actions()]
    for frame_id in ("headline", "photo", "slogan"):                   # text, image and slogan properties
        window.select_frame(frame_id)
        texts += _widget_texts(window.properties)
    window.session.apply(window.session.layout.with_slot("printer-line", text=""), "clear")
    texts += _widget_texts(window.warnings)                           # incl. the fix card

    from designer.gui.gallery import GalleryDialog
    from designer.gui.profile_dialog import ProfileDialog
    from designer.gui.start_view import StartDialog
    dialogs = [window.show_export(), window.show_package(), window.show_editions(),
               GalleryDialog(window.session.catalog, window, change_format=True),
               StartDialog(window.session, None, "a5-flyer", window), ProfileDialog(None, window)]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        texts += _widget_texts(dialog)
        dialog.close()
    assert len(texts) > 300
    flagged = _english(texts, catalogue)
    assert not flagged, "\n".join(flagged)
