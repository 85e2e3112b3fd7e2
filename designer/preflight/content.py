"""Preflight of what a layout says and keeps: template placeholder text left in, the printer line
(tryckort) present, visible, complete and readable, and no locked field changed.

In: the layout, its template, the laid-out Document, the preset and the layout's file name.
Out: Findings (errors: each of these blocks a print export, see designer.policy).
"""
from __future__ import annotations

import re
from functools import lru_cache

from designer import locks, messages
from designer.layout.frames import Box, Document, TextRun
from designer.model.color import Color
from designer.model.layout import split_blocks
from designer.model.template import Template
from designer.preflight.findings import Finding, finding
from designer.units import Rect

PLACEHOLDER_ROLES = ("headline", "subhead", "body", "bullets")  # their template defaults are placeholders
PRINTER_LINE_MIN_PT = 6.0
# A page printed reduced on an office printer (an A1 poster on A4 is a third of its size): its
# printer line must still come out at the smallest size print-shop guides accept for text (about 5 pt).
PRINTED_PRINTER_LINE_MIN_PT = 5.0
PRINTER_LINE_MIN_CONTRAST = 3.0
YEAR = re.compile(r"\b(1[89]|2[0-9])\d{2}\b")
PREFIX = re.compile(r"^\s*(tryck(t|eri)?( hos| av)?|printed( by| at)?)\s*:?\s*", re.IGNORECASE)
WHITE = Color("paper", (0, 0, 0, 0), (1.0, 1.0, 1.0))


def check_content(layout, template: Template, document: Document, preset, source: str = "layout") -> list[Finding]:
    """Placeholder text, lock violations and (for paper) the printer line."""
    findings = [finding("locked_changed", "error", frame_id=v.frame_id, fix="restore_template", file=source,
                        field=v.field, lock=v.lock) for v in locks.violations(layout, template)]
    findings += placeholders(layout, template)
    if preset.needs_printer_line and template.kind == "print":
        findings += printer_line(layout, template, document, preset.imposition)
    return findings


# placeholder text -------------------------------------------------------------------------------
def _normal(text: str) -> str:
    return re.sub(r"[\s.!…]+$", "", " ".join(text.split())).casefold()


@lru_cache(maxsize=1)
def shipped_placeholders() -> frozenset[str]:
    """The placeholder paragraphs of every shipped template (normalised). The shipped files are
    part of the program (validated by the tests), so plain json is enough and keeps this ~1 ms."""
    import json

    from designer import paths

    out = set()
    for path in sorted(paths.LAYOUTS.glob("*.json")):
        for page in json.loads(path.read_bytes()).get("pages", ()):
            for frame in page.get("frames", ()):
                if frame.get("role") in PLACEHOLDER_ROLES:
                    out |= _placeholder_blocks(str(frame.get("default", {}).get("text", "")))
    return frozenset(out)


def _placeholder_blocks(text: str) -> set[str]:
    """Paragraphs of a default text that are placeholders ("Vi vill:"-style intros are not)."""
    return {_normal(block) for _, block in split_blocks(text) if block and not block.rstrip().endswith(":")}


def placeholders(layout, template: Template) -> list[Finding]:
    """A `placeholder_text` error for each text frame still showing template placeholder text."""
    known = set(shipped_placeholders())
    for _, spec in template.frames():
        if spec.role in PLACEHOLDER_ROLES:
            known |= _placeholder_blocks(str(spec.default.get("text", "")))
    out = []
    for page, spec in template.frames():
        slot = layout.slot(spec.id)
        if spec.type != "text" or slot.hidden or spec.role == "printer_line":
            continue
        text = slot.text if slot.text is not None else (spec.default.get("text", "")
                                                         if spec.role in PLACEHOLDER_ROLES else "")
        left = [block for _, block in split_blocks(text) if _normal(block) in known]
        if left:
            out.append(finding("placeholder_text", "error", frame_id=spec.id, page=page, fix="clear_placeholder",
                               text=left[0][:80], blocks=left))
    return out


def without_placeholders(text: str, blocks: list[str]) -> str:
    """`text` without the lines whose paragraph is one of `blocks`."""
    drop = {_normal(b) for b in blocks}
    kept = [line for line in text.split("\n") if _normal(line.strip().lstrip("•\u2022").strip()) not in drop]
    return "\n".join(kept).strip()


