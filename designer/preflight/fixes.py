"""Fixes: pure functions (layout, finding) -> corrected SavedLayout, for the GUI's undo stack.

Each finding names its fix in `finding.fix`; the data a fix needs (swatch name, rectangle) was
worked out by the check and travels in `finding.data`, so a fix never loads files.
"""
from __future__ import annotations

from designer.errors import DesignerError
from designer.model.layout import SavedLayout
from designer.preflight.findings import Finding


def use_black(layout: SavedLayout, finding: Finding) -> SavedLayout:
    """Set the frame's text colour to the brand's 100 % K swatch."""
    slot = layout.slot(finding.frame_id)
    return layout.with_slot(finding.frame_id, style={**slot.style, "color": finding.data["color"]})


def extend_bleed(layout: SavedLayout, finding: Finding) -> SavedLayout:
    """Let the frame grow into the bleed where it touches the trim."""
    return layout.with_slot(finding.frame_id, bleed=True)


def move_inside_safe(layout: SavedLayout, finding: Finding) -> SavedLayout:
    """Move (and if needed shrink) the frame into the safe area."""
    return layout.with_slot(finding.frame_id, rect_mm=tuple(finding.data["rect_mm"]))


def thicken_line(layout: SavedLayout, finding: Finding) -> SavedLayout:
    """Give the frame's line the smallest width that prints reliably."""
    return layout.with_slot(finding.frame_id, stroke_pt=finding.data["stroke_pt"])


def use_rich_black(layout: SavedLayout, finding: Finding) -> SavedLayout:
    """Fill the large black area with the brand's rich black (within the ink limit)."""
    return layout.with_slot(finding.frame_id, fill=finding.data["fill"])


def fill_printer_line(layout: SavedLayout, finding: Finding, printer: str = "", place: str = "",
                      year: str | int = "") -> SavedLayout:
    """Write the tryckort 'Tryck: PRINTER, PLACE YEAR' (all three are needed)."""
    values = {"printer": str(printer).strip(), "place": str(place).strip(), "year": str(year).strip()}
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise DesignerError(f"needs {', '.join(missing)} for the printer line", field=finding.frame_id)
    text = f"Tryck: {values['printer']}, {values['place']} {values['year']}"
    return layout.with_slot(finding.frame_id, text=text)


def restore_template(layout: SavedLayout, finding: Finding) -> SavedLayout:
    """Put the slot field a lock protects (finding.data["field"]) back to the template's value."""
    from designer.locks import restored

    return restored(layout, finding.frame_id, finding.data["field"])


def clear_placeholder(layout: SavedLayout, finding: Finding) -> SavedLayout:
    """Remove the template's placeholder paragraphs from the frame's text."""
    from designer.preflight.content import without_placeholders

    slot = layout.slot(finding.frame_id)
    text = slot.text if slot.text is not None else "\n".join(finding.data["blocks"])
    return layout.with_slot(finding.frame_id, text=without_placeholders(text, finding.data["blocks"]))


FIXES = {"use_black": use_black, "restore_template": restore_template, "clear_placeholder": clear_placeholder, "extend_bleed": extend_bleed, "move_inside_safe": move_inside_safe,
         "thicken_line": thicken_line, "use_rich_black": use_rich_black, "fill_printer_line": fill_printer_line,
         "pull_to_bleed": move_inside_safe}      # both set the rectangle the check worked out


def apply_fix(layout: SavedLayout, finding: Finding, **inputs) -> SavedLayout:
    """The layout with `finding`'s fix applied (`inputs`: printer/place/year for the printer line)."""
    if finding.fix not in FIXES:
        raise DesignerError(f"no automatic fix for {finding.code}", field=finding.frame_id)
    return FIXES[finding.fix](layout, finding, **inputs)
