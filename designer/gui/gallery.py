"""File › New: the template gallery. Thumbnails of the real templates with sample content,
grouped by use, with the trim size; rendered off the UI thread and cached on disk.

In: a TemplateCatalog. Out: `chosen` (a template id) after `exec()` returns Accepted. For a format
change (`change_format=True`) also `in_place`: unchecked (the default) makes a copy in the new
format, checked replaces the open document's format.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView,
                               QListWidget, QListWidgetItem, QVBoxLayout)

from designer import logs, paths
from designer.units import mm

THUMB_PX = 180
GROUPS = {
    "flyers": QT_TRANSLATE_NOOP("Gallery", "Flyers"),
    "leaflets": QT_TRANSLATE_NOOP("Gallery", "Leaflets"),
    "posters": QT_TRANSLATE_NOOP("Gallery", "Posters"),
    "cards": QT_TRANSLATE_NOOP("Gallery", "Cards"),
    "social": QT_TRANSLATE_NOOP("Gallery", "Social media"),
}
ROLE = Qt.ItemDataRole.UserRole
_memory: dict[str, QImage] = {}


def thumbnail_file(template) -> Path:
    """The cache file of a template's thumbnail (changes when the template file changes)."""
    stat = os.stat(template.source) if template.source and os.path.exists(template.source) else None
    key = f"{template.id}|{template.source}|{stat.st_mtime_ns if stat else 0}|{THUMB_PX}"
    return paths.user_cache_dir() / "thumbnails" / (hashlib.sha256(key.encode()).hexdigest()[:24] + ".png")


def render_thumbnail(template) -> Path:
    """Render (or reuse) the cached PNG thumbnail of `template`; no Qt, safe in a worker thread."""
    target = thumbnail_file(template)
    if target.is_file():
        return target
    from designer.thumbnails import template_thumbnail
    from designer.io.atomic import atomic_write_bytes
    import io

    image = template_thumbnail(template, THUMB_PX)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    atomic_write_bytes(target, buffer.getvalue())
    return target


class _Signals(QObject):
    done = Signal(str, str)     # template id, png path ("" on failure)


class _ThumbnailJob(QRunnable):
    def __init__(self, template, signals):
        super().__init__()
        self.template, self.signals = template, signals

    def run(self):
        try:
            path = str(render_thumbnail(self.template))
        except Exception as exc:  # noqa: BLE001 - a broken template keeps its placeholder
            logs.report_unexpected(f"thumbnail of template {self.template.id}: {type(exc).__name__}: {exc}")
            path = ""
        self.signals.done.emit(self.template.id, path)


