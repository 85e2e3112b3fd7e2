"""Render screenshots of the main window into docs/screenshots/*.png (offscreen Qt).

    python tools/screenshots.py [--out docs/screenshots]

Shots: empty start, flyer filled (school section dropped, headline selected), export dialog,
warnings shown (overflow + missing printer line), template gallery, a four-page leaflet on the
pasteboard, preflight with the fix card, the print-shop package dialog, the export dialog
stopping a print export (blocking errors, one-click fix, "Exportera ändå som korrektur"), the
start view of a first start (campaign profile, section, format), crop mode on the photo and the
pictures "Bilder för sociala medier" makes. Settings and user data go to a temporary folder, so
the real user's recent files and recovery files are never touched.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="designer-shots-"))
os.environ["DESIGNER_HOME"] = str(_TMP / "home")

SIZE = (1440, 900)


def _settle(app, rounds: int = 6):
    for _ in range(rounds):
        app.processEvents()


def _social_montage(window):
    """The three pictures "Bilder för sociala medier" writes for the open layout, side by side."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from designer.social import social_images
    files = social_images(window.session.layout, window.session.template, window.session.catalog,
                          _TMP / "social", "skola")
    height, gap = 520, 24
    pictures = [QPixmap(str(path)).scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
                for path in files]
    montage = QPixmap(sum(p.width() for p in pictures) + gap * (len(pictures) + 1), height + 2 * gap + 24)
    montage.fill(QColor("#e6e6e9"))
    painter = QPainter(montage)
    x = gap
    for path, picture in zip(files, pictures):
        painter.drawPixmap(x, gap, picture)
        painter.drawText(QRectF(x, gap + height + 4, picture.width(), 20), Qt.AlignmentFlag.AlignCenter,
                         f"{path.name} · {QPixmap(str(path)).width()} × {QPixmap(str(path)).height()} px")
        x += picture.width() + gap
    painter.end()
    return montage


def output_folder(argv, description: str) -> Path:
    """The --out folder of a screenshot tool (default docs/screenshots), created."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    return out


def app_with_temporary_settings():
    """The app's QApplication, its settings kept in the temporary folder."""
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))
    from designer.gui.app import create_app

    return create_app([])


def main(argv=None) -> int:
    out = output_folder(argv, __doc__.splitlines()[0])
    app = app_with_temporary_settings()
    from designer.gui.main_window import MainWindow
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow()
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    window.resize(*SIZE)
    window.show()
    _settle(app)
    window.canvas.zoom_fit()
    _settle(app)
    shots = {}
    shots["01-start.png"] = window.grab()
    start = window.show_start_view()
    fields = start.fields
    for edit, text in ((fields.organisation, "Centerpartiet Borlänge"), (fields.printer, "Tryckeriet AB"),
                       (fields.place, "Borlänge"), (fields.contact, "borlange@centerpartiet.se")):
        edit.setText(text)
    start.sections.setCurrentRow(1)
    _settle(app)
    shots["30-start-view.png"] = start.grab()
    start.reject()

    window.drop_content({"kind": "section", "section": "skola", "index": 0}, None)
    window.session.apply(window.session.layout.with_slot(
        "printer-line", text="Tryck: Centerpartiet Borlänge (egen utskrift), Borlänge 2026"), "printer line")
    window.manifesto_panel.tree.topLevelItem(2).setExpanded(True)
    window.select_frame("headline")
    window.canvas.zoom_fit()
    _settle(app)
    shots["02-flyer-filled.png"] = window.grab()

    window.canvas.editRequested.emit("headline")
    _settle(app)
    shots["03-editing-text.png"] = window.grab()
    window.editor.close_editor()

    dialog = window.show_export()
    dialog.adjustSize()
    _settle(app)
    shots["04-export-dialog.png"] = dialog.grab()
    dialog.close()

    window.session.apply(window.session.layout.with_slot("body", text=(
        window.session.frame_text("body") + "\n") * 3).with_slot("printer-line", text=None), "overflow")
    window.select_frame("body")
    _settle(app)
    shots["05-warnings.png"] = window.grab()

    from designer.gui.gallery import GalleryDialog
    gallery = GalleryDialog(window.session.catalog, window)
    gallery.show()
    gallery.pool.waitForDone()
    _settle(app, 20)
    shots["06-gallery.png"] = gallery.grab()
    gallery.reject()

    window.new_layout("a4-folded-a5")
    window.drop_content({"kind": "section", "section": "skola", "index": 0}, None)
    _settle(app)
    window.select_frame("body")
    window.canvas.zoom_fit()
    _settle(app)
    shots["07-multipage.png"] = window.grab()

    window.new_layout("a5-flyer")
    window.drop_content({"kind": "section", "section": "skola", "index": 0}, None)
    window.session.apply(window.session.layout.with_slot("body", style={"color": "rikssvart"}), "rich black")
    warnings = window.warnings.list
    window.warnings._clicked(next(warnings.item(i) for i in range(warnings.count())
                                  if "tryckort" in warnings.item(i).text()))
    window.canvas.zoom_fit()
    _settle(app)
    shots["08-preflight-fix.png"] = window.grab()

    package = window.show_package()
    package.adjustSize()
    _settle(app)
    shots["09-package-dialog.png"] = package.grab()
    package.close()

    window.new_layout("a5-flyer")                      # placeholders and no printer line: blocked
    export = window.show_export()
    export.output.setText(str(_TMP / "flygblad.pdf"))
    export.start()
    rows = [export.blockers.item(i).text() for i in range(export.blockers.count())]
    export.blockers.setCurrentRow(next(i for i, text in enumerate(rows) if "tryckort" in text))
    export.adjustSize()
    _settle(app)
    shots["10-export-blocked.png"] = export.grab()
    export.close()

    window.new_layout("a5-flyer")
    window.drop_content({"kind": "section", "section": "skola", "index": 0}, None)
    window.select_frame("photo")
    window.canvas.start_crop("photo")
    window.canvas.crop_wheel(360)
    window.session.apply(window.session.layout.with_slot("photo", focus=(0.55, 0.62)), "pan")
    window.canvas.zoom_fit()
    _settle(app)
    shots["31-crop-mode.png"] = window.grab()
    window.canvas.end_crop()

    shots["32-social-export.png"] = _social_montage(window)

    for name, pixmap in shots.items():
        pixmap.save(str(out / name))
        print(out / name)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
