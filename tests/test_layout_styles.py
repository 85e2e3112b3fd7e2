"""Slot styles are parsed against the brand kit when a layout file is loaded: a bad style names
the layout file and the field, before any layout or export work starts."""
from __future__ import annotations

import json

import pytest

from designer.errors import DesignerError
from designer.io.layout_file import load_layout


@pytest.mark.parametrize("style, field, words", [
    ({"color": "lila"}, "slots.body.style.color", "unknown swatch 'lila'"),
    ({"font": "comic"}, "slots.body.style.font", "unknown font 'comic'"),
    ({"size": [20, 10]}, "slots.body.style.size", "min <= max"),
])
def test_bad_slot_style_names_the_file_and_field(tmp_path, style, field, words):
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps({"format": "designer.layout", "format_version": 1, "template": "a5-flyer",
                                "slots": {"body": {"text": "Hej", "style": style}}}), encoding="utf-8")
    with pytest.raises(DesignerError) as error:
        load_layout(path)
    assert error.value.located().startswith(f"flyer.json: {field}: ")
    assert words in error.value.located()


def test_good_slot_styles_load(tmp_path):
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps({"format": "designer.layout", "format_version": 1, "template": "a5-flyer",
                                "slots": {"body": {"style": {"color": "skog", "direction": "rtl"}}}}),
                    encoding="utf-8")
    assert load_layout(path).slots["body"].style == {"color": "skog", "direction": "rtl"}
