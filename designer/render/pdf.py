"""Draw a layout Document as PDF with ReportLab.

Print mode: DeviceCMYK (or Separation for spot swatches) only, media box = trim + bleed + a slug
for crop marks, TrimBox/BleedBox on every page, 0.25 pt registration crop marks outside the
bleed, images converted to CMYK through the ICC profile, fonts embedded as subsets.
Proof mode: sRGB colours, page = trim, no marks (for screens, PNG and the preview comparison).
PDF/X (options.pdfx): OutputIntent, Info and XMP identification via designer.render.pdfx.
Imposition (options.imposition): several copies of each page on a bigger sheet with cut marks,
for office printers.
Output is deterministic: dates and IDs come from the document, never from the clock.
"""
from __future__ import annotations

import calendar
import io
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from designer.imposition import SheetRule
from designer.layout.frame_memo import ItemMemo
from designer.layout.frames import Box, Document, Page, Path as PathItem, PlacedImage, TextRun
from designer.model.color import REGISTRATION, Color
from designer.render.images import ImageSettings, content_digest, prepared_image
from designer.render.actual_text import page_is_rtl
from designer.render.pdf_text import glyph_writer
from designer.adapters.reportlab_glyph_text import append_operators
from designer.render.pdfx import ID_PLACEHOLDER, PdfxSettings, check_header, finish, pdf_version, prepare
from designer.adapters.reportlab_pdfdoc import end_form, place_jpeg_xobject
from designer.units import mm

MARK_LENGTH = mm(5)
MARK_WIDTH = 0.25
MARK_GAP = mm(1)       # crop marks start at least this far outside the bleed
CREATOR = "Campaign Designer"


@dataclass(frozen=True)
class PdfOptions:
    """How to write the PDF. `mode` is "print" (CMYK, bleed, marks) or "proof" (sRGB, trim only)."""

    mode: str = "print"
    crop_marks: bool = True
    mark_offset: float = mm(3)
    images: ImageSettings = field(default_factory=ImageSettings)
    pdfx: PdfxSettings | None = None
    black_overprint: bool = True       # False: overprint flags of swatches are ignored (knockout)
    imposition: SheetRule | None = None     # home/office printing: copies on a desktop printer's sheet
    document_id: str | None = None     # 32 hex digits known up front (a batch job's input key);
                                       # None: PDF/X files get a hash of their content

    @property
    def print_mode(self) -> bool:
        return self.mode == "print"


# Operators of paths drawn before, by item identity and page geometry, while the path lives
# (designer.layout.frame_memo).
_PATHS = ItemMemo()


def render_pdf(document: Document, options: PdfOptions = PdfOptions()) -> bytes:
    """The whole document as PDF bytes."""
    canvas, buffer = new_canvas(document, options)
    if options.imposition:
        _impose(canvas, document, options)
    else:
        for page in document.pages:
            PageWriter(canvas, page, options).write()
            canvas.showPage()
    return saved_pdf(canvas, buffer, options)


