"""Contract of designer.adapters.reportlab_glyph_text with the installed ReportLab: raw operators land in the
page content, a late font is built after all pages are drawn and appears in every page's fonts."""
from __future__ import annotations

import io

import pikepdf

from designer.adapters import reportlab_glyph_text as rl


class _Font:
    """A minimal Type 1 standard font dictionary, added when the PDF is written."""

    def __init__(self):
        self.calls = 0

    def add_objects(self, document):
        self.calls += 1
        font = rl.dictionary({"Type": rl.name("Font"), "Subtype": rl.name("Type1"),
                              "BaseFont": rl.name("Courier")})
        rl.register_font_resource(document, "GTest", rl.reference(document, font, "GTestFont"))


def test_operators_and_late_fonts_reach_the_pdf():
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100, 100), invariant=1)
    font = _Font()
    rl.add_late_font(canvas, font)
    for _ in range(2):
        rl.append_operators(canvas, "BT /GTest 12 Tf 10 10 Td (hi) Tj ET")
        canvas.showPage()
    program = rl.stream(b"payload", {"Length1": 7})
    rl.reference(canvas._doc, program, "GTestStream")
    canvas.save()
    assert font.calls == 1
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert page.Resources.Font.GTest.BaseFont == "/Courier"
            shown = [(operands, str(op)) for operands, op in pikepdf.parse_content_stream(page)
                     if str(op) in ("Tf", "Tj")]
            assert [op for _, op in shown][-2:] == ["Tf", "Tj"]
            assert shown[-2][0][0] == "/GTest" and bytes(shown[-1][0][0]) == b"hi"
        streams = [obj for obj in pdf.objects if isinstance(obj, pikepdf.Stream) and obj.get("/Length1") == 7]
        assert streams and streams[0].read_bytes() == b"payload"


def test_a_precompressed_stream_is_written_as_given():
    import zlib

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100, 100), invariant=1)
    compressed = zlib.compress(b"font program bytes" * 50)
    rl.reference(canvas._doc, rl.compressed_stream(compressed, {"Length1": 900}), "GTestCompressed")
    canvas.showPage()
    canvas.save()
    assert compressed in buffer.getvalue()                      # not compressed a second time
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        stream = next(obj for obj in pdf.objects if isinstance(obj, pikepdf.Stream) and obj.get("/Length1") == 900)
        assert stream.Filter == "/FlateDecode" and stream.read_bytes() == b"font program bytes" * 50


def test_a_raw_value_is_written_as_its_syntax():
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100, 100), invariant=1)
    rl.reference(canvas._doc, rl.dictionary({"Marker": 7, "W": rl.raw("[3 [500 600] 10 [250]]")}), "GTestRaw")
    canvas.showPage()
    canvas.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        found = next(obj for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and obj.get("/Marker") == 7)
        assert [int(found.W[0]), [int(w) for w in found.W[1]], int(found.W[2]), [int(w) for w in found.W[3]]] == \
            [3, [500, 600], 10, [250]]


def _document_with_remembered_font(extra_objects: int, made: list, encrypt=None) -> bytes:
    """A one-page PDF whose font (a dictionary referring to a stream) is written through
    `remembered`, after `extra_objects` other objects that shift the object numbers."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100, 100), invariant=1, encrypt=encrypt)
    document = canvas._doc
    for index in range(extra_objects):
        rl.reference(document, rl.stream(b"other %d" % index), f"GTestOther{index}")

    def make_stream():
        made.append("stream")
        return rl.stream(b"widths", {"Length1": 6})

    def make_font():
        made.append("font")
        return rl.dictionary({"Type": rl.name("Font"), "Subtype": rl.name("Type1"), "BaseFont": rl.name("Courier"),
                              "Extra": rl.named_reference("GTestExtra")})

    rl.reference(document, rl.remembered(("test-font", "extra"), (), make_stream), "GTestExtra")
    font = rl.reference(document, rl.remembered(("test-font", "font"), ("GTestExtra",), make_font), "GTestFont")
    rl.register_font_resource(document, "GTest", font)
    rl.append_operators(canvas, "BT /GTest 12 Tf 10 10 Td (hi) Tj ET")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_remembered_objects_are_made_once_and_refer_to_the_right_objects_wherever_they_land():
    made: list = []
    first = _document_with_remembered_font(0, made)
    assert sorted(made) == ["font", "stream"]
    assert _document_with_remembered_font(0, made) == first
    assert sorted(made) == ["font", "stream"], "the same numbers: formatted from memory"
    shifted = _document_with_remembered_font(3, made)
    assert sorted(made) == ["font", "font", "stream"], \
        "the font refers to an object with another number: formatted anew; the stream refers to none"
    for data in (first, shifted):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            font = pdf.pages[0].Resources.Font.GTest
            assert font.BaseFont == "/Courier" and font.Extra.read_bytes() == b"widths"


def test_remembered_objects_of_an_encrypted_document_are_always_formatted():
    from reportlab.lib.pdfencrypt import StandardEncryption

    made: list = []
    data = _document_with_remembered_font(0, made, StandardEncryption("", canPrint=1))
    _document_with_remembered_font(0, made, StandardEncryption("", canPrint=1))
    assert made.count("font") == 2
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.is_encrypted and pdf.pages[0].Resources.Font.GTest.Extra.read_bytes() == b"widths"
