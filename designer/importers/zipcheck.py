"""Refuse zip packages (.docx, .odt) that are not zips, are zip bombs or lack their main part,
before any parser opens them (the size checks are designer.io.zipguard's, shared with XLSX)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from designer.errors import FileFormatError
from designer.io.zipguard import check_archive


def check_package(path: str | Path, kind: str, main_part: str) -> None:
    """Refuse `path` unless it is a zip holding `main_part` that passes the shared zip-bomb
    guard; `kind` names the format in the message ("Word .docx", "OpenDocument .odt")."""
    article = "an" if kind[0] in "AEIOU" else "a"
    if not zipfile.is_zipfile(path):
        raise FileFormatError(f"not {article} {kind} file (it is not a zip package)", file=path)
    members = check_archive(path, kind)
    if main_part not in {m.filename for m in members}:
        raise FileFormatError(f"not {article} {kind} file (no {main_part} inside)", file=path)