def new_canvas(document: Document, options: PdfOptions):
    """(ReportLab canvas, its output buffer) set up for `document`: invariant, compressed, dated
    from the document, with the PDF/X identification of `options`."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0
    buffer = io.BytesIO()
    level = _pdfx_level(options)
    canvas = Canvas(buffer, pagesize=(100, 100), invariant=1, pageCompression=1,
                    initialFontName=_start_font(), pdfVersion=pdf_version(level))
    canvas._doc._timeStamp = fixed_timestamp(document.date)
    canvas.setTitle(document.title)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    canvas.setSubject(f"template {document.template_id}")
    if level:
        prepare(canvas, document, options.pdfx, CREATOR, options.document_id or ID_PLACEHOLDER)
    return canvas, buffer


def saved_pdf(canvas, buffer: io.BytesIO, options: PdfOptions) -> bytes:
    """Save the canvas and return the finished PDF bytes (document ID filled in for PDF/X)."""
    canvas.save()
    level = _pdfx_level(options)
    if level:
        check_header(buffer.getbuffer()[:16].tobytes(), level)
    if level and not options.document_id:
        return finish(buffer.getvalue())
    return buffer.getvalue()


def _pdfx_level(options: PdfOptions) -> str | None:
    return options.pdfx.level if options.pdfx and options.print_mode else None


def _start_font() -> str:
    """The font ReportLab selects at the start of every page: a registered TrueType font, since
    its default (Helvetica) is never embedded and PDF/X forbids that. No text is drawn with it,
    so it is never written; the smallest shipped font registers in a few milliseconds. (A
    cut-down copy would be faster, but ReportLab keys faces by PostScript name, so it would
    stand in for the real font wherever that is registered later.)"""
    from designer import paths
    from designer.layout.fonts import register_font

    return register_font(str(paths.FONTS / "OpenSans-Regular.ttf"))


def fixed_timestamp(date_text: str):
    """A ReportLab TimeStamp fixed at the document date (UTC)."""
    from reportlab.lib.utils import TimeStamp

    stamp = TimeStamp(invariant=True)
    parsed = time.strptime(date_text.rstrip("Z"), "%Y-%m-%dT%H:%M:%S")
    stamp.t = calendar.timegm(parsed)
    stamp.lt = time.gmtime(stamp.t)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


class PageWriter:
    """Draws one layout page onto the canvas (its own page, or a form for imposition and PDF/VT)."""

    def __init__(self, canvas, page: Page, options: PdfOptions):
        self.canvas, self.page, self.options = canvas, page, options
        print_mode = options.print_mode
        self.bleed = page.bleed if print_mode else 0.0
        self.mark_offset = max(options.mark_offset, self.bleed + MARK_GAP)
        marks = print_mode and options.crop_marks
        self.slug = self.mark_offset + MARK_LENGTH + mm(1) - self.bleed if marks else 0.0
        self.margin = self.bleed + self.slug
        self.media_w = page.width + 2 * self.margin
        self.media_h = page.height + 2 * self.margin
        self.overprint = False

    @cached_property
    def page_rtl(self) -> bool:
        """The page's main direction as PDF text extractors judge it (only lines with
        right-to-left text ask, so left-to-right pages never count)."""
        return page_is_rtl(item.text for item in self.page.items if isinstance(item, TextRun))

    # coordinates: layout (top-left origin, y down) -> PDF (bottom-left origin, y up)
    def x(self, value: float) -> float:
        return self.margin + value

    def y(self, value: float) -> float:
        return self.media_h - self.margin - value

    def write(self):
        c, page = self.canvas, self.page
        c.setPageSize((self.media_w, self.media_h))
        c.setTrimBox((self.x(0), self.y(page.height), self.x(page.width), self.y(0)))
        c.setBleedBox(self.bleed_box())
        self.draw_page()

    def bleed_box(self) -> tuple[float, float, float, float]:
        page = self.page
        return (self.x(-self.bleed), self.y(page.height + self.bleed),
                self.x(page.width + self.bleed), self.y(-self.bleed))

    def draw_page(self):
        """The page's items clipped to the bleed, then the marks (into the current page or form)."""
        c = self.canvas
        bleed = self.bleed_box()
        if self.options.print_mode:
            c.setOverprintMask(1)
        c.saveState()
        clip = c.beginPath()
        clip.rect(bleed[0], bleed[1], bleed[2] - bleed[0], bleed[3] - bleed[1])
        c.clipPath(clip, stroke=0, fill=0)
        self.draw_items()
        c.restoreState()
        self.overprint = False
        if self.slug:
            self.crop_marks()
            self.fold_marks()

    def draw_items(self):
        """The page's items in painting order (PDF/VT draws shared runs of them as forms)."""
        for item in self.page.items:
            self.draw(item)

    def draw(self, item):
        if isinstance(item, TextRun):
            self.text(item)
        elif isinstance(item, Box):
            self.box(item)
        elif isinstance(item, PathItem):
            self.path(item)
        elif isinstance(item, PlacedImage):
            self.image(item)

    # colours -----------------------------------------------------------------------------
    def fill(self, color: Color, target=None):
        self._set(color, target or self.canvas, stroke=False)

    def stroke(self, color: Color, target=None):
        self._set(color, target or self.canvas, stroke=True)

    def _set(self, color: Color, target, stroke: bool):
        from reportlab.lib.colors import CMYKColorSep

        if not self.options.print_mode:
            (target.setStrokeColorRGB if stroke else target.setFillColorRGB)(*color.rgb)
            return
        if color.spot:
            # alpha=None: an opaque colour. ReportLab's default alpha of 1 sets an opacity and so
            # raises the file to PDF 1.4 ("transparency"), which PDF/X-1a (PDF 1.3) forbids.
            value = CMYKColorSep(*color.cmyk, spotName=color.spot, alpha=None)
            (target.setStrokeColor if stroke else target.setFillColor)(value)
        else:
            (target.setStrokeColorCMYK if stroke else target.setFillColorCMYK)(*color.cmyk)
        wanted = bool(color.overprint and self.options.black_overprint and not color.is_white)
        if wanted != self.overprint:
            target.setFillOverprint(wanted)
            target.setStrokeOverprint(wanted)
            self.overprint = wanted

    # items -------------------------------------------------------------------------------
    def text(self, run: TextRun):
        """The run's shaped glyphs (designer.render.pdf_text), in the run's colour."""
        self.fill(run.color)
        glyph_writer(self.canvas).draw(run, self.x(run.x), self.y(run.y), bool(run.line_text) and self.page_rtl)

    def box(self, box: Box):
        c, r = self.canvas, box.rect
        if box.fill is not None:
            self.fill(box.fill)
        if box.stroke is not None:
            self.stroke(box.stroke)
            c.setLineWidth(box.stroke_width)
        c.rect(self.x(r.x), self.y(r.bottom), r.w, r.h,
               stroke=int(box.stroke is not None and box.stroke_width > 0), fill=int(box.fill is not None))

    def path(self, item: PathItem):
        """The path's operators written in one string (a QR code is hundreds of rectangles), with
        ReportLab's number formatting; filled by the even-odd rule, as ReportLab's drawPath does.
        The string of a path drawn before at the same place (a remembered frame's item) is reused."""
        if item.fill is not None:
            self.fill(item.fill)
        if item.stroke is not None:
            self.stroke(item.stroke)
            self.canvas.setLineWidth(item.stroke_width)
        geometry = (self.margin, self.media_h)
        code = _PATHS.get(item, geometry)
        if code is None:
            code = self._path_operators(item)
            _PATHS.put(item, code, geometry)
        append_operators(self.canvas, code)

    def _path_operators(self, item: PathItem) -> str:
        from reportlab.lib.rl_accel import fp_str

        left, top = self.margin, self.media_h - self.margin      # as self.x() and self.y()
        code = ["n"]                # as ReportLab starts a path: the same bytes as its drawPath
        for op in item.ops:
            name = op[0]
            if name == "R":
                code.append(f"{fp_str(left + op[1], top - (op[2] + op[4]), op[3], op[4])} re")
            elif name == "M":
                code.append(f"{fp_str(left + op[1], top - op[2])} m")
            elif name == "L":
                code.append(f"{fp_str(left + op[1], top - op[2])} l")
            elif name == "C":
                code.append(f"{fp_str(left + op[1], top - op[2], left + op[3], top - op[4], left + op[5], top - op[6])} c")
            else:
                code.append("h")
        paint = {(True, True): "B*", (True, False): "f*", (False, True): "S"}.get(
            (item.fill is not None, item.stroke is not None), "n")
        return " ".join(code) + "\n" + paint

    def image(self, item: PlacedImage):
        settings = self.options.images if self.options.print_mode else \
            ImageSettings("RGB", self.options.images.profile, self.options.images.intent, 200.0)
        r = item.clip
        place_jpeg(self.canvas, prepared_image(item, settings), self.x(r.x), self.y(r.bottom), r.w, r.h)

    # printer's marks ---------------------------------------------------------------------
    def crop_marks(self):
        c, page = self.canvas, self.page
        self.stroke(REGISTRATION)
        c.setLineWidth(MARK_WIDTH)
        near, far = self.mark_offset, self.mark_offset + MARK_LENGTH
        for cx in (0.0, page.width):
            for cy in (0.0, page.height):
                sx = -1 if cx == 0 else 1
                sy = -1 if cy == 0 else 1
                c.line(self.x(cx + sx * near), self.y(cy), self.x(cx + sx * far), self.y(cy))
                c.line(self.x(cx), self.y(cy + sy * near), self.x(cx), self.y(cy + sy * far))

    def fold_marks(self):
        c, page = self.canvas, self.page
        c.setDash(2, 2)
        for fold in page.fold_marks:
            c.line(self.x(fold), self.y(-self.mark_offset), self.x(fold), self.y(-self.mark_offset - MARK_LENGTH))
            c.line(self.x(fold), self.y(page.height + self.mark_offset),
                   self.x(fold), self.y(page.height + self.mark_offset + MARK_LENGTH))
        c.setDash()


