"""Bytes of a text file or web page -> str: BOMs, a web page's own declared charset, UTF-8 (a few
stray bytes that are not UTF-8 read as Windows-1252), UTF-16 without BOM, else Windows-1252."""
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
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
STRAY_AS_CP1252 = "designer-stray-cp1252"  # codecs error handler name
# Windows-1252 for each byte; the five bytes it leaves undefined become C1 controls, which
# chars.normalise_chars removes.
_CP1252 = tuple(bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in range(256))


def _stray_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """codecs error handler: the bytes of `error` that are not UTF-8, each read as Windows-1252."""
    return "".join(_CP1252[byte] for byte in error.object[error.start:error.end]), error.end


codecs.register_error(STRAY_AS_CP1252, _stray_as_cp1252)


def stray_bytes(data: bytes) -> int | None:
    """How many non-ASCII bytes of `data` are not part of a UTF-8 sequence (0 for UTF-8 text),
    or None when they outnumber the UTF-8 sequences: the file is not UTF-8 (a Windows-1252 å, ä,
    ö almost never forms such a sequence)."""
    sequences = _UTF8_SEQUENCE.findall(data)
    high_bytes = len(data) - len(data.translate(None, _HIGH_BYTES))
    stray = high_bytes - sum(map(len, sequences))
    return stray if stray <= len(sequences) else None


def guess_encoding(data: bytes, declared: str | None = None) -> tuple[str, int]:
    """(codec name, number of BOM bytes to skip) for the bytes of a text file; `declared` is a
    web page's own charset (a Python codec name), honoured unless it says UTF-8/16/32.
    "utf-8" may hold a few stray bytes: decode it with errors=STRAY_AS_CP1252."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    if declared and not declared.startswith("utf"):
        return declared, 0
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
    return ("utf-8" if stray_bytes(data) is not None else "cp1252"), 0


def decode_text(data: bytes, path: str | Path, declared: str | None = None,
                kind: str = "a text file") -> tuple[str, str]:
    """Decode a text file's (or, with `kind` "a web page", a page's) bytes -> (text, a note for
    the report about stray bytes read as Windows-1252, or ""); FileFormatError if it is clearly
    not text (binary junk)."""
    name, skip = guess_encoding(data, declared)
    text = data[skip:].decode(name, errors=STRAY_AS_CP1252 if name == "utf-8" else "replace")
    if len(_JUNK.findall(text)) > MAX_JUNK_SHARE * len(text):
        raise FileFormatError(f"does not look like {kind} (binary data or an unknown encoding); "
                              "save it as plain text, Word, PDF or Markdown", file=path)
    return text, _stray_note(data[skip:]) if name == "utf-8" else ""


def _stray_note(data: bytes) -> str:
    """'' for valid UTF-8, else where the first byte that is not UTF-8 is and how many there are."""
    try:
        data.decode("utf-8")
        return ""
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
    count = stray_bytes(data) or 1  # the pattern is looser than the decoder on rare overlong forms
    return (f"{count} byte{'s' if count != 1 else ''} that {'are' if count != 1 else 'is'} not UTF-8 "
            f"read as Windows-1252 (the first on line {line} of the file); check the characters there")
