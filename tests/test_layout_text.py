"""Text setting in the layout engine: real widths, Swedish hyphenation, alignment, bullets, copy-fit."""
from __future__ import annotations

import pytest

from designer.io.brand_file import load_brand
from designer.layout.engine import build_document, font_set
from designer.layout.frames import TextRun
from designer.layout.shaping import advance_width
from designer.layout.text import FontSet, fit_text
from designer.model.layout import SavedLayout, Slot
from designer.model.template import TextStyle
from designer.units import mm


@pytest.fixture(scope="module")
def fontset() -> FontSet:
    return font_set(load_brand(), "text")


def text_width(chain, text: str, size: float) -> float:
    return advance_width(chain.primary, text, size)


def test_widths_come_from_the_font_file(fontset):
    assert text_width(fontset.regular, "WWWW", 10) > 2 * text_width(fontset.regular, "iiii", 10)
    assert text_width(fontset.regular, "å", 10) == pytest.approx(text_width(fontset.regular, "a", 10))
    assert text_width(fontset.bold, "Borlänge", 10) > text_width(fontset.regular, "Borlänge", 10)


def test_long_swedish_words_are_hyphenated_at_syllables(fontset):
    style = TextStyle(size_min=10, size_max=10)
    text = "Kommunen erbjuder kompetensutvecklingsinsatser och förutsättningar"
    width = text_width(fontset.regular, "Kommunen erbjuder kompetens", 10) + 1
    result = fit_text([("p", text)], style, fontset, width, 500)
    assert any(line.text.endswith("-") for line in result.lines)
    joined = "".join(line.text[:-1] if line.text.endswith("-") else line.text + " " for line in result.lines)
    assert joined.strip() == text
    assert all(line.width <= width + 0.01 for line in result.lines)


def test_real_hyphens_are_kept_and_not_doubled(fontset):
    style = TextStyle(size_min=10, size_max=10)
    width = text_width(fontset.regular, "driva UF-", 10) + 0.5
    result = fit_text([("p", "driva UF-företag")], style, fontset, width, 500)
    assert [line.text for line in result.lines] == ["driva UF-", "företag"]


def test_centre_and_justify(fontset):
    text = "Tillsammans för vi Borlänge framåt och lyssnar på alla goda krafter i kommunen"
    width = 150.0
    centred = fit_text([("p", text)], TextStyle(size_min=10, size_max=10, align="center"), fontset, width, 500)
    for line in centred.lines:
        assert line.x == pytest.approx((width - line.width) / 2, abs=0.01)
    justified = fit_text([("p", text)], TextStyle(size_min=10, size_max=10, align="justify"), fontset, width, 500)
    assert all(line.word_space > 0 for line in justified.lines[:-1])
    assert justified.lines[-1].word_space == 0


def test_bullets_hang_their_continuation_lines(fontset):
    style = TextStyle(size_min=10, size_max=10)
    blocks = [("p", "Vi vill:"), ("bullet", "Införa lärarassistenter för att frigöra mer tid för lärarnas "
                                           "pedagogiska arbete istället för administration")]
    result = fit_text(blocks, style, fontset, 160, 500)
    intro, first, second = result.lines[:3]
    assert intro.bold and intro.runs[0].face == fontset.bold.primary, "a 'Vi vill:' intro before bullets is set bold"
    assert first.bullet_x == 0 and first.x > 0
    assert second.bullet_x is None and second.x == pytest.approx(first.x)


def test_copy_fit_shrinks_long_headlines_only(fontset):
    style = TextStyle(size_min=12, size_max=30, leading=1.0, hyphenate=False)
    short = fit_text([("p", "Framåt!")], style, fontset, 300, 40)
    long = fit_text([("p", "En skola där varje elev når sin fulla potential och mer därtill")], style,
                    fontset, 300, 40)
    assert short.size == 30
    assert 12 <= long.size < 30 and long.overflow_words == 0
    assert long.height <= 40


def _layout(**slots) -> SavedLayout:
    return SavedLayout(template="a5-flyer", slots={k: Slot(**v) for k, v in slots.items()})


def test_overflow_is_a_warning_with_the_frame_id_and_text_stays_in_its_frame():
    document = build_document(_layout(body={"text": "Borlänge " * 2000}, **{"printer-line": {"text": "Tryck: X, Borlänge 2026"}}))
    overflow = [w for w in document.warnings if w.code == "overflow"]
    assert len(overflow) == 1 and overflow[0].frame_id == "body" and overflow[0].severity == "error"
    assert overflow[0].data["words"] > 1000
    frame = document.pages[0].frame_rects["body"]
    body_runs = [i for i in document.pages[0].items if isinstance(i, TextRun) and i.frame_id == "body"]
    assert body_runs and all(frame.y < run.y <= frame.bottom for run in body_runs)


def test_a_200000_word_body_is_reported_not_hung():
    document = build_document(_layout(body={"text": " ".join(["kommuninvånare"] * 200_000)}))
    overflow = next(w for w in document.warnings if w.code == "overflow")
    assert overflow.data["words"] > 199_000


def test_placeholder_printer_line_is_an_error():
    document = build_document(_layout())
    codes = {w.code: w for w in document.warnings}
    assert codes["printer_line_missing"].frame_id == "printer-line"


def test_missing_glyphs_are_reported():
    document = build_document(_layout(headline={"text": "Борлэнге ✓"}))
    warning = next(w for w in document.warnings if w.code == "missing_glyphs")
    assert "✓" in warning.data["chars"]


def test_moved_frame_outside_the_safe_area_is_reported():
    document = build_document(_layout(headline={"text": "Rubrik", "rect_mm": (1, 70, 100, 20)}))
    assert any(w.code == "outside_safe_area" and w.frame_id == "headline" for w in document.warnings)
    assert document.pages[0].frame_rects["headline"].x == pytest.approx(mm(1))


def test_max_lines_caps_a_frame_and_reports_the_rest(fontset):
    style = TextStyle(size_min=10, size_max=10, max_lines=2)
    text = "Kommunen ska så långt som det är möjligt kommunicera med företagen på plats i stället för med blanketter"
    result = fit_text([("p", text)], style, fontset, 120, 500)
    assert len(result.lines) == 2 and result.overflow_words > 0