def _impose(canvas, document: Document, options: PdfOptions) -> None:
    """Each page as a form drawn as often as the sheet rule's plan says, scaled to stay inside the
    printable area, with cut marks; TrimBox and BleedBox are the sheet (the printer's product)."""
    rule = options.imposition
    for page in document.pages:
        plan = rule.plan(page.width, page.height)
        writer = PageWriter(canvas, page, PdfOptions(options.mode, False, 0.0, options.images,
                                                      None, options.black_overprint))
        writer.margin = writer.bleed = 0.0
        writer.media_h = page.height
        name = f"page{page.index}"
        canvas.beginForm(name, 0, 0, page.width, page.height)
        writer.draw_page()
        end_form(canvas, name)
        sheet_w, sheet_h = plan.sheet
        canvas.setPageSize((sheet_w, sheet_h))
        canvas.setTrimBox((0, 0, sheet_w, sheet_h))
        canvas.setBleedBox((0, 0, sheet_w, sheet_h))
        step_w, step_h = page.width * plan.scale, page.height * plan.scale
        left, bottom = plan.origin
        for col in range(plan.across):
            for row in range(plan.down):
                canvas.saveState()
                canvas.translate(left + col * step_w, bottom + row * step_h)
                canvas.scale(plan.scale, plan.scale)
                canvas.doForm(name)
                canvas.restoreState()
        if rule.cut_marks and plan.copies > 1:
            _cut_marks(canvas, [left + i * step_w for i in range(plan.across + 1)],
                       [bottom + j * step_h for j in range(plan.down + 1)], plan.margin, sheet_w, sheet_h)
        canvas.showPage()


