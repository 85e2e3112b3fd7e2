"""Preflight: every print problem as a Finding with a plain Swedish (and English) explanation.

    findings = check_layout(layout, preset)        # while editing, from the layout engine's output
    findings += check_pdf(pdf_path, preset)        # after export, from the written file
    layout = apply_fix(layout, finding)            # pure: a corrected SavedLayout (undoable edit)
    code = exit_code(findings)                     # 0 clean, 1 warnings, 2 errors
"""
from designer.preflight.findings import Finding, exit_code
from designer.preflight.fixes import apply_fix, fill_printer_line
from designer.preflight.layout import check_layout
from designer.preflight.pdf import check_pdf

__all__ = ["Finding", "exit_code", "apply_fix", "fill_printer_line", "check_layout", "check_pdf"]
