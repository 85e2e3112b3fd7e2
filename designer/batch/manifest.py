"""The resume manifest: which output was made from which inputs (a hash), kept next to the outputs.

`.designer-manifest.jsonl` holds one JSON line per finished output. Lines are appended (and
synced) only once the outputs they vouch for are durable (designer.batch.durable), so an
interrupted run loses at most the line being written. The last line for an output wins.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from designer.io.atomic import atomic_write_text

MANIFEST_NAME = ".designer-manifest.jsonl"
log = logging.getLogger(__name__)


def input_key(*parts) -> str:
    """A stable hash of JSON-able parts (layout data, row values, image file identities, options)."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_identity(path: str | Path) -> list:
    """[path, size, mtime] of a file, or [path, None, None] if it cannot be read."""
    try:
        stat = Path(path).stat()
        return [str(path), stat.st_size, stat.st_mtime_ns]
    except OSError:
        return [str(path), None, None]


class Manifest:
    """Output name -> input key for one output folder."""

    def __init__(self, folder: Path):
        self.path = folder / MANIFEST_NAME
        self.entries: dict[str, str] = {}
        try:
            lines = self.path.read_bytes().splitlines()
        except OSError:
            lines = []
        for number, line in enumerate(lines, start=1):
            try:      # bytes, decoded line by line: a cut line may end inside a UTF-8 character
                entry = json.loads(line)
                self.entries[entry["output"]] = entry["key"]
            except (ValueError, KeyError, TypeError) as exc:
                log.info("%s line %d skipped (cut short by an interrupted run?): %s", self.path, number, exc)

    def up_to_date(self, output: Path, key: str) -> bool:
        """True if `output` exists and was made from inputs with this key."""
        return self.entries.get(output.name) == key and output.is_file()

    def add_many(self, finished: list[tuple[Path, str]]) -> None:
        """Vouch for (output, key) pairs whose files are already durable: appended and synced."""
        lines = []
        for output, key in finished:
            self.entries[output.name] = key
            lines.append(json.dumps({"output": output.name, "key": key}, ensure_ascii=False) + "\n")
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write("".join(lines))
            handle.flush()
            os.fsync(handle.fileno())

    def compact(self) -> None:
        """Rewrite the manifest with one line per output (atomically)."""
        lines = [json.dumps({"output": name, "key": key}, ensure_ascii=False)
                 for name, key in sorted(self.entries.items())]
        atomic_write_text(self.path, "".join(line + "\n" for line in lines))