def _cut_marks(canvas, xs: list[float], ys: list[float], margin: float, sheet_w: float, sheet_h: float) -> None:
    """Cut marks: short ticks on each cut between copies (cut away), and outside the copies where
    there is room inside the printable area (`margin` from the sheet edge); never across content."""
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(MARK_WIDTH)
    gap, length = mm(1), MARK_LENGTH
    for x in xs[1:-1]:
        canvas.line(x, ys[0], x, ys[0] + length)
        canvas.line(x, ys[-1] - length, x, ys[-1])
    for y in ys[1:-1]:
        canvas.line(xs[0], y, xs[0] + length, y)
        canvas.line(xs[-1] - length, y, xs[-1], y)
    for x in xs:
        if ys[0] - gap - mm(2) > margin:
            canvas.line(x, max(margin, ys[0] - gap - length), x, ys[0] - gap)
            canvas.line(x, ys[-1] + gap, x, min(sheet_h - margin, ys[-1] + gap + length))
    for y in ys:
        if xs[0] - gap - mm(2) > margin:
            canvas.line(max(margin, xs[0] - gap - length), y, xs[0] - gap, y)
            canvas.line(xs[-1] + gap, y, min(sheet_w - margin, xs[-1] + gap + length), y)


def place_jpeg(canvas, path: str, x: float, y: float, width: float, height: float) -> None:
    """Draw the JPEG file `path` into the box (x, y, width, height), embedded unchanged (DCTDecode).

    The image XObject is named by the file's content, not its path (ReportLab's drawImage hashes
    the path, so another checkout or cache folder would give other bytes), and its serialised
    object is made once per process however many documents place it.
    """
    digest = content_digest(path)
    registered = place_jpeg_xobject(canvas, "Im" + digest, path, digest)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()


def write_pdf(document: Document, path: str | Path, options: PdfOptions = PdfOptions()) -> None:
    """Render and save atomically (no half-written file under `path`, ever)."""
    from designer.io.atomic import atomic_write_bytes

    atomic_write_bytes(path, render_pdf(document, options))
