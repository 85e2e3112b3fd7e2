"""Embedded font programs: TrueType subsets made by HarfBuzz's subsetter, Flate-compressed once.

In: a font file and the glyph ids a PDF draws. Out: a `FontProgram` (compressed bytes for a
/FontFile2 stream, its uncompressed length, the glyph ids it keeps). Glyph ids are kept as they
are (RETAIN_GIDS), so the PDF's CIDs stay the engine's glyph ids; layout tables are dropped (the
PDF draws shaped glyphs, nothing is shaped again).

Editions: a merge knows every character it will set before it starts (`run_characters`). Inside
`shared_glyphs(characters)`, a font gets one subset over the glyph closure of all those
characters (cmap plus every glyph GSUB can reach from them), so every edition embeds the same,
already compressed program and only documents that need a glyph outside it (which closure makes
rare) get a subset of their own. With the shared subset a font also declares (`shared_texts`) the
character of every glyph that exactly one run character maps to, so its widths and ToUnicode map
are the same in every edition too. Same inputs give the same bytes.
"""
from __future__ import annotations

import hashlib
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

import uharfbuzz as hb

DROPPED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "DSIG", "kern", "morx", "kerx",
                  "STAT", "HVAR", "MVAR", "fvar", "gvar", "avar", "cvar")
# characters the engine can add to any text: hyphen, dotted circle (HarfBuzz, broken clusters),
# the bullet, spaces
ENGINE_CHARACTERS = "-\u2010\u25cc\u2022 \u00a0"
MAX_SHARED_CHARACTERS = 2000    # beyond this a shared subset would weigh down every edition


@dataclass(frozen=True)
class FontProgram:
    compressed: bytes         # Flate-compressed TrueType program
    length: int               # uncompressed length (/Length1)
    glyph_ids: tuple[int, ...]

    @cached_property
    def tag(self) -> str:
        """Six capital letters naming the subset (ISO 32000-1, 9.6.4: different subsets in one
        PDF have different tags), a hash of the program itself."""
        digest = hashlib.sha256(self.compressed).digest()
        return "".join(chr(65 + b % 26) for b in digest[:6])


@lru_cache(maxsize=16)
def _face(path: str) -> hb.Face:
    return hb.Face(hb.Blob.from_file_path(path))


def _tag(name: str) -> int:
    return int.from_bytes(name.ljust(4).encode("ascii"), "big")


@lru_cache(maxsize=64)
def font_program(path: str, glyph_ids: tuple[int, ...]) -> FontProgram:
    """The font at `path` with only `glyph_ids` (sorted, with 0) drawn; other ids kept but empty."""
    subset_input = hb.SubsetInput()
    subset_input.glyph_set.update(glyph_ids)
    subset_input.flags = (hb.SubsetFlags.RETAIN_GIDS | hb.SubsetFlags.NO_HINTING
                          | hb.SubsetFlags.NOTDEF_OUTLINE | hb.SubsetFlags.NO_LAYOUT_CLOSURE)
    for table in DROPPED_TABLES:
        subset_input.drop_table_tag_set.add(_tag(table))
    subset = hb.subset(_face(path), subset_input)
    if subset is None:
        raise ValueError(f"HarfBuzz could not subset {path}")
    data = subset.blob.data
    return FontProgram(zlib.compress(data, 6), len(data), glyph_ids)


@lru_cache(maxsize=64)
def closure(path: str, characters: frozenset[str]) -> frozenset[int]:
    """Every glyph of the font that shaping `characters` can produce: their cmap glyphs and what
    the font's substitutions (ligatures, contextual and positional forms) reach from them."""
    subset_input = hb.SubsetInput()
    subset_input.unicode_set.update(ord(c) for c in characters)
    subset_input.flags = hb.SubsetFlags.RETAIN_GIDS
    mapping = hb.SubsetPlan(_face(path), subset_input).old_to_new_glyph_mapping
    return frozenset(mapping.keys()) | {0}


_SHARED: list[frozenset[str]] = []


@contextmanager
def shared_glyphs(characters: frozenset[str] | None) -> Iterator[None]:
    """Inside: fonts are embedded as one subset over the closure of `characters` (None: off)."""
    if characters is None:
        yield
        return
    _SHARED.append(characters)
    try:
        yield
    finally:
        _SHARED.pop()


def embedding(path: str, used: Iterable[int]) -> tuple[FontProgram, dict[int, str]]:
    """(program to embed, glyph id -> text the run's shared subset declares beyond the document's
    own glyphs ({} for a subset of the document's own)) for a document drawing glyphs `used`."""
    used = set(used) | {0}
    if _SHARED:
        shared = closure(path, _SHARED[-1])
        if used <= shared:
            return font_program(path, tuple(sorted(shared))), shared_texts(path, _SHARED[-1])
    return font_program(path, tuple(sorted(used))), {}


@lru_cache(maxsize=64)
def shared_texts(path: str, characters: frozenset[str]) -> dict[int, str]:
    """Glyph id -> character for the `characters` the font maps to a glyph no other of them maps
    to (a glyph two characters share, like space and no-break space, is left to the text drawn).
    Read-only: shared by every edition of a run."""
    font = hb.Font(_face(path))
    by_glyph: dict[int, list[str]] = {}
    for character in sorted(characters):
        glyph = font.get_nominal_glyph(ord(character))
        if glyph:
            by_glyph.setdefault(glyph, []).append(character)
    return {glyph: found[0] for glyph, found in by_glyph.items() if len(found) == 1}


def run_characters(texts: Iterable[str]) -> frozenset[str] | None:
    """The characters a run sets: those of `texts` (layout, defaults, every data cell) and the
    ones the engine adds, in upper and lower case (text styles may change case); None when they
    are too many to share (a data file with whole alphabets: each edition then has its own)."""
    found: set[str] = set(ENGINE_CHARACTERS)
    for text in texts:
        found.update(text)
        if len(found) > MAX_SHARED_CHARACTERS:
            return None
    found |= {c.upper() for c in found if len(c.upper()) == 1} | {c.lower() for c in found if len(c.lower()) == 1}
    return frozenset(found)
