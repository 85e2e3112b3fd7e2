"""Manifesto files (`designer.manifesto`, see docs/manifesto-format.md): load, validate, save."""
from __future__ import annotations

from pathlib import Path

from designer.errors import FileFormatError, excerpt
from designer.io.jsonfile import migrate, read_json, validate, write_json
from designer.model.manifesto import Manifesto

FORMAT = "designer.manifesto"
FORMAT_VERSION = 1

def manifesto_document(manifesto: Manifesto) -> dict:
    """The JSON document for a manifesto, format header first."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **manifesto.to_dict()}


def load_manifesto(path: str | Path) -> Manifesto:
    """Read, migrate and validate a manifesto file; problems raise FileFormatError with the field."""
    data = migrate(read_json(path), FORMAT, FORMAT_VERSION, {}, path)
    validate(data, "manifesto", path)
    seen: set[str] = set()
    for i, section in enumerate(data["sections"]):
        if section["id"] in seen:
            raise FileFormatError(f"id {excerpt(section['id'])} is used by an earlier section", file=path,
                                  field=f"sections[{i}].id")
        seen.add(section["id"])
        lines = section.get("source_lines")
        if lines and lines[0] > lines[1]:
            raise FileFormatError("first line is after last line", file=path,
                                  field=f"sections[{i}].source_lines")
    return Manifesto.from_dict(data)


def save_manifesto(path: str | Path, manifesto: Manifesto) -> None:
    """Write a manifesto file atomically."""
    write_json(path, manifesto_document(manifesto))
