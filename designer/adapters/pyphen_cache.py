"""pyphen's dictionary cache (pyphen 0.14 to 0.18), so a parsed dictionary can come from disk.

pyphen keeps each parsed dictionary in the module-level dict `pyphen.hdcache`, keyed by its
pattern file, and `pyphen.Pyphen(lang=...)` uses an entry found there instead of parsing the
file again. Contract: tests/test_adapters.py.
"""
from __future__ import annotations

from pathlib import Path

import pyphen


def pattern_file(language: str) -> Path:
    """The pattern file pyphen uses for `language` ("sv_SE"), as pyphen's own cache key."""
    return pyphen.LANGUAGES[pyphen.language_fallback(language)]


def is_loaded(path: Path) -> bool:
    return path in pyphen.hdcache


def parse(path: Path):
    """The parsed dictionary of a pattern file (slow: about ten times a pickle load)."""
    return pyphen.HyphDict(path)


def install(path: Path, dictionary) -> None:
    """Make `Pyphen(lang=...)` use `dictionary` for the pattern file `path`."""
    pyphen.hdcache[path] = dictionary


def loaded(path: Path):
    return pyphen.hdcache[path]

