"""Change format ("magic resize") in the app: the open layout's content re-flowed into another
template by designer.convert.convert_layout, as a copy (a new unsaved document, the default) or in
place as one undo step, and a plain-language report.

In: the Session and a template id. Out: the ConvertReport (`change_format`) and its text in the
UI language (`report_text`): how many frames moved and what found no free frame (kept with the
layout in meta.unplaced and placed again by a later change to a roomier format).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.convert import ConvertReport, content_preview, convert_layout
from designer.gui.i18n import current_language
from designer.gui.properties_panel import role_name


def template_name(template) -> str:
    return template.name if current_language() == "sv" else (template.name_en or template.name)


def change_format(session, template_id: str) -> ConvertReport:
    """Convert the session's layout to `template_id` as one undoable edit; returns the report."""
    target = session.catalog.get(template_id)
    layout, report = convert_layout(session.layout, session.template, target)
    session.apply(layout, QCoreApplication.translate("FormatChange", "Change format to %s") % template_name(target))
    return report


def copy_in_format(session, template_id: str) -> ConvertReport:
    """Make the session a new unsaved document: its layout converted to `template_id` (the file it
    came from is left as it was; saving asks for a new name). Returns the report."""
    target = session.catalog.get(template_id)
    layout, report = convert_layout(session.layout, session.template, target)
    session.new_layout(layout)
    return report


def report_text(report: ConvertReport, session) -> str:
    """What the change did, for a message box: frames moved, then every unplaced item."""
    lines = [QCoreApplication.translate("FormatChange", "%1 frames moved to %2.").replace("%1", str(len(report.placed)))
             .replace("%2", template_name(session.catalog.get(report.target)))]
    if report.unplaced:
        lines.append(QCoreApplication.translate(
            "FormatChange", "No free frame for this content; it is kept with the layout and placed again "
            "when you change to a format with room for it:"))
        lines += [f"• {role_name(item['role'])}: {content_preview(item)}" for item in report.unplaced]
    return "\n".join(lines)
