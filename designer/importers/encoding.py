"""Bytes of a text file -> str: BOMs, UTF-8, UTF-16 without BOM, else Windows-1252."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from designer.errors import FileFormatError

_BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")  # controls other than \t \n \v \f \r
MAX_JUNK_SHARE = 0.05


def guess_encoding(data: bytes) -> tuple[str, int]:
    """(codec name, number of BOM bytes to skip) for the bytes of a text file."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    try:
        data.decode("utf-8")
        return "utf-8", 0
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        # Mostly-ASCII UTF-16 has a zero in every other byte; which half says the byte order.
        odd_zeros, even_zeros = sample[1::2].count(0), sample[0::2].count(0)
        return ("utf-16-le" if odd_zeros >= even_zeros else "utf-16-be"), 0
    return "cp1252", 0


def decode_text(data: bytes, path: str | Path) -> str:
    """Decode a text file's bytes; FileFormatError if it is clearly not text (binary junk)."""
    name, skip = guess_encoding(data)
    text = data[skip:].decode(name, errors="replace")
    if text:
        junk = len(_JUNK.findall(text))
        if junk > MAX_JUNK_SHARE * len(text):
            raise FileFormatError("does not look like a text file (binary data or an unknown "
                                  "encoding); save it as plain text, Word, PDF or Markdown", file=path)
    return text
