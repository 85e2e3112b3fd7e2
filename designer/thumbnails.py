"""Template thumbnails for the gallery: each template rendered with the Borlänge sample content."""
from __future__ import annotations

from designer.model.template import Template

GAP = 0.04   # space between the pages of a multi-page template, as a fraction of the page width


def template_thumbnail(template: Template, width_px: int, manifesto=None, brand=None):
    """A Pillow RGB image `width_px` wide showing every page of `template` side by side.

    The pages are laid out with `designer.fill.sample_layout` (sample content) and rasterised
    by the same renderer as PNG export; the background between pages is white.
    """
    from PIL import Image

    from designer.fill import sample_layout
    from designer.layout.engine import build_document
    from designer.render.raster import render_images

    document = build_document(sample_layout(template, manifesto), template, brand)
    count = len(template.pages)
    page_w = width_px / (count + GAP * (count - 1))
    dpi = 72.0 * page_w / template.width * 2          # render at twice the size, then reduce
    if template.kind == "screen":
        dpi = 72.0                                   # the renderer draws screens at 1 px per pt
    pages = render_images(document, dpi)
    height = max(1, round(page_w * template.height / template.width))
    sheet = Image.new("RGB", (width_px, height), "white")
    for index, page in enumerate(pages):
        small = page.resize((max(1, round(page_w)), height), Image.LANCZOS)
        sheet.paste(small, (round(index * page_w * (1 + GAP)), 0))
    return sheet
