"""Atomic file writes: the target name only ever holds a complete file."""
from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from designer.errors import ExportError

log = logging.getLogger(__name__)


TEMP_SUFFIX = ".part"


def atomic_write_bytes(path: str | Path, data: bytes, durable: bool = True) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename.

    On any failure (read-only folder, full disk) the old file is untouched, no temporary file is
    left behind, and an ExportError naming the file is raised. `durable=False` skips the fsync:
    the caller makes many files durable at once (designer.batch.durable).
    """
    path = Path(path)
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
        os.chmod(tmp_name, _file_mode(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise ExportError(f"could not write file ({exc.strerror or exc})", file=path) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError as exc:
                log.warning("could not remove the temporary file %s: %s", tmp_name, exc)


def atomic_write_text(path: str | Path, text: str) -> None:
    """UTF-8 text version of atomic_write_bytes."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _file_mode(path: Path) -> int:
    """The existing file's permissions, or the usual ones for a new file (0666 minus umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
