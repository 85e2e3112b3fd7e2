"""Reading a user's file with a size limit: every problem is a FileFormatError naming the file."""
from __future__ import annotations

from pathlib import Path

from designer.errors import FileFormatError


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of `path`; missing, a folder, unreadable or larger than `max_bytes` raise
    FileFormatError with a one-line reason."""
    path = Path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise FileFormatError(f"file is larger than {max_bytes // 2**20} MB", file=path)
        return path.read_bytes()
    except FileNotFoundError:
        raise FileFormatError("file not found", file=path) from None
    except IsADirectoryError:
        raise FileFormatError("is a folder, not a file", file=path) from None
    except OSError as exc:
        raise FileFormatError(f"cannot read ({exc.strerror or exc})", file=path) from None
