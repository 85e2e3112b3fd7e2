"""Manifesto files (`designer.manifesto`, see docs/manifesto-format.md): load, validate, save."""
from __future__ import annotations

from pathlib import Path

from designer.errors import FileFormatError
from designer.io.jsonfile import field_path, migrate, read_json, write_json
from designer.model.manifesto import Manifesto

FORMAT = "designer.manifesto"
FORMAT_VERSION = 1

_TEXT_LIST = {"type": "array", "items": {"type": "string"}, "description": "a list of texts"}

SCHEMA = {
    "type": "object",
    "required": ["format", "format_version", "title", "slogans", "people", "sections"],
    "properties": {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "title": {"type": "string", "description": "a text"},
        "slogans": _TEXT_LIST,
        "people": _TEXT_LIST,
        "sections": {
            "type": "array", "description": "a list of sections",
            "items": {
                "type": "object",
                "required": ["id", "title", "paragraphs", "bullets"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
                           "description": "an id of lower-case ASCII letters, digits and '-'"},
                    "title": {"type": "string", "description": "a text"},
                    "paragraphs": _TEXT_LIST,
                    "list_intro": {"type": "string", "description": "a text"},
                    "bullets": _TEXT_LIST,
                    "quotes": _TEXT_LIST,
                    "source_lines": {
                        "description": "[first line, last line] or null",
                        "type": ["array", "null"], "minItems": 2, "maxItems": 2,
                        "items": {"type": "integer", "minimum": 1},
                    },
                },
            },
        },
    },
}


def manifesto_document(manifesto: Manifesto) -> dict:
    """The JSON document for a manifesto, format header first."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **manifesto.to_dict()}


def load_manifesto(path: str | Path) -> Manifesto:
    """Read, migrate and validate a manifesto file; problems raise FileFormatError with the field."""
    data = migrate(read_json(path), FORMAT, FORMAT_VERSION, {}, path)
    _validate(data, path)
    seen: set[str] = set()
    for i, section in enumerate(data["sections"]):
        if section["id"] in seen:
            raise FileFormatError(f"id {section['id']!r} is used by an earlier section", file=path,
                                  field=f"sections[{i}].id")
        seen.add(section["id"])
        lines = section.get("source_lines")
        if lines and lines[0] > lines[1]:
            raise FileFormatError("first line is after last line", file=path,
                                  field=f"sections[{i}].source_lines")
    return Manifesto.from_dict(data)


def _validate(data: dict, path: str | Path) -> None:
    """First schema error (shallowest field first) as a FileFormatError naming the field.
    (The schema lives here, not in designer/schemas/, while the importer is the only reader.)"""
    import jsonschema

    errors = sorted(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data),
                    key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        err = errors[0]
        description = err.schema.get("description") if isinstance(err.schema, dict) else None
        message = (f"expected {description}" if description and err.validator != "required"
                   else err.message)
        raise FileFormatError(message, file=path, field=field_path(err.absolute_path) or "(top level)")


def save_manifesto(path: str | Path, manifesto: Manifesto) -> None:
    """Write a manifesto file atomically."""
    write_json(path, manifesto_document(manifesto))
