"""Refuse zip packages (.docx, .odt) that are not zips, are zip bombs, lack their main part or
whose main part is too large to parse, before any parser opens them (the zip-bomb checks are
designer.io.zipguard's, shared with XLSX)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from designer.errors import FileFormatError
from designer.io.zipguard import check_archive

# The main part (word/document.xml, content.xml) is parsed into a tree of about 16 times its
# size: 20 MB peaks near 350 MB. Word writes about 40 bytes of markup a character, so this is
# still some 500 000 characters, far more than a programme.
MAX_MAIN_PART_BYTES = 20 * 2**20


def check_package(path: str | Path, kind: str, main_part: str) -> None:
    """Refuse `path` unless it is a zip holding `main_part` that passes the shared zip-bomb
    guard and whose `main_part` unpacks to at most MAX_MAIN_PART_BYTES (its size from the zip
    directory, which the guard has checked against the data); `kind` names the format in the
    message ("Word .docx", "OpenDocument .odt")."""
    article = "an" if kind[0] in "AEIOU" else "a"
    if not zipfile.is_zipfile(path):
        raise FileFormatError(f"not {article} {kind} file (it is not a zip package)", file=path)
    sizes = {member.filename: member.file_size for member in check_archive(path, kind)}
    if main_part not in sizes:
        raise FileFormatError(f"not {article} {kind} file (no {main_part} inside)", file=path)
    if sizes[main_part] > MAX_MAIN_PART_BYTES:
        raise FileFormatError(f"{main_part} unpacks to {sizes[main_part] / 2**20:.0f} MB, more than "
                              f"the {MAX_MAIN_PART_BYTES // 2**20} MB the importer reads; a programme "
                              "is much smaller, is this the right file?", file=path)
