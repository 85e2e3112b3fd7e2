"""The /ActualText of a line with right-to-left text, so that PDF text extractors give it back in
logical order.

In: a line's source text in logical order and the page's main direction. Out: the string to write
as the line's /ActualText. Extractors treat an /ActualText as characters drawn left to right over
the marked span, then reorder each line themselves. poppler (pdftotext, Evince, Okular) does it
simply: on a page with more right-to-left than left-to-right letters, it reads each line from its
right end in alternating sections, a maximal run of characters that are neither left-to-right nor
digits written right to left, then a maximal run of characters that are not right-to-left written
left to right; neutrals (spaces, punctuation) join whichever section is being read (on a
left-to-right page the mirror image). So the string is the line cut into those sections, in the
order poppler will read them back. Where a neutral sits between a left-to-right section and a
right-to-left one on the side poppler would give to the wrong section (e.g. the space in
"Center للعلوم" on a right-to-left page), an invisible mark of the right direction (U+200E LRM or
U+200F RLM) keeps it in place.
"""
from __future__ import annotations

import unicodedata

LRM, RLM = "\u200e", "\u200f"
_RIGHT = {"R", "AL"}
# poppler reads digits and the characters around numbers (, . : / + - % $ # and their Arabic
# forms, no-break space) as left-to-right
_LEFT = {"L", "EN", "AN", "ES", "ET", "CS"}


def direction(char: str) -> str:
    """"R" for right-to-left letters, "L" for what poppler reads as left to right, "N" otherwise."""
    kind = unicodedata.bidirectional(char)
    return "R" if kind in _RIGHT else "L" if kind in _LEFT else "N"


def page_is_rtl(texts) -> bool:
    """True when the texts have more right-to-left than left-to-right letters (poppler's rule)."""
    counts = {"R": 0, "L": 0, "N": 0}
    for text in texts:
        for char in text:
            counts[direction(char)] += 1
    return counts["R"] > counts["L"]


def actual_text(line: str, page_rtl: bool) -> str:
    """The /ActualText for `line` (logical order) that poppler reads back as `line` (plus marks)."""
    first, other = ("R", "L") if page_rtl else ("L", "R")
    sections: list[list[str]] = [[]]          # alternately `first`-kind and `other`-kind sections
    for char in line + "\n":                    # "\n" (neutral) closes the last section
        kind = direction(char)
        current = first if len(sections) % 2 else other
        if kind == "N" and char != "\n" or kind == current:
            sections[-1].append(char)
            continue
        if current == other and direction(sections[-1][-1]) == "N":
            sections[-1].append(LRM if other == "L" else RLM)   # keeps its neutrals on its side
        sections.append([char])
    sections[-1].pop()                           # the closing "\n" itself
    texts = ["".join(chars) for chars in sections]
    visual = [text[::-1] if (index % 2 == 0) == page_rtl else text for index, text in enumerate(texts)]
    return "".join(reversed(visual)) if page_rtl else "".join(visual)

