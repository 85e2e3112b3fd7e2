"""Total ink measured the way the press sees it: Ghostscript renders each page in CMYK.

In: a print PDF and a Preset. Out: one `ink_limit` Finding per page whose average ink over any
1 mm cell exceeds `preset.max_ink`, and (with `overlay_dir`) a PNG per such page with those
areas marked red over the page, so the volunteer sees where.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from designer.errors import DesignerError
from designer.preflight.findings import Finding, finding

DPI = 72                     # render resolution; ink is then averaged over CELL_MM cells
CELL_MM = 1.0
MARK = (230, 0, 40)


def render_cmyk(pdf: Path, dpi: int = DPI) -> list:
    """Pillow CMYK images of every page's BleedBox (marks excluded), rendered by Ghostscript."""
    from PIL import Image

    gs = shutil.which("gs") or shutil.which("gswin64c")
    if gs is None:
        raise DesignerError("Ghostscript (gs) is needed to measure total ink", field="ink")
    with tempfile.TemporaryDirectory(prefix="designer-ink-") as folder:
        pattern = str(Path(folder) / "p%03d.tif")
        result = subprocess.run([gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiff32nc",
                                 "-dUseBleedBox", f"-r{dpi}", "-dOverprint=/simulate", f"-sOutputFile={pattern}", str(pdf)],
                                capture_output=True, timeout=120)
        if result.returncode != 0:
            raise DesignerError(f"Ghostscript cannot render the file: {result.stderr.decode()[:200]}",
                                file=pdf)
        images = []
        for tif in sorted(Path(folder).glob("p*.tif")):
            with Image.open(tif) as image:
                images.append(image.convert("CMYK"))
        return images


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
