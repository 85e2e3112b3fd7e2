"""Hypothesis strategies for hostile input: random JSON values, mutated JSON documents, mutated
bytes. Shared by tests/test_fuzz_loaders.py and tests/test_fuzz_cli.py (it is not a conftest).

`FUZZ` holds the settings: deterministic and small for CI; `DESIGNER_FUZZ_EXAMPLES=2000` runs
more (and random) examples locally.
"""
from __future__ import annotations

import copy
import io
import json
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

_EXAMPLES = int(os.environ.get("DESIGNER_FUZZ_EXAMPLES", "0"))


def fuzz_settings(ci_examples: int):
    """Hypothesis settings: `ci_examples` derandomized examples, or DESIGNER_FUZZ_EXAMPLES random ones."""
    return settings(max_examples=_EXAMPLES or ci_examples, derandomize=not _EXAMPLES, deadline=None,
                    database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                          HealthCheck.function_scoped_fixture])


NASTY_TEXT = ["", " ", "a5-flyer", "x" * 300, "{{ort}}", "../../../../etc/passwd", "/dev/zero",
              "\u202eevil", "\x00", "ö" * 200, "Rubrik", "#ff0000", "NaN", "1e400", "\ud800"]
scalars = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1e-300, 1e308, 10_001, -1001, 0.5]),
    st.text(max_size=40),
    st.sampled_from(NASTY_TEXT),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=5),
                               st.dictionaries(st.text(max_size=12), children, max_size=5)),
    max_leaves=25)


def paths_of(document, prefix=()) -> list[tuple]:
    """Every path (tuple of keys/indexes) to a value inside `document`, the root included."""
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found.extend(paths_of(value, (*prefix, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.extend(paths_of(value, (*prefix, index)))
    return found


@st.composite
def mutated(draw, document: dict, max_changes: int = 3):
    """`document` with 1..max_changes values replaced by random JSON, deleted, or given a new key."""
    result = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, max_changes))):
        paths = paths_of(result)
        path = draw(st.sampled_from(paths[1:] or paths))
        parent = result
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["same type", "same type", "same type", "replace", "delete", "add"]))
        if not path:
            return draw(json_values)
        if action == "same type":
            parent[path[-1]] = draw(_same_type(parent[path[-1]]))
        elif action == "replace":
            parent[path[-1]] = draw(json_values)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return result


@st.composite
def mutated_bytes(draw, data: bytes, max_changes: int = 8):
    """`data` truncated, with bytes flipped, inserted or removed (a damaged file)."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, max_changes))):
        if not data:
            break
        action = draw(st.sampled_from(["flip", "flip", "insert", "delete", "truncate"]))
        index = draw(st.integers(0, len(data) - 1))
        if action == "flip":
            data[index] ^= draw(st.integers(1, 255))
        elif action == "insert":
            data[index:index] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del data[index:index + draw(st.integers(1, 64))]
        else:
            del data[index:]
    return bytes(data)


def _same_type(value):
    """Values of the same JSON type as `value`: plausible edits that pass a type check."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, (int, float)):
        return st.one_of(st.floats(min_value=-2000, max_value=20000), st.integers(-5, 5),
                         st.sampled_from([0, 1e-9, 0.001, 999.9, 1000, 9999, 10_000, -999]))
    if isinstance(value, str):
        return st.one_of(st.text(max_size=60), st.sampled_from(NASTY_TEXT),
                         st.just(value * 50), st.just(value[: len(value) // 2]))
    if isinstance(value, list):
        return st.lists(st.sampled_from(value) if value else scalars, max_size=len(value) + 2)
    return json_values


def dump(document) -> str:
    """JSON text that may hold NaN and Infinity (as hostile files do)."""
    return json.dumps(document, ensure_ascii=False, allow_nan=True)


SWATCHES = ["skog", "gron", "mint", "sol", "papper", "svart", "vit", "ingen-sådan"]
finite = st.floats(allow_nan=False, allow_infinity=False)
texts = st.one_of(
    st.text(max_size=200),
    st.sampled_from(NASTY_TEXT),
    st.builds(lambda word, n: word * n, st.sampled_from(["ö", "W", "förutsättningar", "i ", "- ", "\n• "]),
              st.integers(1, 3000)),
)
styles = st.fixed_dictionaries({}, optional={
    "font": st.sampled_from(["text", "display", "nope"]),
    "size": st.one_of(st.floats(min_value=0.01, max_value=1000),
                      st.lists(st.floats(min_value=0.01, max_value=1000), min_size=2, max_size=2)),
    "leading": st.floats(min_value=0.5, max_value=4), "color": st.sampled_from(SWATCHES),
    "align": st.sampled_from(["left", "center", "right", "justify"]),
    "valign": st.sampled_from(["top", "middle", "bottom"]), "uppercase": st.booleans(),
    "tracking": st.floats(min_value=-0.2, max_value=1), "space_after": st.floats(min_value=0, max_value=5),
    "hyphenate": st.booleans(), "max_lines": st.integers(1, 10**6)})
slots = st.fixed_dictionaries({}, optional={
    "text": texts,
    "image": st.sampled_from(["photo.jpg", "missing.jpg", "/dev/null", "..", "", "x" * 5000]),
    "focus": st.lists(st.floats(min_value=0, max_value=1), min_size=2, max_size=2),
    "zoom": st.floats(min_value=1, max_value=20), "fit": st.sampled_from(["fill", "fit"]),
    "url": st.one_of(st.text(max_size=50), st.just("https://exempel.se/" + "a" * 3000)),
    "rect": st.lists(st.floats(min_value=-1000, max_value=10000), min_size=4, max_size=4),
    "style": styles, "fill": st.sampled_from(SWATCHES), "stroke_pt": st.floats(min_value=0, max_value=100),
    "bleed": st.booleans(), "hidden": st.booleans()})


@st.composite
def plausible_layouts(draw, base: dict):
    """`base` with some slots replaced by schema-valid but extreme contents (they reach the engine)."""
    result = copy.deepcopy(base)
    frame_ids = sorted(result["slots"]) + ["qr", "logo", "background", "no-such-frame"]
    for frame_id in draw(st.lists(st.sampled_from(frame_ids), min_size=1, max_size=4, unique=True)):
        result["slots"][frame_id] = draw(slots)
    return result


def workbook(rows: list[list]) -> bytes:
    """The bytes of an .xlsx file holding `rows` on its first sheet."""
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
