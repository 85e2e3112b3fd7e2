"""Reflow the lines of one paragraph: join words broken at line ends, keep real hyphens."""
from __future__ import annotations

import functools
import re

from designer.importers.chars import SOFT_HYPHEN

# After a line-end hyphen these keep it with a space: "gång- och cykelvägar".
_SUSPENDED_NEXT = frozenset({"och", "eller", "samt", "resp", "respektive", "till", "and", "or"})
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _swedish():
    import pyphen

    return pyphen.Pyphen(lang="sv_SE")


def dictionary_allows_break(head: str, tail: str) -> bool:
    """True when pyphen's Swedish patterns allow a break between `head` and `tail`."""
    word = (head + tail).lower()
    return len(head) in _swedish().positions(word)


def join_lines(lines: list[str]) -> tuple[str, list[str]]:
    """Lines of one paragraph (already trimmed) -> one line of text, plus the words joined at a
    line-end hyphen that the Swedish dictionary did not confirm (for the import report)."""
    parts: list[str] = []
    doubtful: list[str] = []
    for line in lines:
        if not line:
            continue
        if parts and parts[-1].endswith(SOFT_HYPHEN):
            parts[-1] = parts[-1].rstrip(SOFT_HYPHEN)  # "Trygg\u00ad⏎het": a sure word break
        elif parts:
            glue, doubt = _glue(parts[-1], line)
            if glue == "":
                parts[-1] = parts[-1][:-1]  # drop the line-break hyphen
            elif glue == "-":
                glue = ""
            parts.append(glue)
            if doubt:
                doubtful.append(doubt)
        parts.append(line)
    return "".join(parts).rstrip(SOFT_HYPHEN), doubtful


def _glue(before: str, after: str) -> tuple[str, str | None]:
    """How two lines meet: '' joins a broken word (dropping the hyphen), '-' keeps the hyphen
    inside the word, ' ' is an ordinary line break. Also returns a join to report as doubtful."""
    if not before.endswith("-") or len(before) < 2 or not before[-2].isalnum():
        return " ", None
    head = re.split(r"[\s/\-–(\"“']", before[:-1])[-1]
    first = after.split(" ", 1)[0]
    if not after[0].isalnum() or first.lower().rstrip(",.") in _SUSPENDED_NEXT:
        return " ", None  # suspended hyphen: "gång- och", "kultur- & fritid", "vård- (och …)"
    tail = _FIRST_WORD.match(first)
    if not tail or not first[0].islower() or _is_abbreviation(head):
        return "-", None  # "Per-⏎Erik", "UF-⏎företag", "e-⏎post", "2000-⏎talet"
    return "", None if dictionary_allows_break(head, tail.group(0)) else head + tail.group(0)


def _is_abbreviation(head: str) -> bool:
    """'UF', 'EU', 'e', '2047': a hyphen after these is written, not a line break."""
    return len(head) <= 1 or any(ch.isdigit() for ch in head) or head.isupper()
