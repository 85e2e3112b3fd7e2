"""Candidate names: find the "A B, C D och E F." line and undo all-caps/small-caps artefacts."""
from __future__ import annotations

import re

_SEPARATORS = re.compile(r",\s*|\s+(?:och|and|&)\s+")
_NOT_NAMES = frozenset("för och i på med till av en ett vi det den att som om från the of for"
                       .split())


def fix_name_case(name: str) -> str:
    """'KARIN örjes' -> 'Karin Örjes'; words already in mixed case ('McLean') are kept."""
    words = []
    for word in name.split():
        parts = word.split("-")
        words.append("-".join(p.capitalize() if p.isupper() or p.islower() else p for p in parts))
    return " ".join(words)


def looks_like_name(text: str) -> bool:
    """Two or three alphabetic words (hyphens allowed) after case fixing, each capitalised."""
    words = fix_name_case(text).split()
    if any(w.casefold() in _NOT_NAMES for w in words):
        return False
    return 2 <= len(words) <= 3 and all(
        all(p[:1].isupper() and p.isalpha() for p in w.split("-")) for w in words)


def parse_names(text: str) -> list[str]:
    """'Sören Hellberg, Karin Örjes och Oscar Sjökvist.' -> the three names; [] if the text is
    not such a list of at least two names."""
    body = text.strip().rstrip(".")
    if len(body) > 300 or not re.search(r"\s(?:och|and|&)\s|,", body):
        return []
    names = [part.strip() for part in _SEPARATORS.split(body)]
    if len(names) < 2 or not all(looks_like_name(n) for n in names):
        return []
    return [fix_name_case(n) for n in names]
