"""Rebuild the import corpus: one programme file per format plus its expected manifesto JSON.

    PYTHONPATH=. python tests/corpus/make_corpus.py

Files (texts in programmes.py, written for this project):
  falun.txt            copied brochure text: headings in capitals, soft/hard hyphens, ligatures,
                       mixed bullets, page footers
  gavle.md             Markdown with numbered lists
  ludvika.docx         Word (python-docx), sections without a "Vi vill" list, a Quote paragraph
  mora.odt             OpenDocument text (odfpy), outline-level headings, a list
  riverside.html       saved web page in English: nav, cookie banner, footer, script around <main>
  northfield.txt       English plain text: dashes and numbers as bullets, "Page 2 of 3" footers
  hedemora-2col.pdf    two columns (ReportLab platypus): title and a heading spanning the columns,
                       a list continued in the next column, a pull quote, running header/footer
  avesta-3col.pdf      three columns (Qt's PDF writer, QPdfWriter): title spanning the columns,
                       hanging bullets, lists across columns, page numbers
The expected JSON is made from the programme data, never from the importer.
"""
from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from programmes import (AVESTA, FALUN, GAVLE, HEDEMORA, LUDVIKA, MORA,  # noqa: E402
                        NORTHFIELD, RIVERSIDE)

FONTS = HERE.parents[1] / "assets" / "fonts"


def clean(text: str) -> str:
    """A paragraph as the importer should give it: line-break markers removed."""
    return text.replace("{shy}", "").replace("{hy}", "").replace("{nl}", " ")


def expected_manifesto(programme):
    """The programme data as a Manifesto (ids as the importer makes them)."""
    from designer.model.manifesto import Manifesto, Section, slug_base

    sections, counts = [], {}
    for index, data in enumerate(programme["sections"]):
        base = slug_base(data["title"], fallback="inledning" if index == 0 else "avsnitt")
        counts[base] = counts.get(base, 0) + 1
        sections.append(Section(
            id=base if counts[base] == 1 else f"{base}-{counts[base]}", title=data["title"],
            paragraphs=[clean(p) for p in data["paragraphs"]], list_intro=data["list_intro"],
            bullets=[clean(b) for b in data["bullets"]], quotes=list(data["quotes"])))
    return Manifesto(title=programme["title"], slogans=list(programme["slogans"]),
                     sections=sections)


# -- plain text --------------------------------------------------------------------------------
def wrapped(text: str, width: int = 72) -> list[str]:
    """Wrap like a brochure copied from a PDF viewer; the markers force their line breaks."""
    marked = text.replace("{shy}", "\u00ad\x00").replace("{hy}", "-\x00").replace("{nl}", "\x00")
    lines = []
    for piece in marked.split("\x00"):
        lines.extend(textwrap.wrap(piece, width, break_long_words=False, break_on_hyphens=False))
    return lines


def falun_txt(programme) -> str:
    """No title page; section headings in capitals right above their text; bullets •, – and ▪;
    ligature characters; a running footer, a page number and a form feed between pages."""
    out = [programme["title"], ""]
    bullets = "•–▪"
    for index, data in enumerate(programme["sections"]):
        if data["title"]:
            out.append(data["title"])
        for paragraph in data["paragraphs"]:
            out.extend(wrapped(paragraph.replace("ff", "\ufb00").replace("fi", "\ufb01")))
            out.append("")
        if data["list_intro"]:
            out[-1:] = [data["list_intro"]]
        for item in data["bullets"]:
            first, *rest = wrapped(item, 50)
            out.append(f"{bullets[index % 3]} {first}")
            out.extend(f"  {line}" for line in rest)
        out.append("")
        if index == 1:
            out.extend(["Falun · Valprogram 2026 · 1", "", "Sida 1 av 2", "\f"])
    out.extend(["Falun · Valprogram 2026 · 2", "", "Sida 2 av 2"])
    return "\n".join(out) + "\n"


