"""Contract of designer.render.reportlab_objects against the installed ReportLab: forms get the
graphics-state and colour-space resources their content uses and extra dictionary entries; pages
and the catalog take extra entries."""
from __future__ import annotations

import io

import pikepdf
from reportlab.lib.colors import CMYKColorSep
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName
from reportlab.pdfgen.canvas import Canvas

from designer.render import reportlab_objects as rl


def test_forms_pages_and_catalog_carry_what_the_adapter_adds():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 200), invariant=1)
    canvas.beginForm("shared", 0, 0, 200, 200)
    canvas.setOverprintMask(1)
    canvas.setFillOverprint(True)
    canvas.setFillColor(CMYKColorSep(1, 0, 0, 0, spotName="PANTONE 300 C"))
    canvas.rect(10, 10, 50, 50, stroke=0, fill=1)
    rl.end_form(canvas, "shared", {"GTS_Scope": PDFName("File")})
    canvas.doForm("shared")
    canvas.showPage()
    page = rl.last_page(canvas)
    marker = rl.reference(canvas, PDFDictionary({"Type": PDFName("DPart")}))
    rl.set_entry(page, "DPart", marker)
    rl.set_entry(rl.catalog(canvas), "DPartRoot", marker)
    assert rl.page_count(canvas) == 1
    canvas.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        form = next(iter(pdf.pages[0].Resources.XObject.values()))
        assert form.Subtype == "/Form" and form.GTS_Scope == "/File"
        ops = pikepdf.parse_content_stream(form)
        used_states = {str(op.operands[0]) for op in ops if str(op.operator) == "gs"}
        used_spaces = {str(op.operands[0]) for op in ops if str(op.operator) in ("cs", "CS")}
        assert used_states and used_states <= set(form.Resources.ExtGState.keys())
        assert used_spaces and used_spaces <= set(form.Resources.ColorSpace.keys())
        assert any(state.get("/op") is True for state in form.Resources.ExtGState.values())
        assert pdf.pages[0].obj.DPart.Type == "/DPart"
        assert pdf.Root.DPartRoot.objgen == pdf.pages[0].obj.DPart.objgen
