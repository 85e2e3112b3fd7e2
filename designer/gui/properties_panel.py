"""Properties of the selected frame: text, size range, alignment, brand colour, image, fit, focus.

In: the Session and a frame id (`show_frame`). Out: undoable layout edits via `session.apply`.
Fields the template locks are shown disabled with the reason.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from designer.gui.i18n import Retranslating, current_language
from designer.gui.messages import warn
from designer.gui.painter import qcolor
from designer.gui.text_editor import route_undo_to_window
from designer.io.template_file import style_from_dict
from designer.layout.engine import image_path
from designer.layout.images import ImageProblem, image_info
from designer.locks import locks_of

ALIGNMENTS = ("left", "center", "right", "justify")


class FocusPicker(QWidget):
    """The image with a cross-hair: drag to choose which part stays visible when cropping."""

    focusChanged = Signal(float, float)
    focusCommitted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = QImage()
        self.focus = (0.5, 0.5)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_image(self, path: str | None, focus):
        self.image = QImage(path).scaledToWidth(480, Qt.TransformationMode.SmoothTransformation) \
            if path else QImage()
        self.focus = tuple(focus)
        if not self.image.isNull():
            self.setFixedHeight(max(60, min(220, round(self.width() * self.image.height() / self.image.width()))))
        self.update()

    def _target(self) -> QRectF:
        if self.image.isNull():
            return QRectF(self.rect())
        w = self.width()
        h = w * self.image.height() / self.image.width()
        if h > self.height():
            h = self.height()
            w = h * self.image.width() / self.image.height()
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f0f0f2"))
        if self.image.isNull():
            return
        target = self._target()
        painter.drawImage(target, self.image)
        point = QPointF(target.x() + self.focus[0] * target.width(), target.y() + self.focus[1] * target.height())
        painter.setPen(QColor(255, 255, 255, 230))
        painter.setBrush(QColor(47, 111, 237, 200))
        painter.drawEllipse(point, 7, 7)
        painter.drawLine(QPointF(point.x() - 12, point.y()), QPointF(point.x() + 12, point.y()))
        painter.drawLine(QPointF(point.x(), point.y() - 12), QPointF(point.x(), point.y() + 12))

    def _set_from(self, pos):
        target = self._target()
        x = min(1.0, max(0.0, (pos.x() - target.x()) / max(1.0, target.width())))
        y = min(1.0, max(0.0, (pos.y() - target.y()) / max(1.0, target.height())))
        self.focus = (round(x, 3), round(y, 3))
        self.update()
        self.focusChanged.emit(*self.focus)

    def mousePressEvent(self, event):
        self._set_from(event.position())

    def mouseMoveEvent(self, event):
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._set_from(event.position())

    def mouseReleaseEvent(self, event):
        self.focusCommitted.emit()


class PropertiesPanel(Retranslating, QWidget):
    """Right panel, top: edits one frame's slot."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.frame_id: str | None = None
        self._syncing = False
        self._typing = 0
        self._focus_before = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("panelHint")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)

        # text
        self.text_box = QWidget()
        form = QFormLayout(self.text_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(110)
        self.text.textChanged.connect(self._text_changed)
        route_undo_to_window(self.text)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        form.addRow(self.text_label)
        form.addRow(self.text)
        self.size_min, self.size_max = QDoubleSpinBox(), QDoubleSpinBox()
        sizes = QHBoxLayout()
        for spin in (self.size_min, self.size_max):
            spin.setRange(4, 400)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" pt")
            spin.setMinimumWidth(70)
            spin.editingFinished.connect(self._size_changed)
            sizes.addWidget(spin)
        self.size_label = QLabel()
        form.addRow(self.size_label, sizes)
        self.align_group = QButtonGroup(self)
        aligns = QHBoxLayout()
        aligns.setSpacing(2)
        for index, name in enumerate(ALIGNMENTS):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(_align_icon(name))
            self.align_group.addButton(button, index)
            aligns.addWidget(button)
        aligns.addStretch(1)
        self.align_group.idClicked.connect(self._align_changed)
        self.align_label = QLabel()
        form.addRow(self.align_label, aligns)
        self.color = QComboBox()
        self.color.activated.connect(self._color_changed)
        self.color_label = QLabel()
        form.addRow(self.color_label, self.color)
        layout.addWidget(self.text_box)

        # image
        self.image_box = QWidget()
        image_form = QFormLayout(self.image_box)
        image_form.setContentsMargins(0, 0, 0, 0)
        self.image_name = QLabel()
        self.image_name.setWordWrap(True)
        self.image_button = QPushButton()
        self.image_button.clicked.connect(self.choose_image)
        self.image_label = QLabel()
        image_form.addRow(self.image_label, self.image_name)
        image_form.addRow("", self.image_button)
        self.fit = QComboBox()
        self.fit.activated.connect(self._fit_changed)
        self.fit_label = QLabel()
        image_form.addRow(self.fit_label, self.fit)
        self.zoom = QDoubleSpinBox()
        self.zoom.setRange(1.0, 5.0)
        self.zoom.setSingleStep(0.1)
        self.zoom.setSuffix(" ×")
        self.zoom.editingFinished.connect(self._zoom_changed)
        self.zoom_label = QLabel()
        image_form.addRow(self.zoom_label, self.zoom)
        self.focus_label = QLabel()
        self.focus_label.setWordWrap(True)
        image_form.addRow(self.focus_label)
        self.focus = FocusPicker()
        self.focus.focusChanged.connect(self._focus_changed)
        self.focus.focusCommitted.connect(self._focus_committed)
        image_form.addRow(self.focus)
        layout.addWidget(self.image_box)
        layout.addStretch(1)
        self.locked_note = QLabel()
        self.locked_note.setObjectName("panelHint")
        self.locked_note.setWordWrap(True)
        layout.addWidget(self.locked_note)
        session.changed.connect(self._sync)
        self.retranslate()
        self.show_frame(None)

    def retranslate(self):
        self.text_label.setText(self.tr("Text (one paragraph per line, points start with “• ”)"))
        self.size_label.setText(self.tr("Size min–max"))
        self.align_label.setText(self.tr("Alignment"))
        for button, name in zip(self.align_group.buttons(), (self.tr("Left"), self.tr("Centre"),
                                                             self.tr("Right"), self.tr("Justify"))):
            button.setToolTip(name)
        self.color_label.setText(self.tr("Colour"))
        self.image_label.setText(self.tr("Image"))
        self.image_button.setText(self.tr("Choose image…"))
        self.fit_label.setText(self.tr("Fit"))
        self.fit.clear()
        self.fit.addItem(self.tr("Fill the frame (crop)"), "fill")
        self.fit.addItem(self.tr("Fit inside the frame"), "fit")
        self.zoom_label.setText(self.tr("Zoom"))
        self.focus_label.setText(self.tr("Focus point: drag in the picture to choose what stays visible."))
        self.show_frame(self.frame_id)

    # -- showing -------------------------------------------------------------------------------
    def show_frame(self, frame_id: str | None):
        """Show the fields of `frame_id` (None: a short hint)."""
        self.frame_id = frame_id
        self._sync()

    def _sync(self):
        spec = self.session.frame(self.frame_id) if self.frame_id else None
        self._syncing = True
        try:
            self._fill(spec)
        finally:
            self._syncing = False

    def _fill(self, spec):
        self.text_box.setVisible(spec is not None and spec.type == "text")
        self.image_box.setVisible(spec is not None and spec.type == "image")
        if spec is None:
            self.title.setText(self.tr("Nothing selected"))
            self.subtitle.setText(self.tr("Click a frame on the page to change it."))
            self.locked_note.setText("")
            return
        self.title.setText(spec.label or role_name(spec.role))
        r = self.session.frame_rect(spec.id)
        unit = self.session.unit
        size = f"{r.w / unit:.0f} × {r.h / unit:.0f} {'mm' if self.session.template.kind == 'print' else 'px'}"
        self.subtitle.setText(f"{role_name(spec.role)} · {size}")
        locks = sorted(locks_of(spec) - {"hidden"})
        self.locked_note.setText(self.tr("Locked by the template: %s") % ", ".join(lock_name(l) for l in locks)
                                 if locks else "")
        slot = self.session.layout.slot(spec.id)
        if spec.type == "text":
            self._fill_text(spec, slot)
        elif spec.type == "image":
            self._fill_image(spec, slot)

    def _fill_text(self, spec, slot):
        text = self.session.frame_text(spec.id)
        if self.text.toPlainText() != text and not self._typing:
            self.text.setPlainText(text)
        self.text.setReadOnly("content" in spec.locked)
        style = self._style(spec)
        self.size_min.setValue(style.size_min)
        self.size_max.setValue(style.size_max)
        styled = "style" not in locks_of(spec)
        for widget in (self.size_min, self.size_max, self.color, *self.align_group.buttons()):
            widget.setEnabled(styled)
        self.align_group.button(ALIGNMENTS.index(style.align) if style.align in ALIGNMENTS else 0).setChecked(True)
        self.color.clear()
        for name, swatch in self.session.brand.palette.items():
            self.color.addItem(_swatch_icon(qcolor(swatch)), colour_name(name), name)
        self.color.setCurrentIndex(max(0, self.color.findData(style.color)))

    def _fill_image(self, spec, slot):
        path = image_path(spec, slot, self.session.layout, self.session.template)
        self.image_name.setText(path.name if path else self.tr("(no image)"))
        self.fit.setCurrentIndex(max(0, self.fit.findData(slot.fit or spec.fit)))
        self.zoom.setValue(slot.zoom)
        self.focus.set_image(str(path) if path and path.is_file() else None, slot.focus)
        self.image_button.setEnabled("content" not in spec.locked)

    def _style(self, spec):
        slot = self.session.layout.slot(spec.id)
        if slot.style and "style" not in spec.locked:
            return style_from_dict(slot.style, "style", Path("layout"), self.session.brand, spec.style)
        return spec.style

    # -- editing -------------------------------------------------------------------------------
    def _slot_edit(self, label: str, merge_key=None, **changes):
        """Undoable change of the selected frame's slot fields (`label` names the undo step)."""
        if self._syncing or not self.frame_id:
            return
        self.session.apply(self.session.layout.with_slot(self.frame_id, **changes), label, merge_key)

    def _style_edit(self, label: str, **values):
        if self._syncing or not self.frame_id:
            return
        style = dict(self.session.layout.slot(self.frame_id).style)
        style.update(values)
        self._slot_edit(label, style=style)

    def _text_changed(self):
        if self._syncing:
            return
        self._typing += 1
        try:
            if self.frame_id:
                self.session.apply(self.session.with_text(self.frame_id, self.text.toPlainText()),
                                   self.tr("Edit text"), ("text", self.frame_id, "panel"))
        finally:
            self._typing -= 1

    def _size_changed(self):
        low, high = self.size_min.value(), self.size_max.value()
        if low > high:
            low, high = high, low
        self._style_edit(self.tr("Change text size"), size=[low, high])

    def _align_changed(self, index: int):
        self._style_edit(self.tr("Change alignment"), align=ALIGNMENTS[index])

    def _color_changed(self, _index: int):
        self._style_edit(self.tr("Change colour"), color=self.color.currentData())

    def _fit_changed(self, _index: int):
        self._slot_edit(self.tr("Change image fit"), fit=self.fit.currentData())

    def _zoom_changed(self):
        self._slot_edit(self.tr("Change image zoom"), zoom=round(self.zoom.value(), 2))

    def _focus_changed(self, x: float, y: float):
        if self.frame_id is None:
            return
        if self._focus_before is None:
            self._focus_before = self.session.layout
        self.session.set_layout(self.session.layout.with_slot(self.frame_id, focus=(x, y)))

    def _focus_committed(self):
        before, self._focus_before = self._focus_before, None
        if before is not None:
            self.session.apply(self.session.layout, self.tr("Move focus point"), before=before)

    def choose_image(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose image"), "",
                                              self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp)"))
        if path:
            self.set_image(path)

    def set_image(self, path: str) -> bool:
        """Put the image file into the selected frame; an unreadable file is explained, nothing changes."""
        try:
            image_info(Path(path))
        except ImageProblem as problem:
            message = problem.message if current_language() == "sv" else problem.message_en
            warn(self, self.tr("Cannot use this image"), f"{Path(path).name}: {message}")
            return False
        self._slot_edit(self.tr("Change image"), image=str(Path(path).resolve()))
        return True


