"""Write docs/templates.png: every shipped template with sample content, its name and trim size.

    python tools/contact_sheet.py [OUTPUT.png]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from designer import paths  # noqa: E402
from designer.cli.templates import size_text, sort_key, template_entry  # noqa: E402
from designer.io.template_registry import load_catalog  # noqa: E402
from designer.thumbnails import GAP, template_thumbnail  # noqa: E402
from designer.units import to_mm  # noqa: E402

THUMB_HEIGHT = 300
SMALL_PX_PER_MM = 2.0   # small landscape pages (cards) are capped at this scale so they do not dominate
SHEET_WIDTH = 1900
MARGIN = 40
CAPTION = 62
BACKGROUND = "#e9e6dc"


def thumbnail(template):
    """The template's thumbnail: pages THUMB_HEIGHT px tall, small print pages at most 2 px per mm."""
    count = len(template.pages)
    page_w = THUMB_HEIGHT * template.width / template.height
    if template.kind == "print":
        page_w = min(page_w, SMALL_PX_PER_MM * to_mm(template.width))
    width = round(page_w * (count + GAP * (count - 1)))
    return template_thumbnail(template, width)


def contact_sheet(templates) -> Image.Image:
    """All templates in rows, each with its name and 'id · size · pages' underneath."""
    bold = ImageFont.truetype(str(paths.FONTS / "OpenSans-Bold.ttf"), 17)
    regular = ImageFont.truetype(str(paths.FONTS / "OpenSans-Regular.ttf"), 15)
    cells, row, x = [], [], MARGIN
    for template in templates:
        thumb = thumbnail(template)
        width = max(thumb.width, round(draw_width(template, bold, regular)))
        if row and x + width > SHEET_WIDTH - MARGIN:
            cells.append(row)
            row, x = [], MARGIN
        row.append((template, thumb, x))
        x += width + MARGIN
    cells.append(row)
    row_height = THUMB_HEIGHT + CAPTION + MARGIN
    sheet = Image.new("RGB", (SHEET_WIDTH, MARGIN + row_height * len(cells)), BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    for index, cells_in_row in enumerate(cells):
        y = MARGIN + index * row_height
        for template, thumb, x in cells_in_row:
            top = y + THUMB_HEIGHT - thumb.height
            draw.rectangle((x + 3, top + 3, x + thumb.width + 3, top + thumb.height + 3), fill="#c9c5b8")
            sheet.paste(thumb, (x, top))
            draw.text((x, y + THUMB_HEIGHT + 10), template.name, fill="#0c6c3e", font=bold)
            draw.text((x, y + THUMB_HEIGHT + 34), caption(template), fill="#1f1f1d", font=regular)
    return sheet


def caption(template) -> str:
    """'a5-flyer · 148 × 210 mm · 1 sida'."""
    entry = template_entry(template)
    pages = f"{entry['pages']} sidor" if entry["pages"] > 1 else "1 sida"
    return f"{template.id} · {size_text(entry)} · {pages}"


def draw_width(template, bold, regular) -> float:
    """Width of the caption lines in px."""
    return max(bold.getlength(template.name), regular.getlength(caption(template)))


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else ROOT / "docs" / "templates.png"
    catalog = load_catalog()
    shipped = [t for t in catalog.templates.values() if Path(t.source).parent == paths.LAYOUTS]
    contact_sheet(sorted(shipped, key=sort_key)).save(output, "PNG", optimize=True)
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
