"""Durable, but not one fsync per file.

Workers write each output atomically (temporary file + rename) without an fsync. The run keeps a
list of outputs that are complete but maybe only in the page cache, and every SYNC_EVERY files or
SYNC_SECONDS (and at the end, on Ctrl-C and on errors) makes them durable at once: fsync of each
file, then of each folder (for the renames). Only then are they vouched for in the resume manifest,
whose lines are fsynced too. A run killed at any moment (SIGKILL, power cut) therefore leaves
complete files under final names (or, after a power cut, possibly an empty one that the manifest
does not vouch for), and `--resume` redoes at most the outputs since the last sync.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from designer.batch.manifest import Manifest
from designer.io.atomic import TEMP_SUFFIX

SYNC_EVERY = 64           # outputs per sync
SYNC_SECONDS = 2.0        # ... or at most this long between syncs
log = logging.getLogger(__name__)


def sync_paths(paths) -> None:
    """fsync every file in `paths`, then every folder that holds one (so the renames are durable).

    A file that has gone (deleted by the user meanwhile) is skipped and logged.
    """
    folders: dict[Path, None] = {}
    for path in paths:
        path = Path(path)
        try:
            _fsync(path, os.O_RDONLY)
        except FileNotFoundError:
            log.warning("%s disappeared before it could be synced", path)
        folders.setdefault(path.parent, None)
    for folder in folders:
        _fsync(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


def _fsync(path: Path, flags: int) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class DurableLedger:
    """Collects finished outputs and makes them durable in groups, then vouches for them.

        ledger = DurableLedger(manifest)       # manifest None: durable at the end, no resume data
        ledger.add(output_path, input_key)     # after each finished output
        ledger.flush()                         # at the end (also safe in a finally block)
    """

    def __init__(self, manifest: Manifest | None, every: int | None = None, seconds: float | None = None):
        self.manifest = manifest
        self.every = every or SYNC_EVERY
        self.seconds = seconds or SYNC_SECONDS
        self.pending: list[tuple[Path, str]] = []
        self._last_sync = time.monotonic()

    def add(self, output: Path, key: str) -> None:
        self.pending.append((Path(output), key))
        if len(self.pending) >= self.every or time.monotonic() - self._last_sync >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Sync every pending output and its folder, then append their manifest lines (synced)."""
        if self.pending:
            sync_paths(path for path, _ in self.pending)
            if self.manifest is not None:
                self.manifest.add_many(self.pending)
            self.pending = []
        self._last_sync = time.monotonic()


def remove_leftovers(folder: Path) -> int:
    """Delete temporary files an interrupted run left in `folder` (`.NAME.XXXX.part`); how many."""
    removed = 0
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        try:
            leftover.unlink()
            removed += 1
        except OSError as exc:
            log.warning("cannot remove %s: %s", leftover, exc)
    return removed
