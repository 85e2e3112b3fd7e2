"""PNG (and in-memory) rasters of a Document: the proof PDF rasterised with PDFium.

Using the same PDF drawing code keeps PNG proofs and social images identical to what prints.
Screen templates are 1 px = 1 pt, so at 72 dpi the PNG has exactly the template's pixel size.
"""
from __future__ import annotations

import io
import math
from pathlib import Path

from designer.errors import DesignerError
from designer.layout.frames import Document
from designer.render.pdf import PdfOptions, render_pdf

MAX_PNG_PIXELS = 40_000_000     # one page: about 450 MB while PDFium renders and the PNG is encoded


def render_images(document: Document, dpi: float = 150.0, pages: list[int] | None = None):
    """Pillow RGB images of the document's pages (trim size, screen colours) at `dpi`."""
    import pypdfium2

    if document.kind == "screen":
        dpi = 72.0
    pdf = pypdfium2.PdfDocument(render_pdf(document, PdfOptions(mode="proof")))
    try:
        indices = range(len(pdf)) if pages is None else pages
        return [pdf[i].render(scale=dpi / 72.0).to_pil().convert("RGB") for i in indices]
    finally:
        pdf.close()


def png_bytes(document: Document, dpi: float = 150.0, page: int = 0) -> bytes:
    """One page as PNG bytes (deterministic for the same document)."""
    image = render_images(document, dpi, [page])[0]
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False, dpi=(dpi, dpi))
    return buffer.getvalue()


def write_png(document: Document, path: str | Path, dpi: float = 150.0) -> list[Path]:
    """Write page 1 to `path`, further pages to `path-2.png`, ...; returns the files written."""
    from designer.io.atomic import atomic_write_bytes

    path = Path(path)
    check_png_size(document, dpi, path)
    written = []
    for index in range(len(document.pages)):
        target = path if index == 0 else path.with_name(f"{path.stem}-{index + 1}{path.suffix}")
        atomic_write_bytes(target, png_bytes(document, dpi, index))
        written.append(target)
    return written


def check_png_size(document: Document, dpi: float, path: Path) -> None:
    """A DesignerError naming `path` and the dpi when a page at `dpi` has over MAX_PNG_PIXELS pixels."""
    if document.kind == "screen":
        return
    area = max(page.width * page.height for page in document.pages)
    if area * (dpi / 72.0) ** 2 > MAX_PNG_PIXELS:
        largest = int(72.0 * math.sqrt(MAX_PNG_PIXELS / area))
        raise DesignerError(f"{dpi:g} dpi gives more than {MAX_PNG_PIXELS // 1_000_000} million pixels a "
                            f"page; at most {largest} dpi for this page size", file=path, field="dpi")
