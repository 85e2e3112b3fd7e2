"""The preflight report as a small A4 PDF (ReportLab), for the print-shop package."""
from __future__ import annotations

import io

from designer import messages
from designer.units import mm

COLOURS = {"error": (0.8, 0.1, 0.1), "warning": (0.85, 0.5, 0.0), "info": (0.3, 0.3, 0.3)}
LABELS = {"error": "FEL / ERROR", "warning": "VARNING / WARNING", "info": "INFO"}


def report_pdf(findings, title: str, preset, date_text: str) -> bytes:
    """A4 pages listing each finding: severity, place, Swedish and English text, fix."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from designer.io.brand_file import load_brand
    from designer.layout.fonts import register_font
    from designer.render.pdf import fixed_timestamp

    fonts = load_brand().fonts
    regular, bold, italic = (register_font(str(fonts[key])) for key in ("text", "text-bold", "text-italic"))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=regular)
    canvas._doc._timeStamp = fixed_timestamp(date_text)
    canvas.setTitle(f"Preflight: {title}")
    width, height = A4
    left, y = mm(18), height - mm(20)
    canvas.setFont(bold, 15)
    canvas.drawString(left, y, f"Preflight: {title}"[:80])
    y -= mm(7)
    canvas.setFont(regular, 9)
    canvas.drawString(left, y, f"Tryckeri / preset: {preset.name} ({preset.id}); {date_text[:10]}")
    y -= mm(10)
    if not findings:
        canvas.setFont(regular, 11)
        canvas.drawString(left, y, "Inga problem hittades. / No problems found.")
    for item in findings:
        lines = [(f"{LABELS[item.severity]}  {item.where() or 'hela filen / whole file'}  [{item.code}]",
                  bold, COLOURS[item.severity])]
        for text, font in ((item.message, regular), (item.message_en, italic),
                           (f"{messages.text('word.fix', 'sv').capitalize()}: {item.fix_text}" if item.fix_text else "",
                            regular)):
            lines += [(part, font, (0, 0, 0)) for part in simpleSplit(text, font, 9, width - 2 * left)]
        if y - len(lines) * mm(4.5) < mm(20):
            canvas.showPage()
            y = height - mm(20)
        for text, font, colour in lines:
            canvas.setFont(font, 9)
            canvas.setFillColorRGB(*colour)
            canvas.drawString(left, y, text)
            y -= mm(4.5)
        y -= mm(3)
    canvas.save()
    return buffer.getvalue()
