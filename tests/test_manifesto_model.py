"""Manifesto edit operations and their inverses."""
from __future__ import annotations

import copy

import pytest

from designer.model.manifesto import Edit, Manifesto, Section, slug_base, unique_slug


def sample() -> Manifesto:
    return Manifesto(title="T", slogans=["Framåt!"], people=["A B"], sections=[
        Section("skola", "Skolan", ["p0", "p1", "p2"], "Vi vill:", ["b0", "b1"], ["q0"], (1, 10)),
        Section("vard", "Vården", ["r0"], "", ["c0"], [], (12, 20)),
        Section("jobb", "", [], "", [], [], None),
    ])


def round_trip(edit: Edit) -> Manifesto:
    """Apply, undo and redo an edit; undo must restore the original exactly."""
    manifesto = sample()
    before = copy.deepcopy(manifesto.to_dict())
    inverse = manifesto.apply(edit)
    after = copy.deepcopy(manifesto.to_dict())
    assert after != before
    redo = manifesto.apply(inverse)
    assert manifesto.to_dict() == before
    manifesto.apply(redo)
    assert manifesto.to_dict() == after
    return manifesto


def test_rename_section():
    m = round_trip(Edit("rename_section", ("skola", "En bättre skola")))
    assert m.section("skola").title == "En bättre skola"


@pytest.mark.parametrize("index", [0, 1, 3])
def test_split_section(index):
    m = round_trip(Edit("split_section", ("skola", index, "skola-del")))
    first, second = m.sections[0], m.sections[1]
    assert first.paragraphs == ["p0", "p1", "p2"][:index] and first.bullets == []
    assert first.quotes == ["q0"]
    assert second.id == "skola-del" and second.title == ""
    assert second.paragraphs == ["p0", "p1", "p2"][index:] and second.bullets == ["b0", "b1"]
    assert second.list_intro == "Vi vill:"


def test_split_makes_a_fresh_id():
    m = sample()
    m.split_section("skola", 1)
    assert [s.id for s in m.sections] == ["skola", "skola-2", "vard", "jobb"]


def test_merge_sections():
    m = round_trip(Edit("merge_sections", ("skola", "vard")))
    assert [s.id for s in m.sections] == ["skola", "jobb"]
    merged = m.sections[0]
    assert merged.paragraphs == ["p0", "p1", "p2", "r0"] and merged.bullets == ["b0", "b1", "c0"]
    assert merged.source_lines == (1, 20)


def test_merge_with_a_section_before_it():
    m = round_trip(Edit("merge_sections", ("jobb", "skola")))
    assert [s.id for s in m.sections] == ["vard", "jobb"]


@pytest.mark.parametrize("args", [("skola", 0, "vard", 1), ("skola", 2, "skola", 0),
                                  ("vard", 0, "jobb", 0)])
def test_move_paragraph(args):
    m = round_trip(Edit("move_paragraph", args))
    moved = sample().section(args[0]).paragraphs[args[1]]
    assert m.section(args[2]).paragraphs[args[3]] == moved


def test_move_bullet():
    m = round_trip(Edit("move_bullet", ("skola", 1, "vard", 0)))
    assert m.section("vard").bullets == ["b1", "c0"] and m.section("skola").bullets == ["b0"]


def test_bad_edits_change_nothing():
    m = sample()
    before = m.to_dict()
    for edit in [Edit("move_paragraph", ("skola", 5, "vard", 0)),
                 Edit("move_bullet", ("skola", 0, "vard", 9)),
                 Edit("split_section", ("skola", 4)),
                 Edit("split_section", ("skola", 1, "vard")),
                 Edit("merge_sections", ("skola", "skola")),
                 Edit("rename_section", ("nope", "x"))]:
        with pytest.raises((IndexError, KeyError, ValueError)):
            m.apply(edit)
    with pytest.raises(ValueError, match="unknown edit"):
        m.apply(Edit("__init__", ()))
    assert m.to_dict() == before


def test_dict_round_trip():
    m = sample()
    assert Manifesto.from_dict(m.to_dict()) == m


def test_slugs():
    assert slug_base("En skola där varje elev når sin fulla potential") == "skola"
    assert slug_base("Företagande är en förutsättning") == "foretagande"
    assert slug_base("") == "avsnitt" and slug_base("Vi och de") == "vi"
    assert unique_slug("Skolan idag", {"skolan", "skolan-2"}) == "skolan-3"
