"""Durable, but not one fsync per file.

Workers write each output atomically (temporary file + rename) without an fsync. The run keeps a
list of outputs that are complete but maybe only in the page cache, and every SYNC_EVERY files or
SYNC_SECONDS (and at the end, on Ctrl-C and on errors) makes them durable at once: fsync of each
file, then of each folder (for the renames), on a background thread so the disk waits overlap
with making the next editions. Only then are they vouched for in the resume manifest, whose lines
are fsynced too. A run killed at any moment (SIGKILL, power cut) therefore leaves
complete files under final names (or, after a power cut, possibly an empty one that the manifest
does not vouch for), and `--resume` redoes at most the unsynced tail: the group being synced and
the one being collected (under 2 x SYNC_EVERY outputs).
"""
from __future__ import annotations

import logging
import os
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from designer.batch.manifest import MANIFEST_NAME, Manifest
from designer.errors import ExportError
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

        with DurableLedger(manifest) as ledger:    # manifest None: synced, no resume data
            ledger.add(output_path, input_key)     # after each finished output
        # leaving the block syncs the rest and waits (also on errors and Ctrl-C)

    Groups are synced one after another on one background thread, in order, so the manifest
    lines keep the order of the groups; a new group waits for the one before it, so a slow disk
    slows the run instead of letting unsynced outputs pile up. An error while syncing (a failing
    disk) is raised by the next flush or by leaving the block.
    """

    def __init__(self, manifest: Manifest | None, every: int | None = None, seconds: float | None = None):
        self.manifest = manifest
        self.every = every or SYNC_EVERY
        self.seconds = seconds or SYNC_SECONDS
        self.pending: list[tuple[Path, str]] = []
        self._last_sync = time.monotonic()
        self._syncer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="designer-sync")
        self._in_flight: Future | None = None

    def __enter__(self) -> DurableLedger:
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            self.flush()
            self._wait_for_groups()
        finally:
            self._syncer.shutdown(wait=True)

    def add(self, output: Path, key: str) -> None:
        self.pending.append((Path(output), key))
        if len(self.pending) >= self.every or time.monotonic() - self._last_sync >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Hand the pending outputs to the sync thread, after the group before them is durable
        (so at most one group is in flight: the unsynced tail stays below two groups)."""
        self._wait_for_groups()
        if self.pending:
            self._in_flight = self._syncer.submit(self._make_durable, self.pending)
            self.pending = []
        self._last_sync = time.monotonic()

    def _make_durable(self, group: list[tuple[Path, str]]) -> None:
        sync_paths(path for path, _ in group)
        if self.manifest is not None:
            self.manifest.add_many(group)

    def _wait_for_groups(self) -> None:
        """Wait for the group in flight; ExportError if it could not be made durable."""
        if self._in_flight is not None:
            in_flight, self._in_flight = self._in_flight, None
            error = in_flight.exception()
            if error is not None:
                raise ExportError(f"could not make the finished files durable ({getattr(error, 'strerror', None) or error}); "
                                  "run again with --resume", file=getattr(error, "filename", None)) from error


def remove_leftovers(folder: Path) -> int:
    """Delete temporary files an interrupted run left in `folder`: `.NAME.pdf.XXXXXXXX.part` and the
    manifest's (what designer.io.atomic makes); other hidden `.part` files are not ours. How many."""
    removed = 0
    for pattern in (f".*.pdf.*{TEMP_SUFFIX}", f".{MANIFEST_NAME}.*{TEMP_SUFFIX}"):
        for leftover in folder.glob(pattern):
            try:
                leftover.unlink()
                removed += 1
            except OSError as exc:
                log.warning("cannot remove %s: %s", leftover, exc)
    return removed
