"""Zip-based inputs (XLSX, DOCX) checked before a library reads them: zip bombs and damaged
archives are refused with one message instead of exhausting memory or ending in a traceback.

    check_archive(path, "Excel")     # raises FileFormatError naming the file, else returns
"""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from designer.errors import FileFormatError

MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 200 * 2**20
MAX_RATIO = 100              # uncompressed / compressed, per member (above SMALL_MEMBER) and overall
SMALL_MEMBER = 2**20         # members this small may compress as well as they like
CHUNK = 2**20


def check_archive(path: str | Path, what: str) -> list[zipfile.ZipInfo]:
    """The archive's members, after checking that it is a readable zip whose member count,
    declared sizes, compression ratios and actually unpacked sizes are within the limits.

    `what` names the kind of file in messages ("Excel", "Word"). The whole archive is unpacked
    once, in chunks and without keeping anything, so a member that unpacks to more than it
    declares is caught as well.
    """
    bomb = FileFormatError(f"refused: the {what} file unpacks to far more data than it holds "
                           "(a zip bomb or a damaged file)", file=path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS or not _declared_sizes_ok(members):
                raise bomb
            _unpack_counting(archive, members, bomb)
    except zipfile.BadZipFile as exc:
        raise FileFormatError(f"not a readable {what} file ({exc})", file=path) from None
    except (OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError) as exc:
        raise FileFormatError(f"damaged {what} file ({type(exc).__name__}: {exc})", file=path) from None
    return members


def _declared_sizes_ok(members: list[zipfile.ZipInfo]) -> bool:
    unpacked = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members)
    return (unpacked <= MAX_UNPACKED_BYTES and unpacked <= MAX_RATIO * max(packed, 1) + SMALL_MEMBER
            and all(m.file_size <= MAX_RATIO * max(m.compress_size, 1) + SMALL_MEMBER for m in members))


def _unpack_counting(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], bomb: Exception) -> None:
    total = 0
    for info in members:
        if info.is_dir():
            continue
        unpacked = 0
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                unpacked += len(chunk)
                total += len(chunk)
                if unpacked > info.file_size or total > MAX_UNPACKED_BYTES:
                    raise bomb
