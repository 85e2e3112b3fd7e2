"""Remember which documents passed schema validation, keyed by content and schema version.

A marker file per (document content, schema files) digest lives in the user cache folder.
Validating again would give the same answer, so a hit skips jsonschema entirely. A missing or
unwritable cache only costs time.
"""
from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache
from typing import Any

from designer import paths
from designer.io.schemas import SCHEMA_DIR

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _schemas_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _marker(data: Any, schema_name: str):
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    key = hashlib.sha256(f"{_schemas_digest()}|{schema_name}|{text}".encode()).hexdigest()
    return paths.user_cache_dir() / "validated" / key[:2] / key


def known_valid(data: Any, schema_name: str) -> bool:
    """True when this exact document passed this schema before."""
    return _marker(data, schema_name).is_file()


def remember_valid(data: Any, schema_name: str) -> None:
    marker = _marker(data, schema_name)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError as exc:
        log.debug("validation memo not written (%s): %s", marker, exc)
