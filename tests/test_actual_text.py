"""The /ActualText of right-to-left lines: poppler's reordering reads it back as the source line.

Checked twice: against a port of poppler's reordering (TextOutputDev.cc `reorderText`: a page's
lines read from the right end in alternating sections on a right-to-left page, from the left on a
left-to-right one), and against real pdftotext reading a PDF whose lines carry these strings.
Direction marks (U+200E/U+200F) that the string may carry are invisible and removed before
comparing, as are poppler's own embedding controls (U+202A-U+202C)."""
from __future__ import annotations

import re
import subprocess

import pikepdf
import pytest
from hypothesis import given, settings, strategies as st

from designer.render.actual_text import actual_text, direction, page_is_rtl

MARKS = re.compile("[\u200e\u200f\u202a-\u202c]")

LINES = [
    "دعم مركز 2047 Science Center للعلوم والتكنولوجيا",            # number and Latin inside Arabic
    "• دعم مركز 2047 Science Center للعلوم والتكنولوجيا",          # with its bullet
    "كامل إمكاناته. نريد أساليب تعليم حديثة.",                        # full stops at sentence ends
    "نريد:",
    "هل تريد ذلك؟ نعم، نريد!",                                       # Arabic question mark and comma
    "Science Center مركز للعلوم",                                    # starts with Latin
    "مركز للعلوم Science Center",                                    # ends with Latin
    "Science Center: مركز للعلوم 2047.",
    "في عام ٢٠٢٦ و ۲۰۴۷ نريد ١٠٪ أكثر",                             # Arabic and Persian digits
    "سال ۱۴۰۵ (۲۰۲۶) برای همه",                                      # Persian with brackets
    "قيادة (Centerpartiet) جديدة - 2026/27",
]


def poppler_reorder(text: str, page_rtl: bool) -> str:
    """A port of poppler's reorderText without its embedding controls (the reference)."""
    out, n = [], len(text)
    is_r = [direction(c) == "R" for c in text]
    is_l = [direction(c) == "L" for c in text]
    if page_rtl:
        i = n - 1
        while i >= 0:
            j = i
            while j >= 0 and not is_l[j]:
                j -= 1
            out.extend(text[k] for k in range(i, j, -1))
            i = j
            j = i
            while j >= 0 and not is_r[j]:
                j -= 1
            out.extend(text[k] for k in range(j + 1, i + 1))
            i = j
    else:
        i = 0
        while i < n:
            j = i
            while j < n and not is_r[j]:
                j += 1
            out.extend(text[i:j])
            i = j
            j = i
            while j < n and not is_l[j]:
                j += 1
            out.extend(reversed(text[i:j]))
            i = j
    return "".join(out)


@pytest.mark.parametrize("page_rtl", [True, False])
@pytest.mark.parametrize("line", LINES)
def test_poppler_reordering_gives_the_line_back(line, page_rtl):
    written = actual_text(line, page_rtl)
    assert MARKS.sub("", poppler_reorder(written, page_rtl)) == line


def test_marks_only_where_poppler_cannot_place_a_neutral():
    """A mark only where a left-to-right section is followed by spaces or punctuation and then
    right-to-left letters; a pure Arabic line is its own mirror image, without marks."""
    assert actual_text("نريد أساليب تعليم", True) == "نريد أساليب تعليم"[::-1]
    assert actual_text("مركز 2047 Science Center للعلوم", True).count("\u200e") == 1
    assert "\u200e" not in actual_text("للعلوم Science", True)


_TEXT = st.text(st.sampled_from(list("abc 12.,:()!؟،عربي٢٠۴ \u064b-")), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.booleans())
def test_any_line_comes_back(line, page_rtl):
    assert MARKS.sub("", poppler_reorder(actual_text(line, page_rtl), page_rtl)) == line


def test_page_direction_follows_the_majority_of_letters():
    assert page_is_rtl(["مدرسة", "ab"]) and not page_is_rtl(["مدرسة", "abcdef"])


@pytest.mark.parametrize("page_rtl", [True, False])
def test_pdftotext_reads_the_lines_back(page_rtl, tmp_path):
    """Real poppler: one line per /ActualText span over a drawn word, on a page whose letters are
    mostly right to left (or left to right, with a long Latin line added)."""
    lines = LINES + ([] if page_rtl else ["Latin " * 60])
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(400, 842))
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))
    ops = []
    for index, line in enumerate(lines):
        written = (b"\xfe\xff" + actual_text(line, page_rtl).encode("utf-16-be")).hex()
        ops.append(f"/Span <</ActualText <{written}>>> BDC BT /F1 10 Tf 20 {800 - 20 * index} Td "
                   f"({'x' * 30}) Tj ET EMC")
    page.Contents = pdf.make_stream("\n".join(ops).encode())
    pdf.save(tmp_path / "lines.pdf")
    out = subprocess.run(["pdftotext", str(tmp_path / "lines.pdf"), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert [MARKS.sub("", line) for line in out.split("\n") if line.strip()] == lines


def test_pdfvt_editions_keep_each_line_span_whole(tmp_path):
    """PDF/VT draws items shared by editions as forms: every content stream still opens and closes
    its line spans itself, and each edition's Arabic line with a number extracts exactly."""
    import dataclasses

    from designer import paths
    from designer.batch.jobs import preset_for
    from designer.export import pdf_options
    from designer.io.layout_file import load_layout
    from designer.layout.engine import build_document
    from designer.render.pdfvt import VtRecord, render_pdfvt

    layout = load_layout(paths.EXAMPLES / "skola-a5-ar.json")
    bullets = layout.slots["bullets"]
    other = dataclasses.replace(layout, slots={**layout.slots, "bullets": dataclasses.replace(
        bullets, text=bullets.text.replace("2047", "2048"))})
    documents = [build_document(edition) for edition in (layout, other)]
    pdf_path = tmp_path / "vt.pdf"
    pdf_path.write_bytes(render_pdfvt([VtRecord(d.pages, {}, f"r{i}") for i, d in enumerate(documents)],
                                      documents[0], pdf_options(preset_for(None))))
    with pikepdf.open(pdf_path) as pdf:
        forms = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Form"]
        assert forms
        for stream in list(pdf.pages) + forms:
            depth = 0
            for _, operator in pikepdf.parse_content_stream(stream):
                depth += {"BDC": 1, "BMC": 1, "EMC": -1}.get(str(operator), 0)
                assert depth >= 0
            assert depth == 0
    out = MARKS.sub("", subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True,
                                       check=True).stdout)
    for number in ("2047", "2048"):
        assert f"• دعم مركز {number} Science Center للعلوم والتكنولوجيا" in out.split("\n")
