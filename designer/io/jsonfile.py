"""Versioned JSON documents: read with located errors, validate, migrate, save atomically."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from designer.errors import FileFormatError
from designer.io.atomic import atomic_write_text
from designer.io.limited import read_limited

MAX_JSON_BYTES = 50 * 1024 * 1024


def read_json(path: str | Path) -> Any:
    """Parse a JSON file; any problem becomes a FileFormatError naming the file (and line)."""
    path = Path(path)
    raw = read_limited(path, MAX_JSON_BYTES)
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FileFormatError("not UTF-8 text", file=path) from None
    except json.JSONDecodeError as exc:
        raise FileFormatError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
                              file=path) from None


def dump_json(data: Any) -> str:
    """Stable JSON text: 2-space indent, UTF-8 characters kept, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(path: str | Path, data: Any) -> None:
    """Save `data` as JSON atomically."""
    atomic_write_text(path, dump_json(data))


def validate(data: Any, schema_name: str, path: str | Path) -> None:
    """Validate `data` against a shipped JSON Schema (designer/schemas/NAME.schema.json).

    The first error raises a FileFormatError naming the file, the field path and the problem.
    Documents that passed before (same content, same schemas) are not checked again: see
    designer.io.validation_memo; it spares a cold `designer export` the jsonschema import.
    """
    from designer.io import validation_memo

    if validation_memo.known_valid(data, schema_name):
        return
    from designer.io.schemas import validator

    errors = sorted(validator(schema_name).iter_errors(data),
                    key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        err = errors[0]
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
                                         "maximum", "exclusiveMinimum", "pattern", "enum"):
        return f"expected {description}"
    return err.message


Migration = Callable[[dict], dict]


def migrate(data: dict, fmt: str, current: int, migrations: dict[int, Migration],
            path: str | Path) -> dict:
    """Check `format`/`format_version` and upgrade old versions step by step.

    `migrations[n]` turns a version-n document into version n+1.
    """
    if not isinstance(data, dict):
        raise FileFormatError("expected a JSON object at the top level", file=path)
    if data.get("format", fmt) != fmt:
        raise FileFormatError(f"expected a {fmt} file, got {data.get('format')!r}", file=path, field="format")
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
