"""PDF import by layout: the PDFium word adapter (contract), columns and reading order over
many pages, running headers and page numbers, and the report's pages and columns."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from designer.cli import main
from designer.importers import import_file, import_with_notes
from designer.paths import FONTS

CORPUS = Path(__file__).parent / "corpus"
sys.path.insert(0, str(CORPUS))


def test_word_adapter_gives_text_boxes_sizes_and_weights(tmp_path):
    """Contract of designer.importers.pdf_words over pypdfium2's raw API."""
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from designer.importers.pdf_words import page_words

    for name in ("OpenSans-Regular", "OpenSans-Bold", "OpenSans-Italic"):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    path = tmp_path / "words.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(400, 300))
    for font, size, x, y, text in (("OpenSans-Bold", 14, 40, 250, "Rubrik här"),
                                   ("OpenSans-Regular", 10, 40, 220, "Brödtext ﬁnns"),
                                   ("OpenSans-Italic", 12, 220, 220, "Citat")):
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(str(path))
    words = page_words(document[0])
    document.close()
    # PDFium spells the ligature out
    assert [w["text"] for w in words] == ["Rubrik", "här", "Brödtext", "finns", "Citat"]
    rubrik, _, brod, _, citat = words
    assert rubrik["size"] == pytest.approx(14, abs=0.1) and brod["size"] == pytest.approx(10, abs=0.1)
    assert "Bold" in rubrik["fontname"] and "Bold" not in brod["fontname"]
    assert "Italic" in citat["fontname"] and "Italic" not in brod["fontname"]
    assert rubrik["x0"] == pytest.approx(40, abs=1) and citat["x0"] == pytest.approx(220, abs=1)
    # points from the top edge; the baseline (300 - 250 = 50) lies inside the loose box
    assert rubrik["top"] < 50 < rubrik["bottom"] < 50 + 14
    assert brod["top"] > rubrik["bottom"]


@pytest.fixture(scope="module")
def long_brochure(tmp_path_factory):
    from make_corpus import two_column_pdf
    from programmes import HEDEMORA

    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    two_column_pdf(HEDEMORA, path, repeat=6)
    return path


def test_long_two_column_brochure_in_reading_order(long_brochure):
    import pypdfium2 as pdfium
    from make_corpus import clean
    from programmes import HEDEMORA

    assert len(pdfium.PdfDocument(str(long_brochure))) >= 5
    manifesto = import_file(long_brochure)
    expected = HEDEMORA["sections"]
    assert len(manifesto.sections) == 6 * len(expected)
    for index, section in enumerate(manifesto.sections):
        want = expected[index % len(expected)]
        assert section.title == want["title"], index
        assert section.paragraphs == [clean(p) for p in want["paragraphs"]], index
        assert section.bullets == want["bullets"], index
        assert section.quotes == want["quotes"], index
    text = " ".join(" ".join([*s.paragraphs, *s.bullets]) for s in manifesto.sections)
    assert "Valprogram 2026" not in text  # the running header is gone
    assert not any(p.isdigit() for s in manifesto.sections for p in s.paragraphs)


def test_report_names_pages_columns_and_guesses(capsys):
    assert main(["import", str(CORPUS / "hedemora-2col.pdf"), "--report"]) == 0
    report = capsys.readouterr().out
    assert ("  trygghet: Trygghet och gemenskap — 2 paragraphs, 6 bullets, 1 quotes, "
            "page 1, column 1 to page 1, column 2") in report
    assert ("page 2, across the columns: heading guessed from the type (20 pt bold; body text "
            "9.5 pt): 'En skola i världsklass för alla barn'") in report
    assert "page 1, column 2: list continued from page 1, column 1 to page 1, column 2" in report
    assert "jobb: Jobb och företagande — 2 paragraphs, 3 bullets, page 2, column 2" in report


def test_three_columns_item_continued_in_the_next_column():
    result = import_with_notes(CORPUS / "avesta-3col.pdf")
    culture = result.manifesto.sections[-1]
    assert "Rusta upp konstnärernas kollektivverkstad" in culture.bullets
    assert any("list continued from page 1, column 2 to page 1, column 3" in n.message
               for n in result.notes)
    assert result.place(culture.source_lines[1]) == "page 1, column 3"


def test_heading_spanning_columns_is_read_before_both_columns(tmp_path):
    """A wide heading over two columns in the middle of a page: the text above it (both
    columns) first, then the heading, then the two columns under it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for name in ("OpenSans-Regular", "OpenSans-Bold"):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    path = tmp_path / "band.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)

    def column(x, y, words):
        pdf.setFont("OpenSans-Regular", 10)
        for line in words:
            pdf.drawString(x, y, line)
            y -= 13

    pdf.setFont("OpenSans-Bold", 16)
    pdf.drawString(50, 780, "Första avsnittet om trafik")
    column(50, 755, ["Vänster spalt börjar här och", "fortsätter på nästa rad."])
    column(310, 755, ["Höger spalt tar vid och", "slutar här."])
    pdf.setFont("OpenSans-Bold", 16)
    pdf.drawString(50, 690, "Andra avsnittet spänner över båda spalterna här")
    column(50, 665, ["Under rubriken till vänster", "står text."])
    column(310, 665, ["Och till höger står", "mer text."])
    pdf.showPage()
    pdf.save()
    sections = import_file(path).sections
    assert [s.title for s in sections] == ["Första avsnittet om trafik",
                                           "Andra avsnittet spänner över båda spalterna här"]
    # a column that ends a sentence ends its paragraph
    assert sections[0].paragraphs == ["Vänster spalt börjar här och fortsätter på nästa rad.",
                                      "Höger spalt tar vid och slutar här."]
    assert sections[1].paragraphs == ["Under rubriken till vänster står text.",
                                      "Och till höger står mer text."]


def test_list_with_drawn_bullets_and_hanging_indents(tmp_path):
    """Bullets drawn as circles (no glyph in the text): after 'Vi vill:' the indented lines
    starting with a capital are items, indented lines in lower case continue them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for name in ("OpenSans-Regular", "OpenSans-Bold"):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    path = tmp_path / "hanging.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("OpenSans-Bold", 14)
    pdf.drawString(50, 780, "Trafik")
    pdf.setFont("OpenSans-Regular", 10)
    y = 760
    for x, text in ((50, "Vi vill bygga fler vägar i kommunen."), (50, "Vi vill:"),
                    (62, "Bygga fler cykelvägar i hela"), (62, "kommunen"), (62, "Sänka farten"),
                    (62, "Laga gatorna")):
        if x == 62 and text[0].isupper():
            pdf.circle(55, y + 3, 1.5, fill=1)
        pdf.drawString(x, y, text)
        y -= 13
    pdf.showPage()
    pdf.save()
    [section] = import_file(path).sections
    assert section.title == "Trafik"
    assert section.paragraphs == ["Vi vill bygga fler vägar i kommunen."]
    assert section.list_intro == "Vi vill:"
    assert section.bullets == ["Bygga fler cykelvägar i hela kommunen", "Sänka farten", "Laga gatorna"]