# printer line -----------------------------------------------------------------------------------
def missing_parts(text: str) -> list[str]:
    """Which of "printer", "place", "year" the printer line text lacks (empty: complete)."""
    body = PREFIX.sub("", text.strip())
    missing = [] if YEAR.search(body) else ["year"]
    names = [part for part in YEAR.sub("", body).split(",") if sum(ch.isalpha() for ch in part) >= 2]
    if len(names) < 2:
        missing = ["printer", "place"][len(names):] + missing
    return missing


def printer_line(layout, template: Template, document: Document, imposition=None) -> list[Finding]:
    """Hidden, incomplete, too small, too faint or outside the trim: each an error. With an
    `imposition` (office printing), also too small as the page comes out of the printer."""
    out = []
    for page_index, spec in template.frames():
        if spec.role != "printer_line":
            continue
        slot = layout.slot(spec.id)
        where = {"frame_id": spec.id, "page": page_index}
        if slot.hidden:
            out.append(finding("printer_line_hidden", "error", fix="restore_template", field=f"slots.{spec.id}.hidden",
                               **where))
            continue
        page = document.pages[page_index]
        runs = [i for i in page.items if isinstance(i, TextRun) and i.frame_id == spec.id]
        text = slot.text if slot.text is not None else spec.default.get("text", "")
        if not runs or not text.strip() or "[" in text:
            continue          # printer_line_missing comes from the engine
        missing = missing_parts(text)
        if missing:
            out.append(finding("printer_line_incomplete", "error", fix="fill_printer_line", text=text[:80],
                               missing=missing, missing_sv=_parts(missing, "sv"), missing_en=_parts(missing, "en"),
                               **where))
        size = min(r.size for r in runs)
        if size < PRINTER_LINE_MIN_PT - 0.01:
            out.append(finding("printer_line_small", "error", fix="restore_template", size=size,
                               minimum=PRINTER_LINE_MIN_PT, field=f"slots.{spec.id}.style", **where))
        scale = imposition.plan(page.width, page.height).scale if imposition else 1.0
        if size >= PRINTER_LINE_MIN_PT - 0.01 and size * scale < PRINTED_PRINTER_LINE_MIN_PT - 0.01:
            out.append(finding("printer_line_small", "error", key="printer_line_small_printed", size=size * scale,
                               percent=scale * 100, minimum=PRINTED_PRINTER_LINE_MIN_PT,
                               field=f"slots.{spec.id}.style", **where))
        ratio = contrast(runs[0].color, _background(page, runs[0], page.frame_rects.get(spec.id)))
        if ratio < PRINTER_LINE_MIN_CONTRAST:
            out.append(finding("printer_line_contrast", "error", fix="restore_template", ratio=ratio,
                               minimum=PRINTER_LINE_MIN_CONTRAST, field=f"slots.{spec.id}.style", **where))
        rect = page.frame_rects.get(spec.id)
        trim = Rect(0, 0, page.width, page.height)
        if rect is not None and not trim.contains(rect, tol=0.5):
            out.append(finding("printer_line_outside", "error", fix="restore_template", field=f"slots.{spec.id}.rect",
                               **where))
    return out


def _parts(names: list[str], language: str) -> str:
    return ", ".join(messages.text(f"part.{name}", language) for name in names)


def _background(page, run: TextRun, rect: Rect | None) -> Color:
    """The fill of the topmost box drawn under the text's frame before it, else the paper."""
    if rect is None:
        return WHITE
    x, y = rect.x + rect.w / 2, rect.y + rect.h / 2
    found = WHITE
    for item in page.items:
        if item is run:
            break
        if isinstance(item, Box) and item.fill is not None and \
                item.rect.x <= x <= item.rect.right and item.rect.y <= y <= item.rect.bottom:
            found = item.fill
    return found


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two swatches' screen colours (1.0 = none, 21.0 = black on white)."""
    def luminance(rgb):
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a.rgb), luminance(b.rgb)), reverse=True)
    return round((high + 0.05) / (low + 0.05), 2)