def northfield_txt(programme) -> str:
    """Title page, Title Case headings, '-' and '1)' items, 'Page n of 3' footers."""
    out = [programme["title"], "", "", ""]
    page = 1
    for index, data in enumerate(programme["sections"]):
        if data["title"]:
            out.extend([data["title"], ""])
        for paragraph in data["paragraphs"]:
            out.extend(wrapped(paragraph, 64) + [""])
        if data["list_intro"]:
            out.append(data["list_intro"])
        for number, item in enumerate(data["bullets"], start=1):
            first, *rest = wrapped(item, 50)
            out.append(f"{number}) {first}" if index % 2 else f"- {first}")
            out.extend(f"   {line}" for line in rest)
        out.append("")
        if index in (1, 2):
            out.extend(["", f"Page {page} of 3", "", ""])
            page += 1
    out.append(f"Page {page} of 3")
    return "\n".join(out) + "\n"


# -- Markdown, Word, OpenDocument, HTML --------------------------------------------------------
def gavle_md(programme) -> str:
    out = [f"# {programme['title']}", "", f"*{programme['slogans'][0]}*", ""]
    for data in programme["sections"]:
        if data["title"]:
            out.extend([f"## {data['title']}", ""])
        for paragraph in data["paragraphs"]:
            out.extend(wrapped(clean(paragraph).replace("kommunen", "**kommunen**"), 70) + [""])
        if data["list_intro"]:
            out.extend([f"**{data['list_intro']}**", ""])
        out.extend(f"{n}. {item}" for n, item in enumerate(data["bullets"], start=1))
        out.append("")
    return "\n".join(out)


def ludvika_docx(programme, path: Path) -> None:
    import datetime

    import docx

    document = docx.Document()
    fixed = datetime.datetime(2026, 1, 1)  # the same bytes on every rebuild (mostly)
    document.core_properties.created = document.core_properties.modified = fixed
    document.add_paragraph(programme["title"], style="Title")
    document.add_paragraph(programme["slogans"][0], style="Subtitle")
    for data in programme["sections"]:
        document.add_heading(data["title"], level=1)
        for paragraph in data["paragraphs"]:
            document.add_paragraph(clean(paragraph))
        for quote in data["quotes"]:
            document.add_paragraph(quote, style="Quote")
    document.save(str(path))


def mora_odt(programme, path: Path) -> None:
    from odf import style, text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    title = style.Style(name="Title", family="paragraph")
    document.styles.addElement(title)
    document.text.addElement(text.P(stylename=title, text=programme["title"]))
    for data in programme["sections"]:
        if data["title"]:
            document.text.addElement(text.H(outlinelevel=1, text=data["title"]))
        for paragraph in data["paragraphs"]:
            document.text.addElement(text.P(text=clean(paragraph)))
        if data["list_intro"]:
            document.text.addElement(text.P(text=data["list_intro"]))
        if data["bullets"]:
            items = text.List()
            for item in data["bullets"]:
                entry = text.ListItem()
                entry.addElement(text.P(text=item))
                items.addElement(entry)
            document.text.addElement(items)
    document.save(str(path))


