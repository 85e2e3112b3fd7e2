"""Manifesto files: save atomically, load with validation and located errors."""
from __future__ import annotations

import json

import pytest

from designer.errors import FileFormatError
from designer.io.manifesto_file import load_manifesto, manifesto_document, save_manifesto
from designer.model.manifesto import Manifesto, Section
from designer.paths import MANIFESTO


def test_save_and_load_round_trip(tmp_path):
    manifesto = Manifesto("T", ["S!"], ["A B"], [Section("skola", "Skolan", ["p"], "Vi vill:", ["b"],
                                                         ["q"], (3, 9)), Section("x")])
    path = tmp_path / "m.json"
    save_manifesto(path, manifesto)
    assert load_manifesto(path) == manifesto
    assert list(json.loads(path.read_text(encoding="utf-8")))[:2] == ["format", "format_version"]
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]


def test_shipped_manifesto_loads():
    assert len(load_manifesto(MANIFESTO / "borlange.json").sections) == 6


def write(tmp_path, mutate):
    document = manifesto_document(load_manifesto(MANIFESTO / "borlange.json"))
    mutate(document)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize("mutate, located", [
    (lambda d: d["sections"][2].__setitem__("bullets", "one"),
     "m.json: sections[2].bullets: expected a list of texts"),
    (lambda d: d["sections"][1].__setitem__("id", "Skola Två"),
     "m.json: sections[1].id: expected an id of lower-case ASCII letters, digits and '-'"),
    (lambda d: d["sections"][3].__setitem__("id", "skola"),
     "m.json: sections[3].id: id 'skola' is used by an earlier section"),
    (lambda d: d["sections"][0].__setitem__("source_lines", [9, 2]),
     "m.json: sections[0].source_lines: first line is after last line"),
    (lambda d: d.pop("people"), "m.json: (top level): 'people' is a required property"),
    (lambda d: d.__setitem__("format_version", 7), "m.json: format_version: written by a newer"),
    (lambda d: d.__setitem__("format", "designer.layout"),
     "m.json: format: expected a designer.manifesto file"),
])
def test_invalid_files_give_located_errors(tmp_path, mutate, located):
    with pytest.raises(FileFormatError) as info:
        load_manifesto(write(tmp_path, mutate))
    assert info.value.located().startswith(located)
