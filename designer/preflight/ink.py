"""Total ink measured the way the press sees it: Ghostscript renders each page in CMYK.

In: a print PDF and a Preset. Out: one `ink_limit` Finding per page whose average ink over any
1 mm cell exceeds `preset.max_ink`, and (with `overlay_dir`) a PNG per such page with those
areas marked red over the page, so the volunteer sees where.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from designer.errors import DesignerError
from designer.preflight.findings import Finding, finding

log = logging.getLogger(__name__)

DPI = 72                     # render resolution; ink is then averaged over CELL_MM cells
CELL_MM = 1.0
MARK = (230, 0, 40)
MAX_PAGES = 200              # pages the check renders, one at a time
MAX_PIXELS = 16_000_000      # one page at DPI (a 1.4 × 1.4 m sheet): about 200 MB with its overlay
TIMEOUT = 120                # seconds Ghostscript may take for one page


def render_cmyk(pdf: Path, dpi: int = DPI):
    """Pillow CMYK images of the pages' BleedBoxes (marks excluded), rendered by Ghostscript and
    yielded one page at a time. More than MAX_PAGES pages, or a page over MAX_PIXELS, is a
    DesignerError naming the file (and the page) before anything is rendered."""
    gs = shutil.which("gs") or shutil.which("gswin64c")
    if gs is None:
        raise DesignerError("Ghostscript (gs) is needed to measure total ink", field="ink")
    areas = page_areas(pdf)
    if len(areas) > MAX_PAGES:
        raise DesignerError(f"{len(areas)} pages, more than the {MAX_PAGES} the ink check renders",
                            file=pdf, field="pages")
    for index, area in enumerate(areas):
        if area * (dpi / 72) ** 2 > MAX_PIXELS:
            raise _too_large(pdf, index, f"over {MAX_PIXELS // 1_000_000} million pixels at {dpi} dpi")
    for index in range(len(areas)):
        yield render_page(gs, pdf, index, dpi)


def page_areas(pdf: Path) -> list[float]:
    """Each page's area in square points: the larger of its MediaBox and BleedBox, times UserUnit²."""
    import pikepdf

    def area(box) -> float:
        return abs(float(box[2]) - float(box[0])) * abs(float(box[3]) - float(box[1]))

    def page_area(index: int, page) -> float:
        try:
            return max(area(page.mediabox), area(page.bleedbox)) * float(page.obj.get("/UserUnit", 1)) ** 2
        except (TypeError, ValueError, IndexError, pikepdf.PdfError):      # a box or UserUnit not numbers
            raise DesignerError("its page size cannot be read", file=pdf, field=f"page {index + 1}") from None

    with pikepdf.open(pdf) as document:
        return [page_area(index, page) for index, page in enumerate(document.pages)]


def render_page(gs: str, pdf: Path, index: int, dpi: int):
    """Page `index` (0-based) as a Pillow CMYK image; Ghostscript's timeout or a Pillow
    decompression bomb is a DesignerError naming the page."""
    from PIL import Image

    page = str(index + 1)
    with tempfile.TemporaryDirectory(prefix="designer-ink-") as folder:
        tif = Path(folder) / "page.tif"
        try:
            result = subprocess.run([gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiff32nc",
                                     "-dUseBleedBox", f"-r{dpi}", "-dOverprint=/simulate", f"-dFirstPage={page}",
                                     f"-dLastPage={page}", f"-sOutputFile={tif}", str(pdf)],
                                    capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise _too_large(pdf, index, f"Ghostscript took over {TIMEOUT} s") from None
        if result.returncode != 0 or not tif.is_file():     # an empty page: no file, exit code 0
            detail = result.stderr.decode(errors="replace")[:200] or "no page came out"
            raise DesignerError(f"Ghostscript cannot render the file: {detail}", file=pdf, field=f"page {page}")
        try:
            with Image.open(tif) as image:
                return image.convert("CMYK")
        except Image.DecompressionBombError as exc:
            raise _too_large(pdf, index, str(exc)) from None


def _too_large(pdf: Path, index: int, reason: str) -> DesignerError:
    """`huge.pdf: page 1: too large to check for ink`, the reason in the log."""
    log.info("%s page %d not checked for ink: %s", pdf, index + 1, reason)
    return DesignerError("too large to check for ink", file=pdf, field=f"page {index + 1}")


def over_limit_cells(image, limit: float, dpi: int = DPI) -> list[tuple[int, int, float]]:
    """(cell x, cell y, ink %) of every CELL_MM cell whose average total ink exceeds `limit`."""
    from PIL import Image

    cells_x = max(1, round(image.width / dpi * 25.4 / CELL_MM))
    cells_y = max(1, round(image.height / dpi * 25.4 / CELL_MM))
    small = image.resize((cells_x, cells_y), Image.BOX)
    data = small.tobytes()
    out = []
    for index in range(cells_x * cells_y):
        ink = sum(data[4 * index:4 * index + 4]) / 2.55
        if ink > limit + 1.0:
            out.append((index % cells_x, index // cells_x, ink))
    return out


def overlay(image, cells, preset, dpi: int = DPI):
    """The page in screen colours with the over-limit cells painted red."""
    from PIL import ImageDraw

    from designer.render.color import to_rgb

    picture = to_rgb(image, preset.profile, preset.intent)
    draw = ImageDraw.Draw(picture)
    size = dpi / 25.4 * CELL_MM
    for x, y, _ in cells:
        draw.rectangle([x * size, y * size, (x + 1) * size - 1, (y + 1) * size - 1], fill=MARK)
    return picture


def check_ink(pdf: Path, preset, overlay_dir: str | Path | None = None) -> list[Finding]:
    """An ink_limit Finding for each page above the preset's total-ink limit."""
    out = []
    for index, image in enumerate(render_cmyk(pdf)):
        cells = over_limit_cells(image, preset.max_ink)
        if not cells:
            continue
        data = {"max_ink": round(max(c[2] for c in cells)), "area_mm2": round(len(cells) * CELL_MM ** 2)}
        if overlay_dir is not None:
            target = Path(overlay_dir) / f"{pdf.stem}-ink-p{index + 1}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            overlay(image, cells, preset).save(target, "PNG")
            data["overlay"] = str(target)
        out.append(finding("ink_limit", "error", page=index, key="ink_limit_area", limit=preset.max_ink, **data))
    return out
