"""Shaped text end to end: HarfBuzz's glyphs in the engine's runs, bidi order, script fallback,
and the Arabic and Tigrinya school flyers exported, embedded and extractable as their source text."""
from __future__ import annotations

import re
import subprocess

import pikepdf
import pytest
import uharfbuzz as hb
from tests.pdf_checks import is_embedded

from designer import paths
from designer.io.layout_file import load_layout
from designer.layout.bidi import embedding_levels, visual_order
from designer.layout.engine import build_document
from designer.layout.frames import TextRun
from designer.model.layout import SavedLayout, Slot
from designer.render.pdf import render_pdf

ARABIC = paths.EXAMPLES / "skola-a5-ar.json"
TIGRINYA = paths.EXAMPLES / "skola-a5-ti.json"
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _runs(document, frame_id=None) -> list[TextRun]:
    return [item for page in document.pages for item in page.items
            if isinstance(item, TextRun) and (frame_id is None or item.frame_id == frame_id)]


def _harfbuzz(path: str, text: str, rtl: bool, size: float):
    """HarfBuzz's own glyph ids and pen positions (points) for `text`."""
    blob = hb.Blob.from_file_path(path)
    face = hb.Face(blob)
    font = hb.Font(face)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(font, buffer, {"kern": True, "liga": True})
    pen, ids, xs = 0, [], []
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions):
        ids.append(info.codepoint)
        xs.append((pen + pos.x_offset) * size / face.upem)
        pen += pos.x_advance
    return ids, xs


@pytest.mark.parametrize("layout, frame", [(ARABIC, "headline"), (TIGRINYA, "headline"),
                                           (ARABIC, "slogan"), (paths.EXAMPLES / "skola-a5.json", "headline")])
def test_glyph_ids_and_positions_are_harfbuzz_output(layout, frame):
    runs = _runs(build_document(load_layout(layout)), frame)
    assert runs
    for run in runs:
        ids, xs = _harfbuzz(run.font, run.text, run.rtl, run.size)
        assert [glyph.id for glyph in run.glyphs] == ids, run.text
        assert [glyph.x for glyph in run.glyphs] == pytest.approx(xs, abs=1e-6), run.text


def test_ligatures_and_kerning_are_applied():
    document = build_document(SavedLayout(template="a5-flyer", slots={"headline": Slot(text="Tofu fika")}))
    run = _runs(document, "headline")[0]
    ids, _ = _harfbuzz(run.font, run.text, False, run.size)
    assert len(run.glyphs) == len(ids)
    # "To" is a kerned pair in Lato: "o" sits closer to "T" than T's advance alone
    face = hb.Font(hb.Face(hb.Blob.from_file_path(run.font)))
    t_advance = face.get_glyph_h_advance(run.glyphs[0].id) * run.size / face.face.upem
    assert run.glyphs[1].x < t_advance - 0.1


@pytest.mark.parametrize("text", ["مرحبا بكم في 2026 مع Sören Hellberg", "abc مدرسة 123 def",
                                  "دعم مركز 2047 Science Center للعلوم", "(١٢٣) كل طالب!"])
def test_bidi_levels_give_the_reference_display_order(text):
    """Our levels + rule L2 order the characters exactly as python-bidi's Rust core does."""
    from bidi import get_display

    rtl = any(c in text for c in "مدرسة١")
    levels = list(embedding_levels(text, rtl and text[0] not in "abc"))
    visual = "".join(text[i] for i in visual_order(levels))
    mirrored = get_display(text, base_dir="R" if levels and min(levels) % 2 else "L")
    assert visual == mirrored.translate(str.maketrans("()", ")(")) or visual == mirrored


def test_arabic_paragraph_is_right_aligned_with_bullets_on_the_right():
    document = build_document(load_layout(ARABIC))
    frame = document.pages[0].frame_rects["bullets"]
    runs = _runs(document, "bullets")
    bullets = [run for run in runs if run.text == "•"]
    text = [run for run in runs if run.text != "•"]
    assert bullets and all(run.x + run.width > frame.right - 12 for run in bullets)
    # every line ends at the right edge of the box (less its padding), wherever it starts
    rights = {}
    for run in text:
        rights[run.y] = max(rights.get(run.y, 0), run.x + run.width)
    assert all(abs(right - max(rights.values())) < 9 for right in rights.values())
    mixed = [run for run in runs if "Science" in run.text or "2047" in run.text]
    science = next(run for run in mixed if "Science" in run.text)
    number = next(run for run in mixed if "2047" in run.text)
    assert science.x < number.x, "in Arabic, the Latin name stands left of the number after it"


def test_characters_no_font_has_are_a_preflight_error_naming_them():
    from designer.preflight.layout import check_layout
    from designer.presets import get_preset

    layout = SavedLayout(template="a5-flyer", slots={"headline": Slot(text="ጤና ✓ مرحبا Čáđŋŧž")})
    findings = [f for f in check_layout(layout, get_preset()) if f.code == "missing_glyphs"]
    assert len(findings) == 1 and findings[0].severity == "error"
    assert "✓" in findings[0].message and findings[0].frame_id == "headline"


def _source_words(layout_path) -> list[str]:
    layout = load_layout(layout_path)
    words = []
    for frame in ("slogan", "headline", "body", "bullets", "printer-line", "candidates", "contact"):
        words.extend(layout.slots[frame].text.split())
    return words


def _words(text: str, keep_bullets: bool = False) -> list[str]:
    text = BIDI_CONTROLS.sub("", text)
    words = (text if keep_bullets else text.replace("•", " ")).split()
    joined = []
    for word in words:
        if joined and joined[-1].endswith("-") and not joined[-1].endswith("UF-"):
            joined[-1] = joined[-1][:-1] + word
        else:
            joined.append(word)
    return joined


