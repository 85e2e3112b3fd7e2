"""The floor: a minimal hand-written ReportLab script drawing the A5 school flyer directly.

Same page size with bleed, same fonts (embedded TTF), same colours, same CMYK photo, same text
(wrapped by ReportLab's own Paragraph). No templates, no validation, no layout engine.
Usage: python bench/floor_reportlab.py OUT.pdf PHOTO.jpg   (or import and call draw_flyer)
       python bench/floor_reportlab.py --editions N FOLDER PHOTO.jpg   (N files, each with its own
       place name in the headline and its own QR code: the floor for a merge's cost per edition)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "assets" / "fonts"
CONTENT = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))["slots"]


def register_fonts():
    for name in ("OpenSans-Regular", "OpenSans-Bold", "Lato-Black"):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))


def draw_flyer(photo: str, output: str, place: str | None = None) -> None:
    """Write the flyer to the PDF file `output`; `photo` is a CMYK JPEG of the visible crop.
    With `place`, the headline names it and a QR code (zxing-cpp's matrix as rectangles, as ours) links to it."""
    from reportlab.lib.colors import CMYKColor

    bleed, width, height = 3 * mm, 148 * mm, 210 * mm
    c = Canvas(output, pagesize=(width + 2 * bleed, height + 2 * bleed), initialFontName="OpenSans-Regular")
    c.setTrimBox((bleed, bleed, bleed + width, bleed + height))
    c.setBleedBox((0, 0, width + 2 * bleed, height + 2 * bleed))
    green, mint = CMYKColor(0.9, 0.3, 0.9, 0.25), CMYKColor(0.15, 0, 0.15, 0)
    top = lambda y: bleed + height - y * mm  # noqa: E731
    c.setFillColor(CMYKColor(0.03, 0.03, 0.08, 0))
    c.rect(0, 0, width + 2 * bleed, height + 2 * bleed, stroke=0, fill=1)
    c.drawImage(photo, 0, top(56), width + 2 * bleed, 59 * mm)
    c.setFillColor(mint)
    c.rect(0, top(187), width + 2 * bleed, 64 * mm, stroke=0, fill=1)
    c.setFillColor(green)
    c.rect(0, 0, width + 2 * bleed, top(192), stroke=0, fill=1)
    c.setFillColor(CMYKColor(0, 0.2, 0.85, 0))
    c.rect(bleed + 10 * mm, top(62), 38 * mm, 12 * mm, stroke=0, fill=1)
    styles = {
        "head": ParagraphStyle("h", fontName="Lato-Black", fontSize=24, leading=24.5, textColor=green),
        "body": ParagraphStyle("b", fontName="OpenSans-Regular", fontSize=10, leading=13.8),
        "list": ParagraphStyle("l", fontName="OpenSans-Regular", fontSize=9, leading=11.7, leftIndent=9,
                               bulletIndent=0),
        "small": ParagraphStyle("s", fontName="OpenSans-Regular", fontSize=6, leading=6),
        "white": ParagraphStyle("w", fontName="OpenSans-Bold", fontSize=10, leading=10, textColor=CMYKColor(0, 0, 0, 0)),
    }
    lines = CONTENT["bullets"]["text"].split("\n")
    blocks = [
        (10, 50, 38, 12, [Paragraph(CONTENT["slogan"]["text"], styles["head"])]),
        (10, 67, 128, 21, [Paragraph(CONTENT["headline"]["text"] + (f" i {place}" if place else ""),
                                     styles["head"])]),
        (10, 90, 128, 30, [Paragraph(CONTENT["body"]["text"], styles["body"])]),
        (10, 126.5, 128, 58, [Paragraph(f"<b>{lines[0]}</b>", styles["list"])] +
         [Paragraph(line[2:], styles["list"], bulletText="•") for line in lines[1:]]),
        (10, 188.2, 128, 3, [Paragraph(CONTENT["printer-line"]["text"], styles["small"])]),
        (26, 194.8, 112, 5.5, [Paragraph(CONTENT["candidates"]["text"], styles["white"])]),
    ]
    for x, y, w, h, flowables in blocks:
        Frame(bleed + x * mm, top(y + h), w * mm, h * mm, 0, 0, 0, 0).addFromList(flowables, c)
    if place:
        draw_qr(c, f"https://exempel.se/anmal?ort={place}", bleed + 112 * mm, top(48), 26 * mm)
    c.showPage()
    c.save()


def draw_qr(c, url: str, x: float, y: float, side: float) -> None:
    """A QR code for `url` as filled rectangles, bottom-left corner at (x, y)."""
    import zxingcpp
    from reportlab.lib.colors import CMYKColor

    symbol = memoryview(zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
                        .to_image(scale=1, add_quiet_zones=False))
    matrix = [[value == 0 for value in row] for row in symbol.tolist()]
    module = side / (len(matrix) + 8)
    c.setFillColor(CMYKColor(0, 0, 0, 1))
    path = c.beginPath()
    for r, row in enumerate(matrix):
        for col, dark in enumerate(row):
            if dark:
                path.rect(x + (col + 4) * module, y + side - (r + 5) * module, module, module)
    c.drawPath(path, stroke=0, fill=1)


def draw_editions(photo: str, folder: str, count: int) -> None:
    """`count` flyers, each with its own place name and QR code, one file each. Images are written
    without ASCII85 (binary, as a script tuned for many files would), so the floor is not slowed by
    ReportLab's default text-safe encoding."""
    from reportlab import rl_config

    rl_config.useA85 = 0
    for i in range(count):
        draw_flyer(photo, str(Path(folder) / f"ort-{i}.pdf"), place=f"Ort {i}")


if __name__ == "__main__":
    register_fonts()
    if sys.argv[1] == "--editions":
        draw_editions(sys.argv[4], sys.argv[3], int(sys.argv[2]))
    else:
        draw_flyer(sys.argv[2], sys.argv[1])
