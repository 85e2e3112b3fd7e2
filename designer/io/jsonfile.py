"""Versioned JSON documents: read with located errors, validate, migrate, save atomically."""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any, Callable

from designer.errors import FileFormatError, excerpt, spaced
from designer.io.atomic import atomic_write_text
from designer.io.limited import read_limited

MAX_JSON_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 32              # objects/arrays inside each other; our formats need fewer than 10
MAX_INT_DIGITS = 18         # longer integers are read as floats (and refused if infinite)
MAX_VALUES = 1_000_000      # numbers, strings, objects and arrays; bounds the parser's memory
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")      # "\ud800": valid only as half of a pair
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_json(path: str | Path) -> Any:
    """Parse a JSON file; any problem becomes a FileFormatError naming the file (and line)."""
    path = Path(path)
    raw = read_limited(path, MAX_JSON_BYTES)
    _check_value_count(raw, path)
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_NotFinite, parse_float=_number,
                          parse_int=_integer)
    except UnicodeDecodeError:
        raise FileFormatError("not UTF-8 text", file=path) from None
    except json.JSONDecodeError as exc:
        raise FileFormatError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
                              file=path) from None
    except RecursionError:
        raise FileFormatError(f"nested more than {MAX_DEPTH} levels deep", file=path) from None
    check_tree(data, path, strings=bool(_SURROGATE_ESCAPE.search(raw)))
    return data


def _check_value_count(raw: bytes, path: Path) -> None:
    """Refuse, before parsing, a document with more than MAX_VALUES values: 30 MB of `[1,2],`
    would take gigabytes as Python objects. Separators inside strings are not counted."""
    def count(data: bytes) -> int:
        return data.count(b",") + data.count(b"[") + data.count(b"{")

    if count(raw) > MAX_VALUES and count(_STRING.sub(b"", raw)) > MAX_VALUES:
        raise FileFormatError(f"holds more than {spaced(MAX_VALUES)} values", file=path)


class _NotFinite(str):
    """Stands in for NaN, Infinity or a number too large for a float while parsing, so the
    check afterwards can name the field that held it."""


def _number(text: str) -> float | _NotFinite:
    value = float(text)
    return value if math.isfinite(value) else _NotFinite(text)


def _integer(text: str) -> int | float | _NotFinite:
    return int(text) if len(text) <= MAX_INT_DIGITS else _number(text)


def check_tree(data: Any, path: str | Path, strings: bool = False) -> None:
    """Refuse parsed JSON holding a non-finite number or nesting deeper than MAX_DEPTH, and with
    `strings` (the file has a surrogate escape) a string or key holding half a surrogate pair
    ("\\ud800" alone is no character: it cannot be hashed, shown or printed).

    Walks the tree without recursion; the error names the first offending field.
    """
    kinds = (dict, list, _NotFinite, str) if strings else (dict, list, _NotFinite)
    stack: list[tuple] = [(data, None, None, 0)]         # (value, parent entry, key, depth)
    while stack:
        entry = stack.pop()
        value, depth = entry[0], entry[3]
        if isinstance(value, _NotFinite):
            raise FileFormatError(f"expected a finite number, got {excerpt(str(value))}", file=path,
                                  field=_entry_path(entry))
        if isinstance(value, str):
            if _LONE_SURROGATE.search(value):
                raise FileFormatError("holds half of a surrogate pair (\\ud800-\\udfff), which is no character",
                                      file=path, field=_entry_path(entry))
            continue
        if isinstance(value, (dict, list)):
            if depth >= MAX_DEPTH:
                raise FileFormatError(f"nested more than {MAX_DEPTH} levels deep", file=path,
                                      field=_entry_path(entry))
            if strings and isinstance(value, dict) and any(_LONE_SURROGATE.search(key) for key in value):
                raise FileFormatError("has a key holding half of a surrogate pair (\\ud800-\\udfff), "
                                      "which is no character", file=path, field=_entry_path(entry))
            items = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend((child, entry, key, depth + 1) for key, child in items if isinstance(child, kinds))


def _entry_path(entry: tuple) -> str:
    """The field path of a check_tree stack entry, from its chain of parents."""
    parts = []
    while entry[1] is not None:
        parts.append(entry[2])
        entry = entry[1]
    return field_path(reversed(parts)) or "(top level)"


def dump_json(data: Any) -> str:
    """Stable JSON text: 2-space indent, UTF-8 characters kept, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(path: str | Path, data: Any) -> None:
    """Save `data` as JSON atomically."""
    atomic_write_text(path, dump_json(data))


def validate(data: Any, schema_name: str, path: str | Path) -> None:
    """Validate `data` against a shipped JSON Schema (designer/schemas/NAME.schema.json).

    The first error raises a FileFormatError naming the file, the field path and the problem;
    validation stops there (collecting every error of 300 000 broken slots took minutes).
    Documents that passed before (same content, same schemas) are not checked again: see
    designer.io.validation_memo; it spares a cold `designer export` the jsonschema import.
    """
    from designer.io import validation_memo

    if validation_memo.known_valid(data, schema_name):
        return
    from designer.io.schemas import validator

    err = next(validator(schema_name).iter_errors(data), None)
    if err is not None:
        raise FileFormatError(_describe(err), file=path, field=field_path(err.absolute_path) or "(top level)")
    validation_memo.remember_valid(data, schema_name)


def field_path(parts) -> str:
    """['pages', 0, 'frames', 3, 'rect'] -> 'pages[0].frames[3].rect'."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(err) -> str:
    description = err.schema.get("description") if isinstance(err.schema, dict) else None
    if description and err.validator in ("type", "minItems", "maxItems", "items", "minimum",
                                         "maximum", "exclusiveMinimum", "pattern", "enum",
                                         "maxLength", "oneOf", "maxProperties"):
        return f"expected {description}"
    if err.validator == "maxLength":
        return f"expected at most {err.validator_value} characters, got {len(err.instance)}"
    return err.message.replace(repr(err.instance), excerpt(err.instance))


Migration = Callable[[dict], dict]


def migrate(data: dict, fmt: str, current: int, migrations: dict[int, Migration],
            path: str | Path) -> dict:
    """Check `format`/`format_version` and upgrade old versions step by step.

    `migrations[n]` turns a version-n document into version n+1.
    """
    if not isinstance(data, dict):
        raise FileFormatError("expected a JSON object at the top level", file=path)
    if data.get("format", fmt) != fmt:
        raise FileFormatError(f"expected a {fmt} file, got {excerpt(data.get('format'))}", file=path, field="format")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FileFormatError("expected an integer format_version", file=path, field="format_version")
    if version > current:
        raise FileFormatError(f"written by a newer version of Campaign Designer (format {version}, "
                              f"this version reads up to {current})", file=path, field="format_version")
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise FileFormatError(f"format version {version} is no longer supported", file=path,
                                  field="format_version")
        data = step(dict(data))
        version += 1
        data["format_version"] = version
    return data
