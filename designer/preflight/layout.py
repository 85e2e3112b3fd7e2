"""Preflight of a layout while editing: the engine's warnings plus checks of the Document items.

In: a SavedLayout and a Preset. Out: a list of Findings, each naming its page and frame, with a
fix id where designer.preflight.fixes can correct the layout.
"""
from __future__ import annotations

from functools import lru_cache

from designer.layout.frames import Box, Document, Page, Path as PathItem, PlacedImage, TextRun
from designer.model.color import Color
from designer.model.layout import SavedLayout
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
                 brand=None) -> list[Finding]:
    """All findings for `layout` printed with `preset`.

    `document` (already built with the preset's bleed), `template` and `brand` are looked up when
    not given; callers that have them pass them to save the template catalog a second load.
    """
    from designer.layout.engine import brand_for, build_document, template_for

    brand = brand or brand_for(layout)
    template = template or template_for(layout, brand)
    if document is None:
        document = build_document(layout, template, brand, bleed=preset.bleed)
    black = next((name for name, c in brand.palette.items() if c.is_pure_black and not c.spot), None)
    rich = next((name for name, c in brand.palette.items()
                 if c.cmyk[3] >= 0.999 and sum(c.cmyk[:3]) > 0 and not c.spot
                 and c.total_ink <= preset.max_ink), None)
    checks = _Checks(layout, preset, template, black, rich)
    findings = [checks.engine(w) for w in document.warnings if w.code not in ENGINE_CODES_REPLACED]
    if document.kind == "print":
        for page in document.pages:
            findings.extend(checks.page(page))
            findings.extend(photo_edges(template, page))
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
        return finding(warning.code, warning.severity, warning.message, warning.message_en,
                       frame_id=warning.frame_id, page=warning.page, fix=fix, **warning.data, **extra)

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
            out.append(finding(
                "rich_black_text", "warning",
                f"texten är svart blandad av fyra färger ({color.name}); den blir suddig om plåtarna "
                "inte ligger exakt rätt",
                f"the text is four-colour black ({color.name}); it blurs if the plates are slightly off",
                frame_id=run.frame_id, page=page.index, fix=fix, **fix_data))
        if run.size < MIN_TEXT_PT - 0.01:
            out.append(finding(
                "text_small", "warning", f"texten är {run.size:.1f} pt, mindre än {MIN_TEXT_PT:.0f} pt "
                "blir svår att läsa i tryck", f"the text is {run.size:.1f} pt; below {MIN_TEXT_PT:.0f} pt "
                "it is hard to read in print", frame_id=run.frame_id, page=page.index, size=run.size))
        elif (run.size < MIN_COLOURED_TEXT_PT - 0.01 and not color.is_pure_black
              and not self._four_colour_black(color)):
            white = color.is_white
            out.append(finding(
                "coloured_text_small", "warning",
                f"färgad text på {run.size:.1f} pt blir lätt suddig; färgad eller vit text bör vara "
                f"minst {MIN_COLOURED_TEXT_PT:.0f} pt",
                f"coloured text at {run.size:.1f} pt easily blurs; coloured or white text should be "
                f"at least {MIN_COLOURED_TEXT_PT:.0f} pt", frame_id=run.frame_id, page=page.index,
                fix=None if white else fix, size=run.size, **({} if white else fix_data)))
        out.extend(self.ink(color, run.frame_id, page))
        return out

    def shape(self, item, page: Page) -> list[Finding]:
        out = []
        styled = self.styled(item.frame_id)
        if item.stroke is not None and 0 < item.stroke_width < MIN_LINE_PT - 0.001:
            out.append(finding(
                "thin_line", "warning", f"linjen är {item.stroke_width:.2f} pt; tunnare än "
                f"{MIN_LINE_PT} pt kan försvinna i tryck", f"the line is {item.stroke_width:.2f} pt; "
                f"lines thinner than {MIN_LINE_PT} pt may disappear in print",
                frame_id=item.frame_id, page=page.index, width=item.stroke_width,
                **({"fix": "thicken_line", "stroke_pt": MIN_LINE_PT} if styled else {})))
        for color in (item.fill, item.stroke):
            if color is not None:
                out.extend(self.ink(color, item.frame_id, page))
        if isinstance(item, Box) and item.fill is not None and item.stroke is None:
            out.extend(self.bleed(item, item.rect, page))
            if item.fill.is_pure_black and item.rect.w * item.rect.h > LARGE_BLACK_AREA:
                out.append(finding(
                    "flat_black_area", "info", "en stor yta i bara svart (K) blir gråaktig i tryck; "
                    "använd en djupsvart färg (t.ex. C50 M40 Y40 K100)", "a large area in plain black "
                    "(K only) prints greyish; use a rich black (e.g. C50 M40 Y40 K100)",
                    frame_id=item.frame_id, page=page.index,
                    **({"fix": "use_rich_black", "fill": self.rich_black}
                       if styled and self.rich_black else {})))
        return out

    def ink(self, color: Color, frame_id: str, page: Page) -> list[Finding]:
        if color.spot or color.total_ink <= self.preset.max_ink + 0.01:
            return []
        return [finding(
            "ink_limit", "error", f"färgen {color.name} har {color.total_ink:.0f} % total färgmängd, "
            f"tryckeriet tillåter {self.preset.max_ink:.0f} %", f"colour {color.name} has "
            f"{color.total_ink:.0f} % total ink, the printer allows {self.preset.max_ink:.0f} %",
            frame_id=frame_id, page=page.index, color=color.name)]

    def image(self, item: PlacedImage, page: Page) -> list[Finding]:
        out = []
        ppi, minimum = item.effective_ppi, min(self.preset.min_ppi, self.template.min_ppi)
        if ppi < minimum - 0.5:
            error = ppi < minimum / 2
            out.append(finding(
                "low_ppi", "error" if error else "warning",
                f"bilden har {ppi:.0f} ppi i den här storleken, tryckeriet vill ha {minimum:.0f}; "
                "den blir " + ("pixlig" if error else "lite oskarp"),
                f"the image has {ppi:.0f} ppi at this size, the printer wants {minimum:.0f}; it will "
                "look " + ("pixelated" if error else "slightly soft"),
                frame_id=item.frame_id, page=page.index, ppi=round(ppi, 1)))
        mode, native = _image_header(item.source)
        if native and ppi < native - 0.5:
            percent = native / ppi * 100
            out.append(finding(
                "image_enlarged", "warning", f"bilden är förstorad till {percent:.0f} % av sin egen "
                "storlek; förstoring gör den oskarp", f"the image is enlarged to {percent:.0f} % of "
                "its own size; enlarging makes it soft", frame_id=item.frame_id, page=page.index,
                percent=round(percent)))
        if self.preset.print_mode and mode not in ("CMYK", "L", "1"):
            out.append(finding(
                "rgb_image", "info", f"bilden är i RGB och räknas om till CMYK med {self.preset.profile.name}; "
                "färgerna kan bli något mattare", f"the image is RGB and is converted to CMYK with "
                f"{self.preset.profile.name}; colours may get slightly duller",
                frame_id=item.frame_id, page=page.index, mode=mode))
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
        return [finding(
            "no_bleed", "warning", "bakgrunden slutar vid kanten; när arket skärs kan en vit rand synas",
            "the background stops at the trim; a white sliver may show after cutting",
            frame_id=item.frame_id, page=page.index, fix="extend_bleed")]

    @staticmethod
    def _four_colour_black(color: Color) -> bool:
        c, m, y, k = color.cmyk
        return k >= 0.9 and (c + m + y) > 0 and not color.spot


@lru_cache(maxsize=256)
def _image_header(path: str) -> tuple[str, float | None]:
    """(colour mode, stored ppi or None) from an image file's header."""
    from PIL import Image

    with Image.open(path) as image:
        dpi = image.info.get("dpi")
        return image.mode, (float(dpi[0]) if dpi and dpi[0] and dpi[0] > 1 else None)


def _unique(findings: list[Finding]) -> list[Finding]:
    """One finding per (code, page, frame): a frame with 30 small lines is one problem."""
    seen, out = set(), []
    for item in findings:
        key = (item.code, item.page, item.frame_id)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
