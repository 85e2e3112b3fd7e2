"""Markdown, Word and PDF versions of the Borlänge programme import to the same sections;
broken, encrypted, image-only and hostile files are refused with a clear message."""
from __future__ import annotations

import re
import zipfile

import pytest

from designer.errors import DesignerError
from designer.importers import import_file
from designer.io.manifesto_file import load_manifesto
from designer.paths import FONTS, MANIFESTO

SEED = MANIFESTO / "borlange-brochure.txt"


@pytest.fixture(scope="module")
def expected():
    return load_manifesto(MANIFESTO / "borlange.json")


def assert_same_content(manifesto, expected):
    assert manifesto.title == expected.title
    assert manifesto.slogans == expected.slogans
    assert manifesto.people == expected.people
    assert [s.id for s in manifesto.sections] == [s.id for s in expected.sections]
    assert [s.title for s in manifesto.sections] == [s.title for s in expected.sections]
    assert [s.bullets for s in manifesto.sections] == [s.bullets for s in expected.sections]
    assert [s.list_intro for s in manifesto.sections] == [s.list_intro for s in expected.sections]
    assert [s.quotes for s in manifesto.sections] == [s.quotes for s in expected.sections]
    words = lambda section: " ".join(section.paragraphs).split()  # wrapping may differ
    assert [words(s) for s in manifesto.sections] == [words(s) for s in expected.sections]


def test_markdown_version(expected):
    assert_same_content(import_file(MANIFESTO / "borlange.md"), expected)


# -- Word --------------------------------------------------------------------------------------
def build_docx(path, manifesto, numbered_section="skola"):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph(manifesto.title, style="Title")
    document.add_paragraph(manifesto.slogans[0], style="Subtitle")
    for section in manifesto.sections:
        if section.title:
            document.add_heading(section.title, level=1)
        for paragraph in section.paragraphs:
            document.add_paragraph(paragraph)
        if section.bullets:
            document.add_paragraph(section.list_intro)
        for bullet in section.bullets:
            if section.id == numbered_section:  # numbering set on the paragraph itself
                item = document.add_paragraph(bullet)
                item._p.get_or_add_pPr().append(parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
            else:
                document.add_paragraph(bullet, style="List Bullet")
        for quote in section.quotes:
            document.add_paragraph(quote, style="Quote")
        if section.id == "borlange":
            document.add_paragraph("Sören Hellberg, Karin Örjes och Oscar Sjökvist.")
    document.save(str(path))
    return path


def test_word_version(tmp_path, expected):
    assert_same_content(import_file(build_docx(tmp_path / "program.docx", expected)), expected)


def test_word_file_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "program.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0 looks like an old .doc")
    with pytest.raises(DesignerError, match="old Word .doc"):
        import_file(path)
    path.write_text("just text pretending to be Word")
    with pytest.raises(DesignerError, match="not a zip package"):
        import_file(path)


def test_zip_bomb_docx_is_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"<" + b"a" * (20 * 2**20) + b"/>")
    assert path.stat().st_size < 2**20
    with pytest.raises(DesignerError, match="zip bomb"):
        import_file(path)


def test_zip_without_a_word_document_is_refused(tmp_path):
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("photo.txt", "not word")
    with pytest.raises(DesignerError, match="no word/document.xml"):
        import_file(path)


# -- PDF ---------------------------------------------------------------------------------------
def brochure_pdf(path, text, **canvas_options):
    """Lay the brochure text out like the printed brochure: one page per block of pages,
    tab-indented continuation lines, bullets hanging in the margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("OpenSans", str(FONTS / "OpenSans-Regular.ttf")))
    pdf = canvas.Canvas(str(path), pagesize=A4, **canvas_options)
    for page in re.split(r"\n(?:[ \t]*\n){2,}", text):
        pdf.setFont("OpenSans", 10)
        y = 800
        for line in page.split("\n"):
            body = line.strip()
            if body.startswith("•"):
                pdf.drawString(50, y, "•")
                pdf.drawString(70, y, body[1:].strip())
            elif body:
                pdf.drawString(70 if line[:1] in " \t" else 50, y, body)
            y -= 14
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_version(tmp_path, expected):
    path = brochure_pdf(tmp_path / "program.pdf", SEED.read_text(encoding="utf-8"))
    assert_same_content(import_file(path), expected)


def test_encrypted_pdf_is_refused(tmp_path):
    path = brochure_pdf(tmp_path / "secret.pdf", "Hemlig text\n", encrypt="hemligt")
    with pytest.raises(DesignerError, match="encrypted"):
        import_file(path)


def test_image_only_pdf_is_refused(tmp_path):
    from PIL import Image
    from reportlab.pdfgen import canvas

    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(str(image), 50, 500, 200, 100)
    pdf.showPage()
    pdf.save()
    with pytest.raises(DesignerError, match="no text layer"):
        import_file(path)


def test_damaged_pdf_is_refused(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n this is not really a pdf")
    with pytest.raises(DesignerError, match="not a readable PDF"):
        import_file(path)


def test_format_is_sniffed_when_the_extension_lies(tmp_path, expected):
    pdf = brochure_pdf(tmp_path / "program.pdf", SEED.read_text(encoding="utf-8"))
    disguised = tmp_path / "program.txt"
    disguised.write_bytes(pdf.read_bytes())
    assert [s.title for s in import_file(disguised).sections] == [s.title for s in expected.sections]
    markdown = tmp_path / "program.txt"
    markdown.write_bytes((MANIFESTO / "borlange.md").read_bytes())
    assert_same_content(import_file(markdown), expected)
