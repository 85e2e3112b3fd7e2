"""Swedish hyphenation (pyphen's sv_SE dictionary), loaded once per process."""
from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache

from designer import paths
from designer.errors import DesignerError
from designer.io.atomic import atomic_write_bytes

LANGUAGE = "sv_SE"
MIN_WORD = 6  # shorter words are never hyphenated


@lru_cache(maxsize=1)
def _dictionary():
    """pyphen's Swedish dictionary; its parsed patterns are kept in the user cache folder.

    Parsing the pattern file takes about ten times longer than reading the cached copy, and a
    cold `designer export` pays it on every run otherwise.
    """
    import pyphen

    source = pyphen.LANGUAGES[pyphen.language_fallback(LANGUAGE)]
    content = hashlib.sha256(source.read_bytes()).hexdigest()[:32]    # keyed by pyphen's version and
    version = getattr(pyphen, "__version__", "0")                        # the pattern file's content
    cached = paths.user_cache_dir() / "hyphenation" / f"sv-{version}-{content}.pickle"
    if source not in pyphen.hdcache:
        try:
            pyphen.hdcache[source] = pickle.loads(cached.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pyphen.hdcache[source] = pyphen.HyphDict(source)
            _store(cached, pickle.dumps(pyphen.hdcache[source], protocol=pickle.HIGHEST_PROTOCOL))
    return pyphen.Pyphen(lang=LANGUAGE, left=2, right=3)


def _store(path, data: bytes) -> None:
    """Best-effort cache write: a read-only or full disk only costs speed."""
    try:
        atomic_write_bytes(path, data)
    except DesignerError:
        pass


@lru_cache(maxsize=50_000)
def split_points(word: str) -> tuple[tuple[str, str], ...]:
    """Ways to break `word`, longest first part first: (("förutsätt", "ningar"), ...).

    The first part carries no hyphen; the caller adds one (or none after an existing hyphen).
    Words with an existing hyphen may also break right after it.
    """
    if len(word) < MIN_WORD or not any(c.isalpha() for c in word):
        return ()
    options = {(left, right) for left, right in _dictionary().iterate(word) if left and right}
    for index, char in enumerate(word[:-1]):
        if char == "-" and index > 0:
            options.add((word[:index + 1], word[index + 1:]))
    return tuple(sorted(options, key=lambda pair: -len(pair[0])))