def _pdftotext(pdf) -> str:
    """pdftotext's text of the file, its bidi embeddings and marks removed, line-end hyphens joined,
    all whitespace as single spaces."""
    poppler = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(_words(poppler, keep_bullets=True))


@pytest.mark.parametrize("layout", [ARABIC, TIGRINYA])
def test_script_flyer_text_extracts_exactly_as_its_source(layout, tmp_path):
    """pdftotext (poppler: Evince, Okular copy-paste) gives every frame's text exactly, in reading
    order: Arabic lines carry one /ActualText each that poppler's own reordering turns back into
    the source line (designer.render.actual_text)."""
    pdf = tmp_path / "flyer.pdf"
    pdf.write_bytes(render_pdf(build_document(load_layout(layout))))
    assert _pdftotext(pdf) == " ".join(_source_words(layout))


def test_arabic_text_keeps_numbers_latin_and_full_stops_in_place(tmp_path):
    """The two places poppler used to get wrong, as whole lines."""
    pdf = tmp_path / "ar.pdf"
    pdf.write_bytes(render_pdf(build_document(load_layout(ARABIC))))
    text = _pdftotext(pdf)
    assert "• دعم مركز 2047 Science Center للعلوم والتكنولوجيا •" in text
    assert "إمكاناته. نريد" in text


def test_script_flyers_every_word_comes_back_through_pdfminer(tmp_path):
    """pdfminer (pdfplumber) ignores /ActualText and reads glyphs as drawn, left to right; the
    Unicode bidi algorithm turns each line back into reading order, as a reader application does.
    Every word comes back, the Arabic ones in their order. (A number next to a Latin name inside
    Arabic, "2047 Science Center", looks the same on paper in either logical order, so glyphs
    alone cannot tell which.)"""
    from collections import Counter

    import pdfplumber
    from bidi import get_display

    pdf = tmp_path / "ti.pdf"
    pdf.write_bytes(render_pdf(build_document(load_layout(TIGRINYA))))
    with pdfplumber.open(pdf) as document:
        plumber = document.pages[0].extract_text(y_tolerance=5)
    assert _words(plumber) == [w for w in _source_words(TIGRINYA) if w != "•"]
    pdf = tmp_path / "ar.pdf"
    pdf.write_bytes(render_pdf(build_document(load_layout(ARABIC))))
    with pdfplumber.open(pdf) as document:
        lines = document.pages[0].extract_text(y_tolerance=5).split("\n")
    logical = [get_display(line, base_dir="R" if ARABIC_LETTER.search(line) else "L") for line in lines]
    extracted, source = _words(" ".join(logical)), [w for w in _source_words(ARABIC) if w != "•"]
    assert Counter(extracted) == Counter(source)
    arabic = [w for w in source if ARABIC_LETTER.search(w)]
    assert [w for w in extracted if ARABIC_LETTER.search(w)] == arabic
    assert "Tryck: Centerpartiet Borlänge (egen utskrift), Borlänge 2026" in logical


@pytest.mark.parametrize("layout", [ARABIC, TIGRINYA])
def test_script_flyers_embed_their_fonts_as_print_pdf(layout, tmp_path):
    from designer.export import export_layout

    out = tmp_path / "flyer.pdf"
    export_layout(load_layout(layout), out)
    with pikepdf.open(out) as pdf:
        fonts = dict(pdf.pages[0].Resources.Font.items())
        names = {str(font.BaseFont).split("+")[-1] for font in fonts.values()}
        assert all(is_embedded(font) for font in fonts.values())
        script = "NotoSansArabic" if layout == ARABIC else "NotoSansEthiopic"
        assert any(name.startswith(script) for name in names), names
        for font in fonts.values():
            if font.Subtype == "/Type0":
                assert font.Encoding == "/Identity-H" and "/ToUnicode" in font
                assert font.DescendantFonts[0].CIDToGIDMap == "/Identity"


def test_same_script_layout_gives_same_bytes():
    assert render_pdf(build_document(load_layout(ARABIC))) == render_pdf(build_document(load_layout(ARABIC)))


def test_a_brand_font_that_is_not_a_font_is_one_clear_error(tmp_path):
    import json

    from designer.errors import DesignerError

    (tmp_path / "broken.ttf").write_bytes(b"\x00\x01\x00\x00" + b"garbage" * 50)
    brand = json.loads((paths.BRAND / "default.json").read_text(encoding="utf-8"))
    brand["fonts"]["text"] = "broken.ttf"
    (tmp_path / "brand.json").write_text(json.dumps(brand), encoding="utf-8")
    layout = SavedLayout(template="a5-flyer", brand=str(tmp_path / "brand.json"), base_dir=str(tmp_path),
                         slots={"body": Slot(text="Hej")})
    with pytest.raises(DesignerError) as error:
        build_document(layout)
    assert "broken.ttf" in error.value.located() and "not a usable TrueType font" in error.value.located()


def test_persian_with_zero_width_non_joiner_and_embedding_controls():
    """ZWNJ (Persian), soft hyphens and bidi controls are dropped by bidi rule X9; every
    character still gets a level and all text reaches the runs."""
    text = "ما می\u200cخواهیم \u202bمدرسه\u202c 2026 برای\u00adهمه"
    document = build_document(SavedLayout(template="a5-flyer", slots={"body": Slot(text=text)}))
    runs = _runs(document, "body")
    assert runs and all(run.rtl or not any("\u0600" <= c <= "\u06ff" for c in run.text) for run in runs)
    shown = "".join(run.text for run in runs)
    assert sorted(shown.replace(" ", "")) == sorted(text.replace(" ", ""))