class GalleryDialog(QDialog):
    """Group list on the left, thumbnails on the right; double-click or Create opens one."""

    def __init__(self, catalog, parent=None, change_format: bool = False):
        super().__init__(parent)
        self.catalog = catalog
        self.chosen: str | None = None
        self.pending = 0                        # thumbnails still rendering
        self.setObjectName("gallery")
        self.resize(940, 640)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)          # PDFium is not thread-safe
        self.signals = _Signals(self)
        self.signals.done.connect(self._thumbnail_ready)
        row = QHBoxLayout()
        self.groups = QListWidget()
        self.groups.setFixedWidth(180)
        self.groups.currentRowChanged.connect(self._show_group)
        row.addWidget(self.groups)
        column = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("panelTitle")
        column.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.list.setGridSize(QSize(THUMB_PX + 40, THUMB_PX + 70))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setUniformItemSizes(True)     # icons keep their cell: no garbled first paint
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda item, _old: self.buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None))
        column.addWidget(self.list, 1)
        row.addLayout(column, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(row, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("primary")   # bold when sized too
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.in_place = QCheckBox(self.tr("Replace the format of this document instead of making a copy"))
        self.in_place.setVisible(change_format)
        self.in_place.toggled.connect(self._ok_text)
        outer.addWidget(self.in_place)
        outer.addWidget(self.buttons)
        self.change_format = change_format
        self.setWindowTitle(self.tr("Change format") if change_format else self.tr("New from template"))
        self.heading.setText(self.tr("Choose a format"))
        self._ok_text()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._items: dict[str, QListWidgetItem] = {}
        self._fill()

    def _fill(self):
        templates = sorted(self.catalog.templates.values(),
                           key=lambda t: (list(GROUPS).index(t.group) if t.group in GROUPS else 99, t.name))
        present = [g for g in GROUPS if any(t.group == g for t in templates)]
        present += sorted({t.group for t in templates} - set(GROUPS))
        self.groups.addItem(self.tr("All formats"))
        self.groups.item(0).setData(ROLE, None)
        for group in present:
            item = QListWidgetItem(QCoreApplication.translate("Gallery", GROUPS.get(group, group)))
            item.setData(ROLE, group)
            self.groups.addItem(item)
        for template in templates:
            item = QListWidgetItem(_placeholder(template), template_label(template, "\n"))
            item.setData(ROLE, template.id)
            item.setToolTip(f"{_name(template)} · {_size(template)} · {template.paper}".rstrip(" ·"))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
            self._items[template.id] = item
            cached = _memory.get(template.id)
            if cached is not None:
                item.setIcon(QIcon(QPixmap.fromImage(cached)))
            else:
                self.pending += 1
                self.pool.start(_ThumbnailJob(template, self.signals))
        self.groups.setCurrentRow(0)
        self.list.setCurrentRow(0)

    def _ok_text(self):
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.change_format:
            ok.setText(self.tr("Create"))
        elif self.in_place.isChecked():
            ok.setText(self.tr("Change the format of this document"))
        else:
            ok.setText(self.tr("Make a copy in the new format"))

    def _show_group(self, row: int):
        group = self.groups.item(row).data(ROLE) if row >= 0 else None
        for template_id, item in self._items.items():
            item.setHidden(group is not None and self.catalog.templates[template_id].group != group)

    def _thumbnail_ready(self, template_id: str, path: str):
        self.pending = max(0, self.pending - 1)
        item = self._items.get(template_id)
        image = QImage(path) if path else QImage()
        if item is None or image.isNull():
            return
        image = _square(image)
        _memory[template_id] = image
        item.setIcon(QIcon(QPixmap.fromImage(image)))

    def select(self, template_id: str) -> None:
        self.list.setCurrentItem(self._items[template_id])

    def accept(self):
        item = self.list.currentItem()
        self.chosen = item.data(ROLE) if item is not None else None
        super().accept()

    def done(self, result):
        self.pool.clear()
        self.pool.waitForDone()
        super().done(result)


def template_label(template, separator: str = " · ") -> str:
    """'A5-flygblad, enkelsidigt · 148 × 210 mm' in the UI language; the size once, also when the
    name has it ('Kandidatkort 85 × 55 mm')."""
    name, size = _name(template), _size(template)
    numbers = size.rsplit(" ", 1)[0]                # '85 × 55' without its unit
    return name if numbers in name else f"{name}{separator}{size}"


def _name(template) -> str:
    from designer.gui.i18n import current_language
    return template.name if current_language() == "sv" else template.name_en


def _size(template) -> str:
    if template.kind == "print":
        return f"{template.width / mm(1):g} × {template.height / mm(1):g} mm"
    return f"{template.width:g} × {template.height:g} px"


def _square(image: QImage) -> QImage:
    """The thumbnail centred on a transparent THUMB_PX square, the size of its placeholder."""
    square = QImage(THUMB_PX, THUMB_PX, QImage.Format.Format_ARGB32_Premultiplied)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage((THUMB_PX - image.width()) // 2, (THUMB_PX - image.height()) // 2, image)
    painter.end()
    return square


def _placeholder(template) -> QIcon:
    """A light page of the template's proportions while its thumbnail renders."""
    pixmap = QPixmap(THUMB_PX, THUMB_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    scale = THUMB_PX / max(template.width, template.height)
    w, h = template.width * scale, template.height * scale
    painter = QPainter(pixmap)
    painter.setPen(QColor("#dcdce1"))
    painter.setBrush(QColor("#f3f3f6"))
    painter.drawRect(round((THUMB_PX - w) / 2), round((THUMB_PX - h) / 2), round(w) - 1, round(h) - 1)
    painter.end()
    return QIcon(pixmap)
