"""A word that fits nowhere (pasted URL, a run of characters with no spaces) is cut at any
character with a layout warning, and costs time and memory linear in its length.

Before: a 10 000-character word made pyphen and the line breaker use over 20 GB."""
from __future__ import annotations

import json
import resource
import subprocess
import sys

import pytest

from designer.io.brand_file import load_brand
from designer.io.layout_file import load_layout
from designer.layout.engine import build_document, font_set
from designer.layout.hyphenate import MAX_WORD, split_points
from designer.layout.text import FontSet, fit_text
from designer.model.template import TextStyle
from tests.conftest import ROOT

LONG = "förutsättningar" * 700          # 10 500 characters, no space, hyphenation points all along


@pytest.fixture(scope="module")
def fontset() -> FontSet:
    return font_set(load_brand(), "text")


def text_width(chain, text: str, size: float) -> float:
    """Shaped width of `text` (what the line breaker measures), tracking 0."""
    return max((line.width for line in fit_text([("p", text)], TextStyle(size_min=size, size_max=size),
                                                 FontSet(chain, chain), 1e9, 1e9).lines), default=0.0)


def test_hyphenation_skips_absurdly_long_words():
    assert split_points("förutsättningar")                 # ordinary words still hyphenate
    assert split_points("x" * (MAX_WORD - 15) + "förutsättningar")
    assert split_points(LONG[:MAX_WORD + 1]) == ()
    assert split_points(LONG) == ()


def test_a_word_wider_than_the_frame_is_cut_at_any_character(fontset):
    style = TextStyle(size_min=10, size_max=10)
    width = 120.0
    result = fit_text([("p", f"Kort {LONG} slut")], style, fontset, width, 1_000_000)
    assert result.overflow_words == 0
    texts = [line.text for line in result.lines]
    assert texts[0] == "Kort"
    assert texts[-1] == "slut" or texts[-1].endswith(" slut")       # the word after follows on
    pieces = texts[1:-1] + ([texts[-1][:-len(" slut")]] if texts[-1] != "slut" else [])
    assert "".join(pieces) == LONG                                   # nothing lost, nothing added
    for line in result.lines:
        assert text_width(fontset.regular, line.text, 10) <= width + 0.01
    # every cut line is full: the next character would not have fitted
    for line, following in zip(result.lines[1:-2], result.lines[2:-1]):
        assert text_width(fontset.regular, line.text + following.text[0], 10) > width


def test_a_frame_narrower_than_one_character_still_terminates(fontset):
    style = TextStyle(size_min=10, size_max=10)
    result = fit_text([("p", "W" * 50)], style, fontset, 1.0, 1_000_000)
    assert [line.text for line in result.lines] == ["W"] * 50


def test_layout_warns_about_the_broken_word(tmp_path):
    data = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))
    data["slots"]["photo"]["image"] = str(ROOT / "assets" / "images" / "dalalven-morgon.jpg")
    data["slots"]["headline"]["text"] = "Se https://exempel.se/" + "a" * 300 + " nu"
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    document = build_document(load_layout(path))
    broken = [w for w in document.warnings if w.code == "word_broken"]
    assert [(w.frame_id, w.severity) for w in broken] == [("headline", "warning")]
    assert broken[0].message_en == ("1 words are too long for the frame and are broken anywhere: "
                                    "https://exempel.se/aaaaaaaaaaa…")
    assert broken[0].data["word"] == "https://exempel.se/aaaaaaaaaaa…"


def test_the_sample_layout_has_no_broken_words():
    document = build_document(load_layout(ROOT / "layouts" / "examples" / "skola-a5.json"))
    assert not [w for w in document.warnings if w.code == "word_broken"]


def _limit_memory():
    limit = 1536 * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_a_10000_character_word_in_every_text_frame_exports_within_bounded_memory(tmp_path):
    """Every text frame of the flyer holds the long word; the export runs under a 1.5 GB address
    space limit (it needed over 20 GB) and finishes (the timeout only guards against a hang)."""
    data = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))
    data["slots"]["photo"]["image"] = str(ROOT / "assets" / "images" / "dalalven-morgon.jpg")
    for slot in data["slots"].values():
        if "text" in slot:
            slot["text"] = LONG
    layout = tmp_path / "long.json"
    layout.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "designer", "export", str(layout), "-o",
                             str(tmp_path / "long.pdf"), "--force"], capture_output=True, text=True, timeout=120,
                            preexec_fn=_limit_memory)
    assert result.returncode in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert "headline" in result.stderr and "too long for the frame and are broken anywhere: förutsättningar" in result.stderr


def test_a_long_text_in_a_tiny_frame_is_not_held_line_by_line(fontset):
    """300 000 one-character lines of which one fits: the lines that overflow are counted, not
    kept (a 5 MB text in a 1 mm frame took 661 MB). The paragraph itself is shaped once (its
    shaped segments, about 80 MB traced here, are held); holding every broken line as well took
    139 MB."""
    import tracemalloc

    style = TextStyle(size_min=10, size_max=10)
    text = "ö" * 150_000 + " " + "å " * 150_000
    tracemalloc.start()
    try:
        result = fit_text([("p", text)], style, fontset, 1.0, 12.0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [line.text for line in result.lines] == ["ö"]
    assert result.overflow_words == 150_000 - 1 + 150_000
    assert peak < 100 * 2**20, f"{peak / 2**20:.0f} MB traced"
