"""Output file names that are safe on Windows, macOS and Linux, and unique within one run."""
from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 180      # well under the 255-byte limit, leaving room for "-12.pdf" and temp suffixes
FALLBACK = "utgava"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def safe_name(text: str, suffix: str = ".pdf") -> str:
    """`text` as a file name ending in `suffix`: no path separators, control or reserved characters,
    no Windows device names, no leading/trailing dots or spaces; å ä ö and other letters are kept (NFC).
    """
    if text.lower().endswith(suffix):
        text = text[: -len(suffix)]
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" ._-")
    text = _clip(text, MAX_NAME_BYTES)
    if not text:
        text = FALLBACK
    if text.split(".")[0].upper().rstrip() in _RESERVED:
        text = "_" + text
    return text + suffix


def _clip(text: str, max_bytes: int) -> str:
    """The longest prefix of `text` that fits in `max_bytes` of UTF-8, without a cut character."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", errors="ignore").rstrip(" ._-")


class NameAllocator:
    """Hands out unique names in call order: 'a.pdf', 'a-2.pdf', … (case-insensitive, like Windows)."""

    def __init__(self):
        self._taken: set[str] = set()

    def take(self, name: str) -> str:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        candidate, number = name, 1
        while candidate.casefold() in self._taken:
            number += 1
            candidate = f"{stem}-{number}{dot}{suffix}"
        self._taken.add(candidate.casefold())
        return candidate