def role_name(role: str) -> str:
    """The visible (translated) name of a frame role."""
    return QCoreApplication.translate("Roles", _ROLE_NAMES.get(role, role))


def colour_name(swatch: str) -> str:
    """The visible (translated) name of a brand-kit swatch id ("gron" → "Grön"); unknown ids as is."""
    return QCoreApplication.translate("Colours", _COLOUR_NAMES[swatch]) if swatch in _COLOUR_NAMES else swatch


def lock_name(lock: str) -> str:
    """The visible (translated) name of a template lock."""
    return QCoreApplication.translate("Roles", _LOCK_NAMES.get(lock, lock))


_ROLE_NAMES = {
    "headline": QT_TRANSLATE_NOOP("Roles", "Headline"),
    "subhead": QT_TRANSLATE_NOOP("Roles", "Subheading"),
    "body": QT_TRANSLATE_NOOP("Roles", "Body text"),
    "bullets": QT_TRANSLATE_NOOP("Roles", "“We want” points"),
    "quote": QT_TRANSLATE_NOOP("Roles", "Quote"),
    "slogan": QT_TRANSLATE_NOOP("Roles", "Slogan"),
    "candidate": QT_TRANSLATE_NOOP("Roles", "Candidates"),
    "contact": QT_TRANSLATE_NOOP("Roles", "Contact"),
    "date": QT_TRANSLATE_NOOP("Roles", "Date"),
    "place": QT_TRANSLATE_NOOP("Roles", "Place"),
    "photo": QT_TRANSLATE_NOOP("Roles", "Photo"),
    "logo": QT_TRANSLATE_NOOP("Roles", "Logo"),
    "qr": QT_TRANSLATE_NOOP("Roles", "QR code"),
    "printer_line": QT_TRANSLATE_NOOP("Roles", "Printer line"),
    "background": QT_TRANSLATE_NOOP("Roles", "Background"),
    "decoration": QT_TRANSLATE_NOOP("Roles", "Decoration"),
}
_COLOUR_NAMES = {
    "skog": QT_TRANSLATE_NOOP("Colours", "Forest"),
    "gron": QT_TRANSLATE_NOOP("Colours", "Green"),
    "mint": QT_TRANSLATE_NOOP("Colours", "Mint"),
    "sol": QT_TRANSLATE_NOOP("Colours", "Sun"),
    "papper": QT_TRANSLATE_NOOP("Colours", "Paper"),
    "gra": QT_TRANSLATE_NOOP("Colours", "Grey"),
    "svart": QT_TRANSLATE_NOOP("Colours", "Black"),
    "rikssvart": QT_TRANSLATE_NOOP("Colours", "Rich black"),
    "vit": QT_TRANSLATE_NOOP("Colours", "White"),
    "dieline": QT_TRANSLATE_NOOP("Colours", "Die line"),
}
_LOCK_NAMES = {
    "position": QT_TRANSLATE_NOOP("Roles", "position"),
    "size": QT_TRANSLATE_NOOP("Roles", "size"),
    "style": QT_TRANSLATE_NOOP("Roles", "style"),
    "content": QT_TRANSLATE_NOOP("Roles", "content"),
}


def _swatch_icon(color: QColor) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3)
    painter.end()
    return QIcon(pixmap)


def _align_icon(align: str) -> QIcon:
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#3a3a40"))
    for row, width in enumerate((14, 10, 14, 8)):
        width = 14 if align == "justify" else width
        x = {"left": 3, "center": 3 + (14 - width) / 2, "right": 17 - width, "justify": 3}[align]
        painter.drawLine(QPointF(x, 5 + row * 3.5), QPointF(x + width, 5 + row * 3.5))
    painter.end()
    return QIcon(pixmap)
