"""The layout engine: (saved layout, template, brand kit) -> Document of positioned page frames.

    document = build_document(layout)            # finds template and brand kit itself
    document = build_document(layout, template, brand)

Every renderer (PDF, PNG, Qt screen) draws `document.pages` as is. Problems (overflow, low ppi,
missing image or glyphs, text outside the safe area, placeholder printer line) come back as
`document.warnings`, each naming its frame; nothing is silently dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from designer.io.template_file import style_from_dict
from designer.layout import shapes
from designer.layout.frame_memo import FrameMemo
from designer.layout.fonts import missing_characters
from designer.layout.frames import Box, Document, Glyph, LayoutWarning, Page, PlacedImage, TextRun
from designer.layout.images import ImageProblem, effective_ppi, place_image
from designer.layout.long_words import overlong_words, shown
from designer.layout.resolver import Resolver, default_resolver
from designer.layout.script_fonts import FontChain
from designer.layout.shaping import shape
from designer.layout.text import BULLET_GLYPH, FontSet, SetText, fit_text
from designer.model.brand import BrandKit
from designer.model.color import BLACK, PLACEHOLDER_GREY, Color
from designer.model.layout import SavedLayout, Slot, split_blocks
from designer.model.template import FrameSpec, Template
from designer.units import Rect, mm

EDGE_TOLERANCE = 0.5   # points: a frame edge this close to the trim counts as touching it


def build_document(layout: SavedLayout, template: Template | None = None,
                   brand: BrandKit | None = None, bleed: float | None = None,
                   resolver: Resolver | None = None) -> Document:
    """Lay out every page of `layout`. Raises DesignerError for an unknown template or brand kit.

    `bleed` (points) overrides the template's bleed, e.g. 5 mm for a printer that asks for it.
    `resolver` finds the brand kit, template, fonts and images (default: the shipped assets and
    the user's folders).
    """
    resolver = resolver or default_resolver()
    brand = brand or resolver.brand(layout)
    template = template or resolver.template(layout, brand)
    laid_out = template
    if bleed is not None and template.kind == "print":
        laid_out = replace(template, bleed=bleed)
    builder = _PageBuilder(layout, laid_out, brand, resolver, memo_context=(template, brand, resolver))
    pages = [builder.page(index) for index in range(len(template.pages))]
    return Document(pages, builder.warnings, layout.title or laid_out.name, layout.date,
                    laid_out.id, laid_out.kind, laid_out.safe)


def resolve_path(layout: SavedLayout, name: str) -> Path:
    """A path from the layout file, relative to the layout's folder."""
    return Resolver.path(layout, name)


def brand_for(layout: SavedLayout) -> BrandKit:
    """The layout's brand kit, found by the default resolver."""
    return default_resolver().brand(layout)


def template_for(layout: SavedLayout, brand: BrandKit) -> Template:
    """The layout's template, found by the default resolver (mirrored for a right-to-left
    edition view, designer.translations.edition_layout)."""
    return default_resolver().template(layout, brand)


def image_path(spec: FrameSpec, slot: Slot, layout: SavedLayout, template: Template) -> Path | None:
    """The image file a frame shows, found by the default resolver."""
    return default_resolver().image_file(spec, slot, layout, template)


def slot_content(frame: FrameSpec, slot: Slot, brand: BrandKit) -> str:
    """The text a text frame shows: the slot's text, else the template default, else brand defaults."""
    if slot.text is not None:
        return slot.text
    if "text" in frame.default:
        return frame.default["text"]
    return brand.printer_line if frame.role == "printer_line" else ""


def font_set(brand: BrandKit, key: str) -> FontSet:
    """The font chains of brand font `key` and its bold, from the default resolver."""
    return default_resolver().font_set(brand, key)


@dataclass
class _Frame:
    spec: FrameSpec
    slot: Slot
    rect: Rect
    page: int


# Frames laid out the same way for every row of a merge, remembered per process (frame_memo).
# Images (their file may change on disk) and QR codes (a URL per row) are always laid out anew.
_MEMO = FrameMemo(capacity=128)
_NOT_REMEMBERED = frozenset({"image", "qr"})


class _PageBuilder:
    def __init__(self, layout: SavedLayout, template: Template, brand: BrandKit, resolver: Resolver,
                 memo_context: tuple = ()):
        self.layout, self.template, self.brand, self.resolver = layout, template, brand, resolver
        self.warnings: list[LayoutWarning] = []
        self.unit = mm(1) if template.kind == "print" else 1.0
        # the process-wide objects every frame is made from (template before the bleed override)
        self.memo_context = memo_context

    def page(self, index: int) -> Page:
        spec = self.template.pages[index]
        page = Page(index, spec.name, self.template.width, self.template.height, self.template.bleed,
                    fold_marks=tuple(mm(v) for v in spec.fold_marks_mm))
        for frame_spec in spec.frames:
            slot = self.layout.slot(frame_spec.id)
            if slot.hidden:
                continue
            frame = _Frame(_with_overrides(frame_spec, slot), slot, self._rect(frame_spec, slot), index)
            page.frame_rects[frame_spec.id] = frame.rect
            page.items.extend(self._frame_items(frame_spec, frame))
        return page

    def _frame_items(self, original: FrameSpec, frame: _Frame) -> tuple:
        """The frame's items (and its warnings, added to the builder's), from the memo when this
        process has laid out the same frame spec with the same slot, template, bleed and brand."""
        draw = getattr(self, f"_draw_{original.type}")
        if not self.memo_context or original.type in _NOT_REMEMBERED:
            return tuple(draw(frame))
        key = (*map(id, self.memo_context), self.template.bleed, id(original), frame.page, repr(frame.slot))
        found = _MEMO.get(key)
        if found is None:
            first_warning = len(self.warnings)
            found = (tuple(draw(frame)), tuple(self.warnings[first_warning:]))
            _MEMO.put(key, found, keep=(*self.memo_context, original))
            return found[0]
        self.warnings.extend(found[1])
        return found[0]

    # geometry and styles -------------------------------------------------------------------
    def _rect(self, spec: FrameSpec, slot: Slot) -> Rect:
        if slot.rect_mm is None:
            return spec.rect
        wanted = Rect(*(v * self.unit for v in slot.rect_mm))
        x, y = (spec.rect.x, spec.rect.y) if "position" in spec.locked else (wanted.x, wanted.y)
        w, h = (spec.rect.w, spec.rect.h) if "size" in spec.locked else (wanted.w, wanted.h)
        return Rect(x, y, max(1.0, w), max(1.0, h))

    def _bleed_rect(self, frame: _Frame) -> Rect:
        """The frame grown into the bleed on every side where it touches the trim."""
        bleeds = frame.slot.bleed if frame.slot.bleed is not None else frame.spec.bleed
        rect, bleed = frame.rect, self.template.bleed
        if not bleeds or not bleed:
            return rect
        left = rect.x - bleed if rect.x <= EDGE_TOLERANCE else rect.x
        top = rect.y - bleed if rect.y <= EDGE_TOLERANCE else rect.y
        right = rect.right + bleed if rect.right >= self.template.width - EDGE_TOLERANCE else rect.right
        bottom = rect.bottom + bleed if rect.bottom >= self.template.height - EDGE_TOLERANCE else rect.bottom
        return Rect(left, top, right - left, bottom - top)

    def color(self, name: str | None, frame: _Frame, fallback: Color | None = None) -> Color | None:
        if name is None:
            return fallback
        color = self.brand.color(name)
        if color is None:
            self.warn("unknown_color", frame, name=name)
            return fallback
        return color

    def warn(self, code, frame: _Frame, severity="warning", key: str | None = None, **data):
        """Record a LayoutWarning for `frame`; `data` fills its catalogue message (designer.messages)."""
        self.warnings.append(LayoutWarning(code, frame.spec.id, frame.page, severity, data, key))

    # frame types ---------------------------------------------------------------------------
    def _draw_rect(self, frame: _Frame):
        fill = self.color(frame.spec.fill, frame)
        stroke = self.color(frame.spec.stroke, frame)
        rect = self._bleed_rect(frame) if fill is not None and stroke is None else frame.rect
        return [Box(frame.spec.id, rect, fill, stroke, frame.spec.stroke_pt)]

    def _draw_ellipse(self, frame: _Frame):
        stroke = self.color(frame.spec.stroke, frame)
        return [shapes.ellipse_path(frame.spec.id, frame.rect, self.color(frame.spec.fill, frame),
                                    stroke, frame.spec.stroke_pt or 0.5)]

    def _draw_line(self, frame: _Frame):
        color = self.color(frame.spec.stroke or frame.spec.fill, frame, BLACK)
        width = frame.spec.stroke_pt or 0.5
        r = frame.rect
        ops = (("M", r.x, r.y + r.h / 2), ("L", r.right, r.y + r.h / 2)) if r.w >= r.h else \
              (("M", r.x + r.w / 2, r.y), ("L", r.x + r.w / 2, r.bottom))
        return [shapes.stroke_path(frame.spec.id, ops, color, width)]

    def _draw_logo(self, frame: _Frame):
        if self.brand.logo is None:
            return []
        return shapes.logo_paths(frame.spec.id, self.brand.logo, frame.rect, self.brand.palette)

    def _draw_qr(self, frame: _Frame):
        url = frame.slot.url or frame.spec.default.get("url", "")
        result = shapes.qr_path(frame.spec.id, url, frame.rect, self.color(frame.spec.style.color, frame, BLACK))
        if isinstance(result, str):
            self.warn("qr_invalid", frame, "error", reason=result)
            return []
        path, module = result
        if module < shapes.QR_MIN_MODULE and self.template.kind == "print":
            self.warn("qr_small", frame)
        return [path]

    def _draw_image(self, frame: _Frame):
        clip = self._bleed_rect(frame)
        path = self.resolver.image_file(frame.spec, frame.slot, self.layout, self.template)
        if path is None:
            return [Box(frame.spec.id, clip, PLACEHOLDER_GREY)]
        try:
            info = self.resolver.image(path)
        except ImageProblem as problem:
            self.warn(problem.code, frame, "error", path=str(path), **problem.data)
            return [Box(frame.spec.id, clip, PLACEHOLDER_GREY)]
        fit = frame.slot.fit or frame.spec.fit
        placed = place_image(clip, info.width, info.height, fit, frame.slot.focus, frame.slot.zoom)
        ppi = effective_ppi(info.width, placed.w)
        minimum = self.template.min_ppi
        if self.template.kind == "print" and ppi < minimum:
            self.warn("low_ppi", frame, "error" if ppi < minimum / 2 else "warning", key="layout.low_ppi",
                      ppi=ppi, minimum=minimum)
        visible = clip if fit == "fill" else placed
        return [PlacedImage(frame.spec.id, placed, visible, str(path), (info.width, info.height), ppi)]

    def _draw_text(self, frame: _Frame):
        spec, slot = frame.spec, frame.slot
        style = spec.style
        if slot.style and "style" not in spec.locked:
            style = style_from_dict(slot.style, f"slots.{spec.id}.style", Path("layout"), self.brand, style)
        items = []
        if spec.fill:
            items.extend(self._draw_rect(frame))
        text = slot_content(spec, slot, self.brand)
        self._check_printer_line(frame, text)
        blocks = split_blocks(text)
        if not blocks:
            return items
        fonts = self.resolver.font_set(self.brand, style.font)
        inner = frame.rect.inset(spec.padding)
        result = fit_text(blocks, style, fonts, inner.w, inner.h)
        if result.overflow_words:
            self.warn("overflow", frame, "error", words=result.overflow_words)
        self._check_long_words(frame, fonts, style, result.size, text, inner.w)
        self._check_glyphs(frame, fonts, text)
        self._check_safe_area(frame)
        color = self.color(style.color, frame, BLACK)
        bullet_color = self.color(style.bullet_color, frame, color)
        top = inner.y + _valign_offset(style.valign, inner.h, result.height)
        items.extend(text_runs(spec.id, inner.x, top, result, fonts, color, bullet_color))
        return items

    def _check_long_words(self, frame: _Frame, fonts: FontSet, style, size: float, text: str, width: float):
        words = overlong_words(text.upper() if style.uppercase else text, fonts.regular, size,
                               style.tracking, width)
        if words:
            self.warn("word_broken", frame, words=len(words), word=shown(words[0]))

    def _check_glyphs(self, frame: _Frame, fonts: FontSet, text: str):
        missing = missing_characters(fonts.regular.faces, text[:20000])
        if missing:
            self.warn("missing_glyphs", frame, "error", chars=missing)

    def _check_safe_area(self, frame: _Frame):
        if self.template.kind == "print" and not self.template.safe_rect.contains(frame.rect, tol=0.5):
            self.warn("outside_safe_area", frame)

    def _check_printer_line(self, frame: _Frame, text: str):
        if frame.spec.role != "printer_line" or self.template.kind != "print":
            return
        if not text.strip() or "[" in text:
            self.warn("printer_line_missing", frame, "error")


def _with_overrides(spec: FrameSpec, slot: Slot) -> FrameSpec:
    """The frame with the slot's fill and line width, unless the template locks its style."""
    if "style" in spec.locked or (slot.fill is None and slot.stroke_pt is None):
        return spec
    return replace(spec, fill=slot.fill if slot.fill is not None else spec.fill,
                   stroke_pt=slot.stroke_pt if slot.stroke_pt is not None else spec.stroke_pt)


def text_runs(frame_id: str, left: float, top: float, result: SetText, fonts: FontSet, color: Color,
              bullet_color: Color) -> list[TextRun]:
    """The page items of set text whose box has its top-left corner at (left, top)."""
    items = []
    for line in result.lines:
        baseline = top + line.baseline
        runs = []
        if line.bullet_x is not None:
            runs.append(_bullet_run(frame_id, left + line.bullet_x, baseline, fonts.regular,
                                    result.size, bullet_color))
        for run in line.runs:
            runs.append(TextRun(frame_id, left + line.x + run.x, baseline, run.text, run.face.path,
                                result.size, color, run.glyphs, run.width, run.rtl))
        if any(run.rtl for run in line.runs):
            text = f"{BULLET_GLYPH} {line.text}" if line.bullet_x is not None else line.text
            runs = [replace(run, line_text=text, line_part=(index, len(runs))) for index, run in enumerate(runs)]
        items.extend(runs)
    return items


def _bullet_run(frame_id: str, x: float, baseline: float, chain: FontChain, size: float,
                color: Color) -> TextRun:
    """The bullet glyph "•" as a run of its own (it takes the bullet colour)."""
    face = chain.face_for(BULLET_GLYPH, "Zyyy")
    scale = size / face.upem
    glyphs, pen = [], 0.0
    for glyph in shape(face, BULLET_GLYPH):
        glyphs.append(Glyph(glyph.id, pen + glyph.dx * scale, -glyph.dy * scale, glyph.cluster))
        pen += glyph.advance * scale
    return TextRun(frame_id, x, baseline, BULLET_GLYPH, face.path, size, color, tuple(glyphs), pen)


def _valign_offset(valign: str, available: float, used: float) -> float:
    if valign == "middle":
        return max(0.0, (available - used) / 2)
    if valign == "bottom":
        return max(0.0, available - used)
    return 0.0
