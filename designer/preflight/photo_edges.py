"""A photo frame that was moved or resized off the page edge it started at: its side of the page
now shows paper (no bleed there), which the volunteer rarely means. The fix pulls the frame's side
back out to the edge ("dra ut till utfallet"); the engine then grows it into the bleed again.

In: the layout's template and one laid-out Page. Out: Findings with fix "pull_to_bleed" and the
frame's corrected rectangle (template units) in `data["rect_mm"]`.
"""
from __future__ import annotations

from designer.preflight.findings import Finding, finding
from designer.units import mm

EDGE = 0.5          # points: a side this close to the trim touches it
CODE = "photo_off_bleed"
FIX = "pull_to_bleed"


def photo_edges(template, page) -> list[Finding]:
    """One finding per photo frame on `page` that left a trim edge its template frame touches."""
    if template.kind != "print" or page.index >= len(template.pages):
        return []
    unit = mm(1)
    out = []
    for spec in template.pages[page.index].frames:
        now = page.frame_rects.get(spec.id)
        if spec.type != "image" or spec.role != "photo" or now is None or {"position", "size"} & spec.locked:
            continue
        left, top, right, bottom = now.x, now.y, now.right, now.bottom
        short = []
        if spec.rect.x <= EDGE and left > EDGE:
            short.append("left")
            left = 0.0
        if spec.rect.y <= EDGE and top > EDGE:
            short.append("top")
            top = 0.0
        if spec.rect.right >= page.width - EDGE and right < page.width - EDGE:
            short.append("right")
            right = page.width
        if spec.rect.bottom >= page.height - EDGE and bottom < page.height - EDGE:
            short.append("bottom")
            bottom = page.height
        if short:
            rect = [round(v / unit, 1) for v in (left, top, right - left, bottom - top)]
            out.append(finding(CODE, "warning", frame_id=spec.id, page=page.index, fix=FIX,
                               rect_mm=rect, edges=", ".join(short)))
    return out
