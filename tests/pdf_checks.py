"""Helpers that read an exported PDF the way a print shop's preflight would (pikepdf)."""
from __future__ import annotations

import pikepdf

from designer.units import to_mm

RGB_OPERATORS = {"rg", "RG"}


def box_mm(page, name: str) -> list[float]:
    """A page box ([x0, y0, x1, y1]) in millimetres, rounded to 0.01 mm."""
    return [round(to_mm(float(v)), 2) for v in page.obj[name]]


def content_operators(pdf: pikepdf.Pdf, page) -> list[tuple[list, str]]:
    """(operands, operator) pairs of a page's content stream, including form XObjects it uses."""
    result = [(list(operands), str(op)) for operands, op in pikepdf.parse_content_stream(page)]
    xobjects = page.Resources.get("/XObject", {})
    for _, xobject in xobjects.items():
        if xobject.get("/Subtype") == "/Form":
            result += [(list(o), str(op)) for o, op in pikepdf.parse_content_stream(xobject)]
    return result


def fonts(page) -> list[pikepdf.Dictionary]:
    return [font for _, font in page.Resources.get("/Font", {}).items()]


def is_embedded(font) -> bool:
    """True when the font program is inside the PDF (FontFile, FontFile2 or FontFile3)."""
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def image_colorspaces(page) -> list[str]:
    return [str(x.get("/ColorSpace")) for _, x in page.Resources.get("/XObject", {}).items()
            if x.get("/Subtype") == "/Image"]


def qpdf_and_ghostscript_problems(path) -> str:
    """'' when `qpdf --check` finds no errors and Ghostscript renders the file silently, else what they said."""
    import subprocess

    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    if check.returncode != 0 or "No syntax or stream encoding errors" not in check.stdout:
        return check.stdout + check.stderr
    gs = subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=nullpage", str(path)],
                        capture_output=True, text=True)
    if gs.returncode != 0 or "Error" in gs.stdout + gs.stderr:
        return gs.stdout + gs.stderr
    return ""