def riverside_html(programme) -> str:
    from html import escape

    body = [f"<h1>{escape(programme['title'])}</h1>"]
    for data in programme["sections"]:
        if data["title"]:
            body.append(f"<h2>{escape(data['title'])}</h2>")
        body.extend(f"<p>{escape(clean(p))}</p>" for p in data["paragraphs"])
        if data["list_intro"]:
            body.append(f"<p><strong>{escape(data['list_intro'])}</strong></p>")
        if data["bullets"]:
            body.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in data["bullets"]) + "</ul>")
        body.extend(f"<blockquote><p>{escape(q)}</p></blockquote>" for q in data["quotes"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our plan | Riverside Greens</title>
<script>window.dataLayer = [{{"page": "<h2>not content</h2>"}}];</script>
<style>.cookie-banner {{ position: fixed; }}</style></head>
<body>
<header class="site-header"><a href="/">Riverside Greens</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/people">Our people</a></li>
<li><a href="/donate">Donate</a></li></ul></nav></header>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve this site.</p>
<button>Accept all</button></div>
<main id="content">
{chr(10).join(body)}
<div class="share-buttons"><a href="#">Share on social media</a></div>
</main>
<aside><h3>Volunteer with us</h3><p>Sign up today.</p></aside>
<footer><p>Promoted by Riverside Greens, 1 High Street.</p></footer>
</body></html>
"""


# -- PDF: two columns with ReportLab -------------------------------------------------------------
def two_column_pdf(programme, path: Path, repeat: int = 1) -> None:
    """A4, two columns; the title spans both columns on page 1, the second section's heading
    spans both columns at the top of page 2; the first list breaks into the next column;
    a running header and page numbers. `repeat` repeats the sections (for the benchmark)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                    PageBreak, PageTemplate, Paragraph, Spacer)

    for name, file in (("OpenSans", "OpenSans-Regular.ttf"), ("OpenSans-Bold", "OpenSans-Bold.ttf"),
                       ("OpenSans-Italic", "OpenSans-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    width, height = A4
    margin, gutter, top_band = 50, 22, 80
    column = (width - 2 * margin - gutter) / 2
    body = ParagraphStyle("body", fontName="OpenSans", fontSize=9.5, leading=13, spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=2)
    heading = ParagraphStyle("h", fontName="OpenSans-Bold", fontSize=14, leading=17,
                             spaceBefore=8, spaceAfter=5, textColor=HexColor("#1b5e20"),
                             keepWithNext=1, allowWidows=0)
    wide = ParagraphStyle("wide", parent=heading, fontSize=20, leading=24)
    title = ParagraphStyle("title", parent=heading, fontSize=30, leading=34)
    quote = ParagraphStyle("quote", fontName="OpenSans-Italic", fontSize=13, leading=17,
                           leftIndent=8, spaceBefore=6, spaceAfter=8)

    def columns(band: float) -> list:
        return [Frame(margin + i * (column + gutter), margin, column, height - 2 * margin - band,
                      id=f"col{i}", showBoundary=0) for i in range(2)]

    def band_frame() -> Frame:
        return Frame(margin, height - margin - top_band, width - 2 * margin, top_band, id="band")

    def furniture(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("OpenSans", 8)
        canvas.drawString(margin, height - 30, f"{programme['title']} · Valprogram 2026")
        canvas.drawCentredString(width / 2, 25, str(document.page))
        canvas.restoreState()

    document = BaseDocTemplate(str(path), pagesize=A4, invariant=True, title=programme["title"],
                               pageTemplates=[
                                   PageTemplate("banded", [band_frame(), *columns(top_band)],
                                                onPage=furniture),
                                   PageTemplate("plain", columns(0), onPage=furniture)])
    story = [Paragraph(programme["title"], title), FrameBreak(), NextPageTemplate("plain")]
    for round_ in range(repeat):
        for index, data in enumerate(programme["sections"]):
            if index == 2 and round_ == 0:  # a heading over both columns
                story += [NextPageTemplate("banded"), PageBreak(), Paragraph(data["title"], wide),
                          FrameBreak(), NextPageTemplate("plain")]
            elif data["title"]:
                if index == 3 and round_ == 0:
                    story.append(FrameBreak())  # page 2 gets its second column
                story.append(Paragraph(data["title"], heading))
            story += [Paragraph(clean(p), body) for p in data["paragraphs"]]
            if data["list_intro"]:
                story.append(Paragraph(data["list_intro"], body))
            for number, bullet in enumerate(data["bullets"]):
                if index == 1 and number == 3 and round_ == 0:
                    story.append(FrameBreak())  # the list goes on in the next column
                story.append(Paragraph(bullet, item, bulletText="•"))
            story += [Paragraph(f"”{q}”", quote) for q in data["quotes"]]
            story.append(Spacer(1, 6))
    document.build(story)


# -- PDF: three columns with Qt -----------------------------------------------------------------
def three_column_pdf(programme, path: Path) -> None:
    """A4 landscape, three columns drawn line by line with QPainter into a QPdfWriter: the
    title spans the columns; bullets hang; lists run on into the next column; page numbers."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import (QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPageLayout,
                               QPageSize, QPainter, QPdfWriter)

    app = QGuiApplication.instance() or QGuiApplication([])
    families = {}
    for key, file in (("regular", "OpenSans-Regular.ttf"), ("bold", "OpenSans-Bold.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(FONTS / file))
        families[key] = QFontDatabase.applicationFontFamilies(font_id)[0]
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)
    writer.setCreator("corpus")
    writer.setTitle(programme["title"])
    page_w, page_h = 842, 595
    margin, gutter = 40, 24
    column_w = (page_w - 2 * margin - 2 * gutter) / 3

    def font(size: float, bold: bool = False) -> QFont:
        f = QFont(families["bold" if bold else "regular"])
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    body, heading, big = font(9), font(12.5, True), font(28, True)
    painter = QPainter(writer)
    state = {"page": 1, "column": 0, "y": 0.0, "top": margin + 60}

    def new_column() -> None:
        state["column"] += 1
        if state["column"] == 3:
            footer()
            writer.newPage()
            state.update(page=state["page"] + 1, column=0, top=margin + 10)
        state["y"] = state["top"]

    def footer() -> None:
        painter.setFont(font(8))
        painter.drawText(QPointF(page_w / 2 - 3, page_h - 20), str(state["page"]))

    def lines_of(text: str, f: QFont, width: float) -> list[str]:
        metrics, lines, line = QFontMetricsF(f), [], ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if metrics.horizontalAdvance(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        return lines + [line]

    def draw(text: str, f: QFont, before: float = 0, after: float = 8, bullet: bool = False,
             keep: int = 1) -> None:
        metrics = QFontMetricsF(f)
        indent = 10 if bullet else 0
        lines = lines_of(text, f, column_w - indent)
        if state["y"] + before + metrics.height() * keep > page_h - margin:
            new_column()
        else:
            state["y"] += before
        painter.setFont(f)
        for index, line in enumerate(lines):
            if state["y"] + metrics.height() > page_h - margin:
                new_column()
            x = margin + state["column"] * (column_w + gutter)
            state["y"] += metrics.ascent()
            if bullet and index == 0:
                painter.drawText(QPointF(x, state["y"]), "•")
            painter.drawText(QPointF(x + indent, state["y"]), line)
            state["y"] += metrics.descent() + 1.5
        state["y"] += after

    painter.setFont(big)
    painter.drawText(QPointF(margin, margin + 30), programme["title"])
    state["y"] = state["top"]
    for data in programme["sections"]:
        if data["title"]:
            draw(data["title"], heading, before=8, after=4, keep=4)
        for paragraph in data["paragraphs"]:
            draw(clean(paragraph), body)
        if data["list_intro"]:
            draw(data["list_intro"], body, after=2)
        for bullet in data["bullets"]:
            draw(bullet, body, after=2, bullet=True)
    footer()
    painter.end()
    del app


# -- everything ---------------------------------------------------------------------------------
CORPUS = {  # file name -> (programme, writer taking (programme, path))
    "falun.txt": (FALUN, lambda p, path: path.write_text(falun_txt(p), encoding="utf-8")),
    "gavle.md": (GAVLE, lambda p, path: path.write_text(gavle_md(p), encoding="utf-8")),
    "ludvika.docx": (LUDVIKA, ludvika_docx),
    "mora.odt": (MORA, mora_odt),
    "riverside.html": (RIVERSIDE, lambda p, path: path.write_text(riverside_html(p),
                                                                   encoding="utf-8")),
    "northfield.txt": (NORTHFIELD, lambda p, path: path.write_text(northfield_txt(p),
                                                                   encoding="utf-8")),
    "hedemora-2col.pdf": (HEDEMORA, two_column_pdf),
    "avesta-3col.pdf": (AVESTA, three_column_pdf),
}


def expected_path(name: str) -> Path:
    return HERE / (re.sub(r"\.\w+$", "", name) + ".expected.json")


def main() -> None:
    from designer.io.manifesto_file import save_manifesto

    for name, (programme, write) in CORPUS.items():
        write(programme, HERE / name)
        save_manifesto(expected_path(name), expected_manifesto(programme))
        print(f"wrote {name} and {expected_path(name).name}")


if __name__ == "__main__":
    main()
