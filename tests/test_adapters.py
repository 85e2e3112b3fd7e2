"""Contracts of the adapters over library internals (designer/adapters/).

Each test states one assumption an adapter makes about a library's undocumented behaviour and
checks it against the standard or the library's public results, so that a new version of
ReportLab or pyphen that breaks an assumption fails here, by name, before a print file
comes out wrong.
"""
from __future__ import annotations

import io
import pickle

import pikepdf
import pyphen

from designer.adapters import pyphen_cache, reportlab_pdfdoc

# --- ReportLab: catalog entries, Info keys and the file ID of a canvas ----------------------------


def _canvas_pdf(apply) -> pikepdf.Pdf:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setTitle("Rubrik")
    canvas.drawString(100, 100, "x")
    canvas.showPage()
    apply(canvas)
    canvas.save()
    return pikepdf.open(io.BytesIO(buffer.getvalue()))


def test_reportlab_catalog_takes_entries_it_does_not_know():
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

    def apply(canvas):
        intent = PDFDictionary({"Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFX"),
                                "Info": PDFString("profil")})
        reportlab_pdfdoc.set_catalog_entry(canvas, "OutputIntents", PDFArray([intent]))

    with _canvas_pdf(apply) as pdf:
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFX"
        assert str(pdf.Root.OutputIntents[0].Info) == "profil"


def test_reportlab_catalog_takes_a_metadata_stream_by_reference():
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream

    packet = b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"

    def apply(canvas):
        stream = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                           packet, filters=[])
        reportlab_pdfdoc.set_catalog_entry(canvas, "Metadata", stream)

    with _canvas_pdf(apply) as pdf:
        assert pdf.Root.Metadata.is_indirect and pdf.Root.Metadata.read_bytes() == packet


def test_reportlab_document_reference_makes_an_indirect_object():
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName

    def apply(canvas):
        referenced = reportlab_pdfdoc.document(canvas).Reference(PDFDictionary({"Kind": PDFName("Test")}))
        reportlab_pdfdoc.set_catalog_entry(canvas, "Probe", PDFDictionary({"Target": referenced}))

    with _canvas_pdf(apply) as pdf:
        assert pdf.Root.Probe.Target.is_indirect and pdf.Root.Probe.Target.Kind == "/Test"



def test_reportlab_catalog_keeps_every_unknown_entry_it_is_given():
    from reportlab.pdfbase.pdfdoc import PDFName

    def apply(canvas):
        for key in ("OutputIntents", "DPartRoot", "Probe"):
            reportlab_pdfdoc.set_catalog_entry(canvas, key, PDFName(key))

    with _canvas_pdf(apply) as pdf:
        assert [pdf.Root.OutputIntents, pdf.Root.DPartRoot, pdf.Root.Probe] == ["/OutputIntents", "/DPartRoot",
                                                                                 "/Probe"]


def test_reportlab_forms_get_their_graphics_states_and_colour_spaces_and_pages_take_entries():
    from reportlab.lib.colors import CMYKColorSep
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 200), invariant=1)
    canvas.beginForm("shared", 0, 0, 200, 200)
    canvas.setOverprintMask(1)
    canvas.setFillOverprint(True)
    canvas.setFillColor(CMYKColorSep(1, 0, 0, 0, spotName="PANTONE 300 C"))
    canvas.rect(10, 10, 50, 50, stroke=0, fill=1)
    reportlab_pdfdoc.end_form(canvas, "shared", {"GTS_Scope": PDFName("File")})
    canvas.doForm("shared")
    canvas.showPage()
    marker = reportlab_pdfdoc.document(canvas).Reference(PDFDictionary({"Type": PDFName("DPart")}))
    reportlab_pdfdoc.set_page_entry(reportlab_pdfdoc.last_page(canvas), "DPart", marker)
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


def test_reportlab_jpeg_object_is_the_file_unchanged_and_placed_by_its_resource_name(tmp_path):
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    photo = tmp_path / "foto.jpg"
    Image.new("CMYK", (40, 20), (0, 128, 0, 0)).save(photo, "JPEG")
    pdfs = []
    for _ in range(2):                                       # the second document uses the cached object
        buffer = io.BytesIO()
        canvas = Canvas(buffer, invariant=1)
        name = reportlab_pdfdoc.place_jpeg_xobject(canvas, "ImPhoto", str(photo), "digest-of-foto")
        canvas._code.append(f"/{name} Do")
        canvas.showPage()
        canvas.save()
        pdfs.append(buffer.getvalue())
    for data in pdfs:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            image = pdf.pages[0].Resources.XObject[f"/{name}"]
            assert image.Filter == "/DCTDecode" or list(image.Filter) == ["/DCTDecode"]
            assert (image.Width, image.Height, image.ColorSpace) == (40, 20, "/DeviceCMYK")
            assert image.read_raw_bytes() == photo.read_bytes()


def test_reportlab_file_id_is_the_one_given():
    file_id = "0123456789abcdef0123456789abcdef"
    with _canvas_pdf(lambda canvas: reportlab_pdfdoc.set_file_id(canvas, file_id)) as pdf:
        assert [bytes(part).hex() for part in pdf.trailer.ID] == [file_id, file_id]


def test_reportlab_info_keeps_its_entries_dated_from_the_time_stamp_and_adds_ours():
    def apply(canvas):
        reportlab_pdfdoc.add_info_entries(canvas, {"GTS_PDFXVersion": "PDF/X-4"})

    with _canvas_pdf(apply) as pdf:
        info = pdf.docinfo
        assert str(info.GTS_PDFXVersion) == "PDF/X-4" and str(info.Title) == "Rubrik"
        assert info.Trapped == "/False" and "/Author" not in info
        # invariant=1 is ReportLab's fixed time stamp: 2000-01-01 00:00:00
        assert str(info.CreationDate).startswith("D:20000101000000") and info.CreationDate == info.ModDate


# --- pyphen: the dictionary cache ---------------------------------------------------------------

def test_pyphen_pattern_file_exists_for_swedish():
    path = pyphen_cache.pattern_file("sv_SE")
    assert path.is_file() and "sv" in path.name


def test_pyphen_uses_a_dictionary_put_in_its_cache(monkeypatch):
    path = pyphen_cache.pattern_file("sv_SE")
    monkeypatch.setattr(pyphen, "hdcache", {})
    assert not pyphen_cache.is_loaded(path)
    parsed = pyphen_cache.parse(path)
    pyphen_cache.install(path, parsed)
    assert pyphen_cache.is_loaded(path) and pyphen_cache.loaded(path) is parsed
    assert pyphen.Pyphen(lang="sv_SE").hd is parsed, "Pyphen must take the cached dictionary"


def test_pyphen_dictionary_survives_pickling(monkeypatch):
    path = pyphen_cache.pattern_file("sv_SE")
    restored = pickle.loads(pickle.dumps(pyphen_cache.parse(path), protocol=pickle.HIGHEST_PROTOCOL))
    monkeypatch.setattr(pyphen, "hdcache", {})
    pyphen_cache.install(path, restored)
    words = ["förutsättningar", "kommunfullmäktige", "valaffisch"]
    cached = [pyphen.Pyphen(lang="sv_SE").inserted(word) for word in words]
    monkeypatch.setattr(pyphen, "hdcache", {})
    assert cached == [pyphen.Pyphen(lang="sv_SE").inserted(word) for word in words]
    assert cached[0].count("-") >= 3
