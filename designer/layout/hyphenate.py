"""Swedish hyphenation (pyphen's sv_SE dictionary), loaded once per process."""
from __future__ import annotations

import hashlib
import logging
import pickle
from functools import lru_cache

from designer import paths
from designer.errors import DesignerError
from designer.io.atomic import atomic_write_bytes

LANGUAGE = "sv_SE"
MIN_WORD = 6  # shorter words are never hyphenated
MAX_WORD = 100  # longer "words" (URLs, pasted junk) are never hyphenated: pyphen's cost grows
                # much faster than the word (10 000 characters took over 20 GB); the line breaker
                # cuts them at any character instead
log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _dictionary():
    """pyphen's Swedish dictionary; its parsed patterns are kept in the user cache folder.

    Parsing the pattern file takes about ten times longer than reading the cached copy, and a
    cold `designer export` pays it on every run otherwise.
    """
    import pyphen

    from designer.adapters import pyphen_cache

    source = pyphen_cache.pattern_file(LANGUAGE)
    content = hashlib.sha256(source.read_bytes()).hexdigest()[:32]    # keyed by pyphen's version and
    version = getattr(pyphen, "__version__", "0")                        # the pattern file's content
    cached = paths.user_cache_dir() / "hyphenation" / f"sv-{version}-{content}.pickle"
    if not pyphen_cache.is_loaded(source):
        try:
            pyphen_cache.install(source, pickle.loads(cached.read_bytes()))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pyphen_cache.install(source, pyphen_cache.parse(source))
            _store(cached, pickle.dumps(pyphen_cache.loaded(source), protocol=pickle.HIGHEST_PROTOCOL))
    return pyphen.Pyphen(lang=LANGUAGE, left=2, right=3)


def _store(path, data: bytes) -> None:
    """Best-effort cache write: a read-only or full disk only costs speed."""
    try:
        atomic_write_bytes(path, data)
    except DesignerError as exc:
        log.debug("hyphenation cache not written: %s", exc)


@lru_cache(maxsize=10_000)
def split_points(word: str) -> tuple[tuple[str, str], ...]:
    """Ways to break `word`, longest first part first: (("förutsätt", "ningar"), ...).

    The first part carries no hyphen; the caller adds one (or none after an existing hyphen).
    Words with an existing hyphen may also break right after it. Words shorter than MIN_WORD or
    longer than MAX_WORD characters get no break points.
    """
    if not MIN_WORD <= len(word) <= MAX_WORD or not any(c.isalpha() for c in word):
        return ()
    options = {(left, right) for left, right in _dictionary().iterate(word) if left and right}
    for index, char in enumerate(word[:-1]):
        if char == "-" and index > 0:
            options.add((word[:index + 1], word[index + 1:]))
    return tuple(sorted(options, key=lambda pair: -len(pair[0])))
