"""Refuse zip packages (.docx, .odt) that are not zips, are zip bombs or lack their main part,
before any parser opens them. One function, so it can be swapped for the shared guard
(designer/io/zipguard.py) when that lands."""
from __future__ import annotations

import zipfile
from pathlib import Path

from designer.errors import FileFormatError

MAX_UNPACKED_BYTES = 200 * 2**20
MAX_RATIO = 100           # uncompressed / compressed, per member and overall
MAX_MEMBERS = 10_000


def check_package(path: str | Path, kind: str, main_part: str) -> None:
    """Refuse `path` unless it is a zip holding `main_part` that unpacks to at most
    MAX_UNPACKED_BYTES and compresses no better than MAX_RATIO (zip bombs); `kind` names the
    format in the message ("Word .docx", "OpenDocument .odt")."""
    article = "an" if kind[0] in "AEIOU" else "a"
    if not zipfile.is_zipfile(path):
        raise FileFormatError(f"not {article} {kind} file (it is not a zip package)", file=path)
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileFormatError(f"damaged {kind} file ({exc})", file=path) from None
    unpacked = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members)
    if (len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED_BYTES
            or unpacked > MAX_RATIO * max(packed, 1) + 2**20
            or any(m.file_size > MAX_RATIO * max(m.compress_size, 1) + 2**20 for m in members)):
        raise FileFormatError(f"refused: the {kind} file unpacks to far more data than it holds "
                              "(a zip bomb or a damaged file)", file=path)
    if main_part not in {m.filename for m in members}:
        raise FileFormatError(f"not {article} {kind} file (no {main_part} inside)", file=path)
