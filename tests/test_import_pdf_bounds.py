"""PDF import bounds: the layout work per page grows as n log n in its lines (counted as Python
calls, never timed), and PDFs over the page or character budget are refused with one line,
exit code 2 and no file, before their text is read. Also two layouts from the same QA sweep:
columns under a full-width lead paragraph, and body text after headings set in bold."""
from __future__ import annotations

import random
import sys

from reportlab.pdfgen import canvas

from designer.cli import main
from designer.importers import import_file, pdf, pdf_words
from designer.importers.pdf import PdfLine
from tests.test_import_hostile import refused


def pages_pdf(path, pages: int, lines: int = 1):
    """A PDF of `pages` A4 pages, each with `lines` lines of body text."""
    pdf_canvas = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf_canvas.setFont("Helvetica", 9.5)
    for _ in range(pages):
        for k in range(lines):
            pdf_canvas.drawString(50, 760 - k * 12.5, "Vi vill att Borlänge ska vara en trygg kommun")
        pdf_canvas.showPage()
    pdf_canvas.save()
    return path


def dense_page_pdf(path, lines: int):
    """One huge page of `lines` short lines in tiny type (the QA sweep's bigpage)."""
    pdf_canvas = canvas.Canvas(str(path), pagesize=(14400, 14400))
    pdf_canvas.setFont("Helvetica", 1.5)
    for k in range(lines):
        pdf_canvas.drawString(10, 14390 - k * 1.6 * (7000 / lines), "ord ord")
    pdf_canvas.showPage()
    pdf_canvas.save()
    return path


