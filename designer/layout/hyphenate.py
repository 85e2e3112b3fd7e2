"""Swedish hyphenation (pyphen's sv_SE dictionary), loaded once per process."""
from __future__ import annotations

from functools import lru_cache

MIN_WORD = 6  # shorter words are never hyphenated


@lru_cache(maxsize=1)
def _dictionary():
    import pyphen

    return pyphen.Pyphen(lang="sv_SE", left=2, right=3)


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
