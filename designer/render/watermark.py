"""The proof watermark: a diagonal "KORREKTUR – EJ FÖR TRYCK" over every page of a finished PDF.

    pdf = watermarked(pdf_bytes, "KORREKTUR – EJ FÖR TRYCK", cmyk=True)

The stamp is drawn by ReportLab (one page per page size, the brand's bold font embedded) and
laid over each page with pikepdf's public `Page.add_overlay`; the result is saved with a
deterministic document ID, so the same layout gives the same proof bytes.
"""
from __future__ import annotations

import io
import math

STAMP_CMYK = (0.0, 0.9, 0.85, 0.0)      # a strong red in both CMYK and screen colours
STAMP_RGB = (0.85, 0.1, 0.12)
STAMP_ALPHA = 0.45


def stamp_page(width: float, height: float, text: str, cmyk: bool) -> bytes:
    """A one-page PDF of `width` × `height` points with `text` along its diagonal."""
    from reportlab.pdfgen.canvas import Canvas

    from designer.io.brand_file import load_brand
    from designer.layout.fonts import register_font

    font = register_font(str(load_brand().fonts.get("text-bold") or load_brand().fonts["text"]))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1, initialFontName=font)
    diagonal = math.hypot(width, height)
    size = diagonal * 0.7 / max(1.0, canvas.stringWidth(text, font, 1.0))
    canvas.saveState()
    if cmyk:
        canvas.setFillColorCMYK(*STAMP_CMYK)
    else:
        canvas.setFillColorRGB(*STAMP_RGB)
    canvas.setFillAlpha(STAMP_ALPHA)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.setFont(font, size)
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def watermarked(pdf_bytes: bytes, text: str, cmyk: bool) -> bytes:
    """`pdf_bytes` with `text` stamped diagonally across every page (over the whole MediaBox)."""
    import pikepdf

    stamps: dict[tuple[float, float], pikepdf.Pdf] = {}
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            box = page.mediabox
            rect = pikepdf.Rectangle(*(float(v) for v in box))
            size = (round(rect.width, 2), round(rect.height, 2))
            if size not in stamps:
                stamps[size] = pikepdf.open(io.BytesIO(stamp_page(*size, text, cmyk)))
            page.add_overlay(stamps[size].pages[0], rect)
        pdf.save(out, deterministic_id=True)
    for stamp in stamps.values():
        stamp.close()
    return out.getvalue()