def python_calls(function, *args) -> int:
    """How many Python and built-in function calls (generator steps included) `function(*args)`
    makes: a measure of work that does not depend on the machine's speed."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        count += 1

    sys.setprofile(profile)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return count


# -- work per page ----------------------------------------------------------------------------
def test_four_times_the_lines_on_a_page_is_about_four_times_the_work(tmp_path):
    """QA sweep item 1: the running-line and list checks compared every line with every other
    (2 000 lines: 2 s, 16 000 lines: over 60 s). Quadratic work would grow 16x here."""
    small = python_calls(pdf.read_pdf, dense_page_pdf(tmp_path / "small.pdf", 500))
    large = python_calls(pdf.read_pdf, dense_page_pdf(tmp_path / "large.pdf", 2000))
    assert large < 5 * small


def test_edge_lines_on_one_baseline_cost_n_log_n_work():
    """Many pieces of text side by side in the header band (all inside each other's reach):
    the worst case for a scan of each line's neighbours."""
    def header_pieces(count: int) -> list[PdfLine]:
        return [PdfLine("ord", 0, 0, 20.0 * i, 20.0 * i + 10, 10.0 + i % 2, 20.0 + i % 3 * 4,
                        9.5, False, False) for i in range(count)]

    small = python_calls(pdf._edge_lines_apart, header_pieces(1000), 842.0)
    large = python_calls(pdf._edge_lines_apart, header_pieces(4000), 842.0)
    assert large < 5 * small


def random_lines(rng: random.Random, count: int, height: float) -> list[PdfLine]:
    """Lines of mixed sizes (zero and negative too) at random, rounded and repeated heights."""
    lines = []
    for _ in range(count):
        size = rng.choice([0.0, -3.0, 1.5, 9.5, 9.5, 12.0, rng.uniform(0.1, 30)])
        top = rng.choice([rng.uniform(0, height), float(round(rng.uniform(0, height))), 12.5, 790.25])
        bottom = top + rng.choice([abs(size), abs(size) * 1.2, rng.uniform(0, 20)])
        x0 = rng.choice([rng.uniform(0, 600), 50.0, 310.0])
        x1 = x0 + rng.choice([rng.uniform(0, 600), 240.0, 0.0])
        lines.append(PdfLine("Valprogram 2026", 0, 0, x0, x1, top, bottom, size, False, False))
    return lines


def test_lines_standing_apart_are_found_as_by_comparing_every_pair():
    def pairwise(lines: list[PdfLine], height: float) -> set[int]:
        return {i for i, line in enumerate(lines) if pdf._in_edge(line, height) and not any(
            other is not line and abs(other.bottom - line.bottom) > 0.3 * line.size
            and abs(other.top - line.top) < 1.8 * line.size for other in lines)}

    rng = random.Random(7)
    for _ in range(300):
        height = rng.choice([842.0, 100.0])
        lines = random_lines(rng, rng.randint(1, 40), height)
        assert pdf._edge_lines_apart(lines, height) == pairwise(lines, height)


def test_gutter_runs_are_found_as_by_marking_every_point():
    def marked(spans: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
        covered = [False] * width
        for a, b in spans:
            covered[a:b] = [True] * max(b - a, 0)
        runs, start = [], None
        for x, taken in enumerate(covered + [True]):
            if not taken and start is None:
                start = x
            elif taken and start is not None:
                runs.append((start, x))
                start = None
        return runs

    rng = random.Random(3)
    for _ in range(300):
        width = rng.randint(50, 300)
        spans = [(a, min(width - 1, a + rng.randint(-2, 80)))
                 for a in (rng.randint(0, width - 1) for _ in range(rng.randint(1, 12)))]
        assert pdf._uncovered(spans, width) == marked(spans, width)


# -- page and character budget ----------------------------------------------------------------
def test_pdf_with_more_pages_than_the_limit_is_refused(tmp_path, capsys):
    path = pages_pdf(tmp_path / "pages.pdf", pdf.MAX_PAGES + 1)
    line = refused(path, tmp_path, capsys)
    assert "pages.pdf: " in line
    assert f"the PDF has {pdf.MAX_PAGES + 1} pages, more than the {pdf.MAX_PAGES}" in line


def test_pdf_at_the_page_limit_is_imported(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    out = tmp_path / "out.json"
    assert main(["import", str(pages_pdf(tmp_path / "three.pdf", 3, 5)), "-o", str(out)]) == 0
    assert out.exists()


def test_pdf_over_the_character_budget_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pdf, "MAX_CHARS", 1000)
    path = pages_pdf(tmp_path / "chars.pdf", 3, 12)   # about 540 characters a page
    line = refused(path, tmp_path, capsys)
    assert line.startswith("designer: error: chars.pdf: the PDF holds more than 1 000 characters")
    assert "page 2" in line


def test_a_page_over_the_budget_is_refused_before_its_characters_are_read(tmp_path, monkeypatch,
                                                                         capsys):
    monkeypatch.setattr(pdf, "MAX_CHARS", 100)
    reads = []
    real_words = pdf_words._words
    monkeypatch.setattr(pdf_words, "_words", lambda *args: reads.append(1) or real_words(*args))
    line = refused(pages_pdf(tmp_path / "dense.pdf", 1, 40), tmp_path, capsys)
    assert "more than 100 characters" in line and "page 1" in line
    assert reads == []


# -- columns under a full-width lead, headings marked by type -------------------------------
MARGIN, GUTTER, LEADING = 50, 22, 12.5
COLUMN = (595 - 2 * MARGIN - GUTTER) / 2
LEAD = ("Centerpartiets Borlänge är hållbart, smart, omtänksamt, internationellt, engagerande "
        "och inkluderande, och vi vill")


def lead_and_columns_pdf(path, lead_lines: int, left: list[str], right: list[str],
                         headings: tuple[str, str]):
    """A4: a bold title, `lead_lines` full-width lines, then two columns of 9.5 pt text, each
    under an 11 pt bold heading, their baselines side by side."""
    pdf_canvas = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf_canvas.setFont("Helvetica-Bold", 26)
    pdf_canvas.drawString(MARGIN, 752, "Nytt ledarskap för Borlänge")
    y = 722
    pdf_canvas.setFont("Helvetica", 9.5)
    for _ in range(lead_lines):
        pdf_canvas.drawString(MARGIN, y, LEAD)
        y -= LEADING
    y -= 16
    pdf_canvas.setFont("Helvetica-Bold", 11)
    for x, heading in zip((MARGIN, MARGIN + COLUMN + GUTTER), headings):
        pdf_canvas.drawString(x, y, heading)
    pdf_canvas.setFont("Helvetica", 9.5)
    for row, (left_line, right_line) in enumerate(zip(left, right), start=1):
        pdf_canvas.drawString(MARGIN, y - row * LEADING - 4, left_line)
        pdf_canvas.drawString(MARGIN + COLUMN + GUTTER, y - row * LEADING - 4, right_line)
    pdf_canvas.showPage()
    pdf_canvas.save()
    return path


def test_two_columns_under_a_long_full_width_lead_are_read_column_by_column(tmp_path):
    """QA sweep item 6: with over 30 % full-width lines the page counted as one column, and
    the two columns were read across, line by line."""
    left = ["Vänster spalt rad ett om skolan och eleverna i",
            "alla stadsdelar, där lärarna har tid för sina elever",
            "och där rektorerna leder arbetet med kunskap.",
            "Skolan ska vara trygg och ha arbetsro i klassrum-",
            "men, och maten ska lagas på plats av lokala råva-",
            "ror från bönder i Dalarna och hela regionen nära."]
    right = ["Höger spalt rad ett om vården och omsorgen om",
             "de äldre i Borlänge, där valfriheten är stor och",
             "där personalen har inflytande över sitt arbete.",
             "Hemtjänsten ska ges utan biståndsbedömning och",
             "anhörigvårdarna ska få mer stöd från kommunen",
             "i form av avlösning och utbildning under året."]
    path = lead_and_columns_pdf(tmp_path / "lead.pdf", 10, left, right,
                                ("SKOLA", "VÅRD OCH OMSORG"))
    manifesto = import_file(path)
    sections = {s.title: s for s in manifesto.sections if s.title}
    assert list(sections) == ["SKOLA", "VÅRD OCH OMSORG"]
    [school] = sections["SKOLA"].paragraphs
    assert school.startswith("Vänster spalt rad ett om skolan och eleverna i alla stadsdelar")
    assert "arbetsro i klassrummen, och maten" in school and "Höger" not in school
    [care] = sections["VÅRD OCH OMSORG"].paragraphs
    assert care.startswith("Höger spalt rad ett om vården och omsorgen om de äldre")


def test_a_one_column_page_of_wide_lines_keeps_its_order(tmp_path):
    """Narrow lines that do not stand side by side (paragraph ends, headings) make no
    columns on a page where wide lines are common."""
    path = tmp_path / "one.pdf"
    pdf_canvas = canvas.Canvas(str(path), pagesize=(595, 842))
    y = 780
    for paragraph in range(6):
        pdf_canvas.setFont("Helvetica-Bold", 11)
        pdf_canvas.drawString(250 if paragraph % 2 else MARGIN, y, f"Rubrik {paragraph}")
        pdf_canvas.setFont("Helvetica", 9.5)
        for _ in range(3):
            y -= LEADING
            pdf_canvas.drawString(MARGIN, y, LEAD)
        y -= LEADING
        pdf_canvas.drawString(MARGIN, y, f"slutet på stycke {paragraph}.")
        y -= 2 * LEADING
    pdf_canvas.showPage()
    pdf_canvas.save()
    manifesto = import_file(path)
    assert [s.title for s in manifesto.sections] == [f"Rubrik {n}" for n in range(6)]
    assert all(s.paragraphs[-1].endswith(f"slutet på stycke {n}.")
               for n, s in enumerate(manifesto.sections))


def test_body_text_after_a_bold_heading_is_not_taken_for_a_heading(tmp_path):
    """QA sweep item 7: the headings are set in bold, so a short body line ("… gör") before
    a line starting with a place name is no heading of its own, however long the full-width
    lead lines make the usual line."""
    left = ["Ett rikt kulturliv och ett starkt föreningsliv gör",
            "Borlänge till en bra plats att leva på. Vi vill stöd-",
            "ja Peace & Love-arvet och alla de ideella krafter",
            "som varje vecka ställer upp för barn och unga."]
    right = ["Äldreomsorgen ska vara trygg och nära för alla",
             "som behöver den, med personal som har tid och",
             "inflytande över sitt arbete och sina scheman i",
             "hela kommunen, från Kvarnsveden till Ornäs."]
    path = lead_and_columns_pdf(tmp_path / "bold.pdf", 9, left, right,
                                ("KULTUR OCH IDROTT", "EN TRYGG ÄLDREOMSORG"))
    manifesto = import_file(path)
    sections = {s.title: s for s in manifesto.sections if s.title}
    assert list(sections) == ["KULTUR OCH IDROTT", "EN TRYGG ÄLDREOMSORG"]
    [culture] = sections["KULTUR OCH IDROTT"].paragraphs
    assert culture.startswith("Ett rikt kulturliv och ett starkt föreningsliv gör Borlänge till")
