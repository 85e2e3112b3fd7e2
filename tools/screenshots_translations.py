"""Screenshots of the language editions in the app: docs/screenshots/20-language-switcher.png
(the Arabic edition of the school flyer, mirrored, with the switcher open) and
21-translation-table.png (Swedish and Arabic side by side, one slot changed since translated,
one too long for its frame).

    python tools/screenshots_translations.py [--out docs/screenshots]

Settings and user data go to a temporary folder (offscreen Qt).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ROOT, SIZE, _settle, app_with_temporary_settings, output_folder  # noqa: E402  (also sets up offscreen Qt and a temp home)

SCHOOL = ROOT / "layouts" / "examples" / "skola-a5.json"


def main(argv=None) -> int:
    out = output_folder(argv, __doc__.splitlines()[0])
    app = app_with_temporary_settings()
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPainter

    from designer.gui.main_window import MainWindow
    from designer.translations.editions import with_translation

    window = MainWindow(SCHOOL)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    switcher = window.language_switcher
    switcher.activated.emit(switcher.findData("ar"))
    window.translations_dock.show()
    window.resizeDocks([window.translations_dock], [330], Qt.Orientation.Vertical)
    window.canvas.zoom_fit()
    _settle(app)
    # the switcher's list drawn open over the window (a popup is its own window offscreen)
    switcher.showPopup()
    _settle(app)
    shot = window.grab()
    popup = switcher.view().window()
    painter = QPainter(shot)
    painter.drawPixmap(switcher.mapTo(window, QPoint(0, switcher.height())), popup.grab())
    painter.end()
    switcher.hidePopup()
    shot.save(str(out / "20-language-switcher.png"))

    session = window.session
    session.apply(session.layout.with_slot("headline", text="En skola där alla elever når sin fulla potential"),
                  "change the Swedish headline")
    layout = session.layout
    session.apply(with_translation(layout, "ar", "slogan", "إلى الأمام معاً من أجل بورلانغه!",
                                   layout.slot("slogan").text), "a slogan too long for its tag")
    window.translations.refresh()          # no need to wait for the typing pause
    window.translations.select_frame("headline")
    _settle(app)
    window.translations_dock.grab().save(str(out / "21-translation-table.png"))
    window.session.undo.clear()
    window.session.undo.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
