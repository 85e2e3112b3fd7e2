"""Reading a user's file with a size limit: every problem is a FileFormatError naming the file.

Only regular files are read. A device (/dev/zero), a named pipe or a socket reports size 0 and
then never ends or never answers, so it is refused before it is opened.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from designer.errors import FileFormatError

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


def regular_file(path: str | Path, max_bytes: int) -> os.stat_result:
    """The status of `path` (symbolic links followed) when it is a regular file of at most
    `max_bytes`; FileFormatError with a one-line reason otherwise."""
    path = Path(path)
    try:
        return _checked(path.stat(), path, max_bytes)
    except FileNotFoundError:
        raise FileFormatError("file not found", file=path) from None
    except OSError as exc:
        raise FileFormatError(f"cannot read ({exc.strerror or exc})", file=path) from None
    except ValueError:          # a NUL in the name: no file can have it
        raise FileFormatError("invalid file name", file=path) from None


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of `path`; missing, a folder, not a regular file, unreadable or larger than
    `max_bytes` raise FileFormatError with a one-line reason. At most `max_bytes + 1` bytes are
    read, whatever the file claims."""
    path = Path(path)
    regular_file(path, max_bytes)
    try:
        # non-blocking: a file swapped for a named pipe since the check cannot hang the open
        with open(os.open(path, _OPEN_FLAGS), "rb") as handle:
            _checked(os.fstat(handle.fileno()), path, max_bytes)
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FileFormatError(f"cannot read ({exc.strerror or exc})", file=path) from None
    if len(data) > max_bytes:
        raise _too_large(path, max_bytes)
    return data


def _checked(status: os.stat_result, path: Path, max_bytes: int) -> os.stat_result:
    """`status` when it is of a regular file of at most `max_bytes`; FileFormatError otherwise."""
    if stat.S_ISDIR(status.st_mode):
        raise FileFormatError("is a folder, not a file", file=path)
    if not stat.S_ISREG(status.st_mode):
        raise FileFormatError("not a regular file (a device, pipe or socket)", file=path)
    if status.st_size > max_bytes:
        raise _too_large(path, max_bytes)
    return status


def _too_large(path: Path, max_bytes: int) -> FileFormatError:
    return FileFormatError(f"file is larger than {max_bytes // 2**20} MB", file=path)
