"""The look: light neutral chrome around a grey pasteboard, like modern design tools.

Out: `STYLE_SHEET` for QApplication.setStyleSheet, `apply_style(app)` and `fit_to_screen`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

STYLE_SHEET = """
QMainWindow, QDialog { background: #f7f7f8; }
QToolBar#main { background: #ffffff; border: none; border-bottom: 1px solid #e3e3e6; padding: 4px 8px; spacing: 2px; }
QToolBar#main QToolButton { border: 1px solid transparent; border-radius: 6px; padding: 4px; }
QToolBar#main QToolButton:hover { background: #f0f0f3; border-color: #e3e3e6; }
QToolBar#main QToolButton:checked { background: #e8efff; border-color: #c9d8fb; }
QToolBar#main QToolButton#primary { background: #2f6fed; color: white; font-weight: 600;
    padding: 5px 12px; border-radius: 6px; }
QToolBar#main QToolButton#primary:hover { background: #2a62d2; }
QLabel#zoomLabel { color: #4a4a52; min-width: 48px; qproperty-alignment: AlignCenter; }
QDockWidget { font-weight: 600; color: #2b2b30; }
QDockWidget::title { background: #ffffff; padding: 8px 10px; border-bottom: 1px solid #ececef; text-align: left; }
QDockWidget > QWidget { background: #ffffff; }
QLabel#panelTitle { font-weight: 600; font-size: 13px; color: #1f1f24; }
QLabel#panelHint { color: #6e6e78; font-size: 11px; }
QLineEdit, QPlainTextEdit, QComboBox, QDoubleSpinBox, QSpinBox {
    background: #ffffff; border: 1px solid #dcdce1; border-radius: 6px; padding: 4px 6px; }
QComboBox QAbstractItemView { background: #ffffff; color: #1f1f24; border: 1px solid #dcdce1; outline: none;
    selection-background-color: #dbe6fd; selection-color: #1f1f24; }
QComboBox QAbstractItemView::item { padding: 3px 4px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDoubleSpinBox:focus { border-color: #2f6fed; }
QTreeWidget, QListWidget { background: #ffffff; border: none; outline: none; }
QTreeWidget::item, QListWidget::item { padding: 3px 2px; border-radius: 4px; }
QTreeWidget::item:selected, QListWidget::item:selected { background: #e8efff; color: #1f1f24; }
QTreeWidget::item:hover, QListWidget::item:hover { background: #f3f3f6; }
QListWidget#warnings::item { padding: 6px 4px; border-bottom: 1px solid #f0f0f2; }
QPushButton { background: #ffffff; border: 1px solid #d6d6dc; border-radius: 6px; padding: 5px 12px; }
QPushButton:hover { background: #f3f3f6; }
QPushButton:default, QPushButton#primary { background: #2f6fed; color: white; border-color: #2f6fed; font-weight: 600; }
QPushButton:disabled { color: #a0a0a8; background: #f3f3f5; }
QPushButton:default:disabled, QPushButton#primary:disabled { background: #b7cbf6; border-color: #b7cbf6; color: #ffffff; }
QToolButton { border-radius: 5px; padding: 3px; }
QToolButton:checked { background: #e8efff; }
QFrame#recoveryBar { background: #fff6db; border-bottom: 1px solid #f0d98a; }
QFrame#fixCard { background: #f5f8ff; border: 1px solid #c9d8fb; border-radius: 8px; }
QLabel#fixProblem { color: #b42318; }
QFrame#textEditor { background: #ffffff; border: 1px solid #c9d8fb; border-radius: 8px; }
QStatusBar { background: #ffffff; border-top: 1px solid #e3e3e6; color: #4a4a52; }
QStatusBar QLabel { padding: 0 8px; }
QMenuBar { background: #ffffff; border-bottom: 1px solid #ececef; }
QTabWidget::pane { border: 1px solid #e3e3e6; border-radius: 8px; background: #ffffff; top: -1px; }
QTabBar::tab { padding: 6px 14px; border: 1px solid transparent; border-top-left-radius: 6px; border-top-right-radius: 6px; }
QTabBar::tab:selected { background: #ffffff; border-color: #e3e3e6; border-bottom-color: #ffffff; }
QProgressBar { border: 1px solid #dcdce1; border-radius: 5px; background: #f3f3f6; height: 8px; text-align: center; }
QProgressBar::chunk { background: #2f6fed; border-radius: 4px; }
"""


FRAME_ALLOWANCE = 40        # px for the title bar and borders the window manager adds


def fit_to_screen(window, width: int, height: int) -> None:
    """Resize a window to width × height, smaller where its screen's free area is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    window.resize(min(width, free.width()), min(height, free.height() - FRAME_ALLOWANCE))


class ComboDelegates(QObject):
    """Gives every drop-down list a styled item delegate. Qt's default combo delegate draws the
    highlighted item as a menu item, which under a style sheet came out white on white."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Polish and isinstance(watched, QComboBox) \
                and not isinstance(watched.itemDelegate(), QStyledItemDelegate):
            watched.setItemDelegate(QStyledItemDelegate(watched))
        return False


def apply_style(app) -> None:
    """Fusion style, a light palette, a readable UI font, the stylesheet and readable drop-downs."""
    if not hasattr(app, "combo_delegates"):
        app.combo_delegates = ComboDelegates(app)
        app.installEventFilter(app.combo_delegates)
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f7f8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f3f6"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f1f24"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f1f24"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f1f24"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fed"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    font = QFont("Open Sans", 10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
