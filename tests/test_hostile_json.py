"""Hostile JSON in every loader: non-finite numbers, deep nesting, absurd sizes and long values
give one located line (FileFormatError / exit 2), never a traceback or a broken PDF."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from designer.errors import DesignerError, FileFormatError, excerpt
from designer.io.brand_file import load_brand
from designer.io.jsonfile import MAX_DEPTH, read_json
from designer.io.layout_file import load_layout
from designer.io.manifesto_file import load_manifesto
from designer.io.template_file import load_template
from tests.conftest import ROOT

LAYOUT = (ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8")
TEMPLATE = (ROOT / "layouts" / "a5-flyer.json").read_text(encoding="utf-8")
BRAND = (ROOT / "assets" / "brand" / "default.json").read_text(encoding="utf-8")
MANIFESTO = (ROOT / "assets" / "manifesto" / "borlange.json").read_text(encoding="utf-8")


def with_meta(text: str, raw_value: str) -> str:
    """The JSON document `text` with one more top-level member `"meta": <raw_value>` (raw JSON)."""
    return text.rstrip().rstrip("}") + f', "meta": {raw_value}}}'


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "9" * 5000])
def test_non_finite_numbers_are_refused_with_the_field(tmp_path, literal):
    data = json.loads(LAYOUT)
    data["slots"]["headline"]["rect"] = [10, 10, 12345.5, 20]
    text = json.dumps(data).replace("12345.5", literal)
    path = tmp_path / "flyer.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        load_layout(path)
    line = caught.value.located()
    assert line.startswith("flyer.json: slots.headline.rect[2]: expected a finite number"), line
    assert len(line) < 200


def test_nan_font_size_is_refused(tmp_path):
    data = json.loads(LAYOUT)
    data["slots"]["headline"]["style"] = {"size": 31.5}
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps(data).replace("31.5", "NaN"), encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"slots\.headline\.style\.size: expected a finite number"):
        load_layout(path)


def _template_with(value):
    data = json.loads(TEMPLATE)
    data["bleed_mm"] = value
    return data


def _brand_with(value):
    data = json.loads(BRAND)
    next(iter(data["palette"].values()))["cmyk"][0] = value
    return data


def _manifesto_with(value):
    data = json.loads(MANIFESTO)
    data["format_version"] = value
    return data


@pytest.mark.parametrize("loader, document", [
    (load_template, _template_with), (load_brand, _brand_with), (load_manifesto, _manifesto_with)])
def test_every_json_loader_refuses_nan(tmp_path, loader, document):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document(12345.5)).replace("12345.5", "NaN"), encoding="utf-8")
    with pytest.raises(DesignerError) as caught:
        loader(path)
    assert caught.value.located().startswith("bad.json: ")
    assert "expected a finite number, got 'NaN'" in caught.value.located()


@pytest.mark.parametrize("nested", [
    "[" * 100_000 + "]" * 100_000,                      # beyond the parser's recursion limit
    "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5),      # parses, but deeper than any format needs
    '{"a": ' * 500 + "1" + "}" * 500,
])
def test_deep_nesting_is_refused(tmp_path, nested):
    path = tmp_path / "deep.json"
    path.write_text(with_meta(LAYOUT, nested), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        read_json(path)
    assert caught.value.located().startswith("deep.json: ")
    assert f"nested more than {MAX_DEPTH} levels deep" in caught.value.located()


def test_normal_documents_still_load():
    assert load_layout(ROOT / "layouts" / "examples" / "skola-a5.json").template == "a5-flyer"
    assert read_json(ROOT / "layouts" / "a5-flyer.json")["id"] == "a5-flyer"


@pytest.mark.parametrize("template_id", ["x" * 101, "x" * 100_000, "../../etc/passwd", "a5-flyer\u0000"])
def test_long_or_odd_template_ids_are_refused(tmp_path, template_id):
    data = json.loads(LAYOUT)
    data["template"] = template_id
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        load_layout(path)
    line = caught.value.located()
    assert line.startswith("flyer.json: template: expected a template id") and len(line) < 200


def test_echoed_values_are_cut(tmp_path):
    """A 5 MB swatch name must not become a 5 MB error line."""
    data = json.loads(LAYOUT)
    data["slots"]["headline"]["style"] = {"color": "x" * 5_000_000}
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "designer", "export", str(path), "-o",
                             str(tmp_path / "out.pdf")], capture_output=True, text=True)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and len(result.stderr) < 400, result.stderr[:500]
    assert "slots.headline.style.color" in result.stderr and "(5000000 characters)" in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_excerpt_and_one_line():
    assert excerpt("kort") == "'kort'"
    long = excerpt("y" * 1000)
    assert len(long) < 110 and long.endswith("(1000 characters)")
    error = DesignerError("first\nsecond " + "z" * 10_000, file="a.json", field="f" * 500)
    line = error.located()
    assert "\n" not in line and len(line) <= 400


def test_schema_messages_cut_long_values(tmp_path):
    data = json.loads(LAYOUT)
    data["slots"]["headline"]["fit"] = "q" * 100_000
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        load_layout(path)
    assert len(caught.value.located()) < 200 and "slots.headline.fit" in caught.value.located()


def test_nan_layout_exports_nothing(tmp_path):
    data = json.loads(LAYOUT)
    data["slots"]["photo"]["image"] = str(ROOT / "assets" / "images" / "dalalven-morgon.jpg")
    data["slots"]["headline"]["rect"] = [10, 10, 12345.5, 20]
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(data).replace("12345.5", "NaN"), encoding="utf-8")
    output = tmp_path / "nan.pdf"
    result = subprocess.run([sys.executable, "-m", "designer", "export", str(path), "-o", str(output)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "designer: error: nan.json: slots.headline.rect[2]: expected a finite number, got 'NaN'"
    assert not output.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["nan.json"]


def test_a_million_small_values_are_refused_before_parsing(tmp_path):
    """32 MB of [1, 2] pairs took 1.4 GB and 45 s as Python objects."""
    path = tmp_path / "many.json"
    path.write_text(with_meta(LAYOUT, '{"l": [' + ",".join(["[1,2]"] * 400_000) + "]}"), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        read_json(path)
    assert caught.value.located() == "many.json: holds more than 1 000 000 values"


def test_commas_inside_text_are_not_values(tmp_path):
    data = json.loads(LAYOUT)
    data["slots"]["body"]["text"] = "ja, nej, " * 400_000
    path = tmp_path / "commas.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_layout(path).slots["body"].text.startswith("ja, nej")


def test_too_many_slots_stop_validation_at_once(tmp_path):
    data = json.loads(LAYOUT)
    data["slots"].update({f"x{i}": {"text": "hej"} for i in range(6000)})
    path = tmp_path / "slots.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        load_layout(path)
    assert caught.value.located() == "slots.json: slots: expected an object of at most 5 000 frame id -> slot"


def refusal(tmp_path, document: str, change, loader) -> str:
    """The located line with which `loader` refuses `document` (JSON text) after `change`."""
    data = json.loads(document)
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        loader(path)
    return caught.value.located()


@pytest.mark.parametrize("change, field", [
    (lambda d: d.update(title="t" * 2001), "title"),
    (lambda d: d["slots"]["photo"].update(image="p" * 4097), "slots.photo.image"),
    (lambda d: d["slots"]["headline"].update(url="https://exempel.se/" + "u" * 4000), "slots.headline.url"),
    (lambda d: d["slots"]["body"].update(text="b" * 5_000_001), "slots.body.text"),
])
def test_absurdly_long_strings_are_refused(tmp_path, change, field):
    line = refusal(tmp_path, LAYOUT, change, load_layout)
    assert line.startswith(f"bad.json: {field}: expected ") and "characters" in line and len(line) < 200


@pytest.mark.parametrize("change, field", [
    (lambda d: d["pages"][0].update(fold_marks_mm=[1e300]), "pages[0].fold_marks_mm[0]"),
    (lambda d: d["pages"][0]["frames"].extend(dict(d["pages"][0]["frames"][0], id=f"x{i}") for i in range(500)),
     "pages[0].frames"),
])
def test_template_sizes_are_bounded(tmp_path, change, field):
    assert refusal(tmp_path, TEMPLATE, change, load_template).startswith(f"bad.json: {field}: expected ")


@pytest.mark.parametrize("field, escaped, where", [
    ("url", '"https://exempel.se/\\ud800"', "slots.qr.url"),
    ("text", '"Rubrik \\udfff"', "slots.headline.text"),
])
def test_half_a_surrogate_pair_is_refused_with_the_field_and_nothing_is_written(tmp_path, field, escaped, where):
    """JSON may escape "\\ud800" alone; Python then holds a string no encoder accepts."""
    data = json.loads(LAYOUT)
    slot = "qr" if field == "url" else "headline"
    data.setdefault("slots", {}).setdefault(slot, {})[field] = "PLACEHOLDER"
    data["base_dir"] = str(ROOT / "layouts" / "examples")
    path = tmp_path / "flyer.json"
    path.write_text(json.dumps(data).replace('"PLACEHOLDER"', escaped), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        load_layout(path)
    assert caught.value.located() == f"flyer.json: {where}: holds half of a surrogate pair (\\ud800-\\udfff), which is no character"
    result = subprocess.run([sys.executable, "-m", "designer", "export", str(path), "-o", str(tmp_path / "ut.pdf")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"designer: error: {caught.value.located()}"
    assert not (tmp_path / "ut.pdf").exists()


def test_a_key_holding_half_a_surrogate_pair_is_refused_and_pairs_are_fine(tmp_path):
    path = tmp_path / "flyer.json"
    path.write_text(with_meta(LAYOUT, '{"\\udc00": 1}'), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        read_json(path)
    assert caught.value.located() == "flyer.json: meta: has a key holding half of a surrogate pair (\\ud800-\\udfff), which is no character"
    path.write_text(with_meta(LAYOUT, '{"emoji": "\\ud83d\\ude00"}'), encoding="utf-8")
    assert read_json(path)["meta"] == {"emoji": "\U0001F600"}
