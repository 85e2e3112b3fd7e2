"""Preflight of a layout while editing: the engine's warnings plus checks of the Document items.

In: a SavedLayout and a Preset. Out: a list of Findings, each naming its page and frame, with a
fix id where designer.preflight.fixes can correct the layout.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from designer.layout.frames import Box, Document, Page, Path as PathItem, PlacedImage, TextRun
from designer.layout.images import image_info
from designer.model.color import Color
from designer.model.layout import SavedLayout
from designer.preflight.content import check_content
from designer.preflight.findings import Finding, finding
from designer.preflight.photo_edges import photo_edges
from designer.units import MM, Rect, to_mm

MIN_TEXT_PT = 6.0
MIN_COLOURED_TEXT_PT = 8.0
MIN_LINE_PT = 0.25
EDGE = 0.5                    # points: an edge this close to the trim touches it
LARGE_BLACK_AREA = (50 * MM) ** 2
ENGINE_CODES_REPLACED = {"low_ppi"}  # re-checked here against the preset's minimum


def check_layout(layout: SavedLayout, preset, document: Document | None = None, template=None,
                 brand=None, source: str = "layout") -> list[Finding]:
    """All findings for `layout` printed with `preset`.

    `document` (already built with the preset's bleed), `template` and `brand` are looked up when
    not given; callers that have them pass them to save the template catalog a second load.
    `source` names the layout file in messages about locked fields.
    """
    from designer.layout.engine import brand_for, build_document, template_for

    brand = brand or brand_for(layout)
    template = template or template_for(layout, brand)
    if document is None:
        from designer.presets import effective_bleed

        document = build_document(layout, template, brand, bleed=effective_bleed(template, preset))
    black = next((name for name, c in brand.palette.items() if c.is_pure_black and not c.spot), None)
    rich = next((name for name, c in brand.palette.items()
                 if c.cmyk[3] >= 0.999 and sum(c.cmyk[:3]) > 0 and not c.spot
                 and c.total_ink <= preset.max_ink), None)
    checks = _Checks(layout, preset, template, black, rich)
    findings = [checks.engine(w) for w in document.warnings if w.code not in ENGINE_CODES_REPLACED]
    if document.kind == "screen" and preset.print_mode:
        # pixels are no trim size, and a screen format has no bleed or printer line
        findings.append(finding("screen_format_for_print", "error", width=template.width, height=template.height))
    if document.kind == "print":
        for page in document.pages:
            findings.extend(checks.page(page))
            findings.extend(photo_edges(template, page))
    findings += check_content(layout, template, document, preset, source)
    return _unique(findings)


class _Checks:
    def __init__(self, layout, preset, template, black: str | None, rich_black: str | None = None):
        self.layout, self.preset, self.template, self.black = layout, preset, template, black
        self.rich_black = rich_black

    def styled(self, frame_id: str) -> bool:
        """True when the volunteer may change this frame's text style (fixes may set colours)."""
        spec = self.template.frame(frame_id)
        return spec is not None and "style" not in spec.locked

    def engine(self, warning) -> Finding:
        """A LayoutWarning as a Finding, with a fix where one exists."""
        extra: dict = {}
        fix = None
        if warning.code == "printer_line_missing":
            fix = "fill_printer_line"
        elif warning.code == "outside_safe_area":
            spec = self.template.frame(warning.frame_id)
            if spec is not None and "position" not in spec.locked:
                fix, extra["rect_mm"] = "move_inside_safe", self.inside_safe(spec, warning.frame_id)
        data = dict(warning.data)
        if "path" in data:
            data["name"] = Path(data["path"]).name
        return finding(warning.code, warning.severity, frame_id=warning.frame_id, page=warning.page, fix=fix,
                       **data, **extra)

    def inside_safe(self, spec, frame_id: str) -> list[float]:
        """The frame's rectangle (mm) moved, and shrunk if needed, into the safe area."""
        safe = self.template.safe_rect
        slot = self.layout.slot(frame_id)
        rect = Rect(*(v * MM for v in slot.rect_mm)) if slot.rect_mm else spec.rect
        w, h = min(rect.w, safe.w), min(rect.h, safe.h)
        x = min(max(rect.x, safe.x), safe.right - w)
        y = min(max(rect.y, safe.y), safe.bottom - h)
        return [round(to_mm(v), 3) for v in (x, y, w, h)]

    def page(self, page: Page) -> list[Finding]:
        out = []
        for item in page.items:
            if isinstance(item, TextRun):
                out.extend(self.text(item, page))
            elif isinstance(item, PlacedImage):
                out.extend(self.image(item, page))
                out.extend(self.bleed(item, item.clip, page))
            elif isinstance(item, (Box, PathItem)):
                out.extend(self.shape(item, page))
        return out

    def text(self, run: TextRun, page: Page) -> list[Finding]:
        out, color = [], run.color
        fix = "use_black" if self.black and self.styled(run.frame_id) else None
        fix_data = {"color": self.black} if fix else {}
        if self._four_colour_black(color):
            out.append(finding("rich_black_text", "warning", frame_id=run.frame_id, page=page.index, fix=fix,
                               **{"color": color.name, **fix_data}))
        if run.size < MIN_TEXT_PT - 0.01:
            out.append(finding("text_small", "warning", frame_id=run.frame_id, page=page.index, size=run.size,
                               minimum=MIN_TEXT_PT))
        elif (run.size < MIN_COLOURED_TEXT_PT - 0.01 and not color.is_pure_black
              and not self._four_colour_black(color)):
            white = color.is_white
            out.append(finding("coloured_text_small", "warning", frame_id=run.frame_id, page=page.index,
                               fix=None if white else fix, size=run.size, minimum=MIN_COLOURED_TEXT_PT,
                               **({} if white else fix_data)))
        out.extend(self.ink(color, run.frame_id, page))
        return out

    def shape(self, item, page: Page) -> list[Finding]:
        out = []
        styled = self.styled(item.frame_id)
        if item.stroke is not None and 0 < item.stroke_width < MIN_LINE_PT - 0.001:
            out.append(finding("thin_line", "warning", frame_id=item.frame_id, page=page.index,
                               width=item.stroke_width, minimum=MIN_LINE_PT,
                               **({"fix": "thicken_line", "stroke_pt": MIN_LINE_PT} if styled else {})))
        for color in (item.fill, item.stroke):
            if color is not None:
                out.extend(self.ink(color, item.frame_id, page))
        if isinstance(item, Box) and item.fill is not None and item.stroke is None:
            out.extend(self.bleed(item, item.rect, page))
            if item.fill.is_pure_black and item.rect.w * item.rect.h > LARGE_BLACK_AREA:
                out.append(finding(
                    "flat_black_area", "info", frame_id=item.frame_id, page=page.index,
                    **({"fix": "use_rich_black", "fill": self.rich_black}
                       if styled and self.rich_black else {})))
        return out

    def ink(self, color: Color, frame_id: str, page: Page) -> list[Finding]:
        if color.spot or color.total_ink <= self.preset.max_ink + 0.01:
            return []
        return [finding("ink_limit", "error", frame_id=frame_id, page=page.index, color=color.name,
                        ink=color.total_ink, limit=self.preset.max_ink)]

    def image(self, item: PlacedImage, page: Page) -> list[Finding]:
        out = []
        ppi, minimum = item.effective_ppi, min(self.preset.min_ppi, self.template.min_ppi)
        if ppi < minimum - 0.5:
            error = ppi < minimum / 2
            out.append(finding(
                "low_ppi", "error" if error else "warning", frame_id=item.frame_id, page=page.index,
                ppi=round(ppi, 1), minimum=minimum, effect_sv="pixlig" if error else "lite oskarp",
                effect_en="pixelated" if error else "slightly soft"))
        header = image_info(item.source)
        mode, native = header.mode, header.ppi
        if self.preset.print_mode and mode == "CMYK":        # used as is: the profile cannot limit it
            ink = cmyk_image_ink(item.source, round(to_mm(item.rect.w)), round(to_mm(item.rect.h)))
            if ink > self.preset.max_ink + 1.0:
                out.append(finding("ink_limit", "error", frame_id=item.frame_id, page=page.index,
                                   key="ink_limit_image", max_ink=round(ink), limit=self.preset.max_ink))
        if native and ppi < native - 0.5:
            percent = native / ppi * 100
            out.append(finding("image_enlarged", "warning", frame_id=item.frame_id, page=page.index,
                               percent=round(percent)))
        if self.preset.print_mode and mode not in ("CMYK", "L", "1"):
            out.append(finding("rgb_image", "info", frame_id=item.frame_id, page=page.index, mode=mode,
                               profile=self.preset.profile.name))
        return out

    def bleed(self, item, drawn: Rect, page: Page) -> list[Finding]:
        """A filled area that touches the trim must reach into the bleed on that side."""
        frame = page.frame_rects.get(item.frame_id)
        if frame is None or page.bleed <= 0:
            return []
        short = [(frame.x <= EDGE, drawn.x > -page.bleed + EDGE),
                 (frame.y <= EDGE, drawn.y > -page.bleed + EDGE),
                 (frame.right >= page.width - EDGE, drawn.right < page.width + page.bleed - EDGE),
                 (frame.bottom >= page.height - EDGE, drawn.bottom < page.height + page.bleed - EDGE)]
        if not any(touches and stops for touches, stops in short):
            return []
        return [finding("no_bleed", "warning", frame_id=item.frame_id, page=page.index, fix="extend_bleed")]

    @staticmethod
    def _four_colour_black(color: Color) -> bool:
        c, m, y, k = color.cmyk
        return k >= 0.9 and (c + m + y) > 0 and not color.spot


@lru_cache(maxsize=64)
def cmyk_image_ink(path: str, width_mm: int, height_mm: int) -> float:
    """The highest total ink (%) of a CMYK image averaged over 1 mm cells at its printed size."""
    from PIL import Image, ImageMath

    with Image.open(path) as image:
        cells = image.convert("CMYK").resize((max(1, min(width_mm, 2000)), max(1, min(height_mm, 2000))),
                                             Image.BOX)
    c, m, y, k = (band.convert("I") for band in cells.split())        # 32-bit: sums do not clip
    total = ImageMath.lambda_eval(lambda bands: bands["c"] + bands["m"] + bands["y"] + bands["k"],
                                  c=c, m=m, y=y, k=k)
    return total.getextrema()[1] / 2.55


def _unique(findings: list[Finding]) -> list[Finding]:
    """One finding per (code, page, frame): a frame with 30 small lines is one problem."""
    seen, out = set(), []
    for item in findings:
        key = (item.code, item.page, item.frame_id)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
