"""Text copied out of a printed brochure (or a PDF) -> manifesto.

Heuristics, in order (docs/manifesto-format.md explains them for volunteers):
1. Blank lines separate blocks; two or more blank lines (or a form feed) separate pages.
2. A line starting with a bullet (•, –, -, *, 1.) starts a list item; the lines after it in the
   same block continue it. Dashes, stars and numbers only count at a block start, after a line
   ending in ':' or after another item, so a wrapped '– i stället …' stays body text. After
   "Vi vill:" a list may be marked by tabs alone: an indented line starting with a capital
   starts an item, other indented lines continue it.
3. A heading is 1–3 short lines (well under the usual line length) without final punctuation,
   starting with a capital; it may open a block of body text ("En skola där varje elev ⏎ når sin
   fulla potential ⏎ I Centerpartiets …"). Not in a PDF whose type marks the headings.
4. A heading followed on its page by no body text either names the untitled section before it
   when that section ends in its list (the brochure prints those headings after their text), or
   is a pull quote. One short sentence on its own line is a pull quote too.
5. A first page with no body text is the title page: the first heading is the title, the rest
   slogans. Upper-case poster lines repeating the title or a slogan are dropped; those that look
   like a name are candidates; those followed by body text on their page are headings; other
   poster lines are slogans.
"""
from __future__ import annotations

from dataclasses import dataclass

from designer.importers.blocks import Block, Line, split_blocks
from designer.importers.builder import ImportResult, ManifestoBuilder
from designer.importers.hyphenation import join_lines
from designer.importers.markers import BULLET, marker, strip_marker
from designer.importers.people import fix_name_case, looks_like_name, parse_names

_FINAL_PUNCTUATION = ".!?:;,…"
MAX_HEADING_LINES = 3
MAX_LIST_INTRO = 40
MIN_TYPED_HEADINGS = 2   # headings marked by type that make a document's type the judge


@dataclass(frozen=True)
class Part:
    """One thing found in a block: kind is heading, paragraph, item, short, poster or people."""

    kind: str
    text: str
    span: tuple[int, int]
    page: int
    lines: tuple[str, ...] = ()
    tabbed: bool = False  # a list item marked only by its indent
    caps: bool = False    # a heading set in capitals on its own line(s)
    sure: bool = False    # the type (size, weight) said what it is


def import_brochure(text: str) -> ImportResult:
    """Run the whole brochure pipeline on decoded text."""
    return import_blocks(split_blocks(text))


def import_pdf(path) -> ImportResult:
    """A PDF through its layout analysis (designer.importers.pdf), then the brochure rules."""
    from designer.importers.pdf import read_pdf

    pdf = read_pdf(path)
    result = import_blocks(pdf.blocks, pdf.notes)
    result.places = pdf.places
    return result


def import_blocks(blocks: list[Block], notes=()) -> ImportResult:
    """Blocks of lines (from text or a PDF's layout) -> manifesto; `notes` are guesses made
    before, kept in the report."""
    limit = _short_line_limit(blocks)
    typed = _headings_typed(blocks)
    builder = ManifestoBuilder()
    builder.notes.extend(notes)
    parts: list[Part] = []
    for block in blocks:
        tab_list_open = bool(parts) and (parts[-1].tabbed or (
            parts[-1].kind == "paragraph" and parts[-1].text.endswith(":")))
        parts.extend(_parts(block, limit, builder, tab_list_open, typed))
    first_body_page = next((p.page for p in parts if p.kind in ("paragraph", "item")), None)
    title_page = [p for p in parts if p.page == 0 and first_body_page != 0]
    for part in title_page:
        _title_page_part(part, builder)
    rest = parts[len(title_page):]
    if not title_page and _opens_with_title(rest):
        builder.set_title(rest[0].text)
        builder.note(rest[0].span[0], f"first heading taken as the title: '{rest[0].text}'")
        rest = rest[1:]
    for part, body_follows in zip(rest, _body_follows(rest)):
        _body_part(part, body_follows, builder)
    return builder.build()


# -- block analysis ---------------------------------------------------------------------------
def _short_line_limit(blocks: list[Block]) -> int:
    """Lines at most this long can be heading lines: 65 % of the usual full line length."""
    lengths = sorted(len(line.text) for block in blocks for line in block.lines)
    if not lengths:
        return 0
    measure = lengths[(len(lengths) * 9) // 10]
    return max(30, min(80, int(measure * 0.65)))


def _headings_typed(blocks: list[Block]) -> bool:
    """Does the type (a PDF's size or weight) mark the headings: at least MIN_TYPED_HEADINGS
    blocks hinted as headings?"""
    return sum(1 for block in blocks if block.lines[0].hint == "heading") >= MIN_TYPED_HEADINGS


def _parts(block: Block, limit: int, builder: ManifestoBuilder, tab_list_open: bool,
           typed: bool) -> list[Part]:
    """Analyse one block; `tab_list_open`: the block before ended in a tab-marked list (or its
    "Vi vill:"), so an indented line starting with a capital starts another item; `typed`:
    the type marks the headings, so body-sized lines in ordinary case are never taken as one."""
    lines = block.lines
    if lines[0].hint:
        return [_hinted_part(block, builder)]
    if _is_poster(lines, limit):
        return [Part("poster", " ".join(l.text for l in lines), block.span, block.page,
                     tuple(l.text for l in lines))]
    parts: list[Part] = []
    heading_size = 0 if typed or tab_list_open and lines[0].indented \
        else _leading_heading_size(lines, limit)
    if not heading_size:
        heading_size = _leading_caps_heading_size(lines, limit)
        if heading_size:
            heading = _join_part("poster", lines[:heading_size], block.page, builder)
            builder.note(heading.span[0], f"heading guessed from capitals: '{heading.text}'")
            parts.append(Part("heading", heading.text, heading.span, heading.page, caps=True))
            lines = lines[heading_size:]
    else:
        parts.append(_join_part("heading", lines[:heading_size], block.page, builder))
        lines = lines[heading_size:]
    for kind, group, tabbed in _group_items(lines, tab_list_open):
        parts.append(_join_part(kind, group, block.page, builder, tabbed))
    if len(parts) == 1 and parts[0].kind == "paragraph" and len(lines) == 1:
        only = parts[0]
        if parse_names(only.text):
            return [Part("people", only.text, only.span, only.page)]
        if len(only.text) <= limit and only.text[-1] in ".!?":
            return [Part("short", only.text, only.span, only.page)]
    return parts


def _hinted_part(block: Block, builder: ManifestoBuilder) -> Part:
    """A block whose type size or weight already says what it is (PDF layout)."""
    hint = block.lines[0].hint
    part = _join_part(hint, block.lines, block.page, builder)
    if hint == "heading" and len(part.text) > 40 and part.text[-1] in ".!?”\"":
        builder.note(part.span[0], f"large type ending a sentence taken as a pull quote: "
                                   f"'{part.text}'")
        return Part("quote", part.text, part.span, part.page, part.lines, sure=True)
    return Part(part.kind, part.text, part.span, part.page, part.lines, sure=True)


def _join_part(kind: str, lines: list[Line], page: int, builder: ManifestoBuilder,
               tabbed: bool = False) -> Part:
    texts = [l.text for l in lines]
    if kind == "item":
        texts[0] = strip_marker(texts[0])
    text, doubtful = join_lines(texts)
    span = (lines[0].number, lines[-1].number)
    for word in doubtful:
        builder.note(span[0], f"joined '{word}' at a line-end hyphen (not in the dictionary)")
    if kind == "item" and any(not line.indented and previous.text[-1] in ".!?"
                              for previous, line in zip(lines, lines[1:])):
        builder.note(span[0], f"list item may run on into body text: '{text[:60]}'")
    return Part(kind, text, span, page, tuple(texts), tabbed)


def _is_heading_line(text: str, limit: int) -> bool:
    return (len(text) <= limit and text[-1] not in _FINAL_PUNCTUATION + "-\u00ad"
            and marker(text, strong_only=False) is None)


def _leading_heading_size(lines: list[Line], limit: int) -> int:
    """How many of the block's first lines form a heading (0 if none)."""
    if not lines[0].text[0].isupper() or _is_caps_line(lines[0].text):
        return 0
    for size in range(1, min(MAX_HEADING_LINES, len(lines)) + 1):
        if not _is_heading_line(lines[size - 1].text, limit):
            return 0
        if size == len(lines):
            return size
        following = lines[size].text
        if (following[0].isupper() or marker(following, strong_only=True)) \
                and not _is_heading_line(following, limit):
            return size
    return 0


def _leading_caps_heading_size(lines: list[Line], limit: int) -> int:
    """'TRYGGHET I VARDAGEN' on its own line(s) above body text in the same block: how many
    upper-case lines open the block (0 unless body text in ordinary case follows)."""
    size = 0
    while size < min(MAX_HEADING_LINES, len(lines)) and _is_caps_line(lines[size].text) \
            and _is_heading_line(lines[size].text, limit) and not BULLET.match(lines[size].text):
        size += 1
    return size if 0 < size < len(lines) else 0


def _group_items(lines: list[Line], tab_list_open: bool) -> list[tuple[str, list[Line], bool]]:
    """Split a block into a paragraph (lines before the first item) and list items, each as
    (kind, lines, marked only by a tab)."""
    groups: list[tuple[str, list[Line], bool]] = []
    for index, line in enumerate(lines):
        after_item = bool(groups) and groups[-1][0] == "item"
        after_colon = index > 0 and lines[index - 1].text.endswith(":")
        weak_ok = index == 0 or after_item or after_colon
        tab_ok = ((index == 0 and tab_list_open) or after_colon or (after_item and groups[-1][2])) \
            and line.indented and line.text[0].isupper()
        if marker(line.text, strong_only=not weak_ok):
            _split_off_list_intro(groups)
            groups.append(("item", [line], False))
        elif tab_ok:
            _split_off_list_intro(groups)
            groups.append(("item", [line], True))
        elif groups:
            groups[-1][1].append(line)
        else:
            groups.append(("paragraph", [line], False))
    return groups


def _split_off_list_intro(groups: list[tuple[str, list[Line], bool]]) -> None:
    """A short 'Vi vill:' line ending a paragraph right before a list becomes its own
    paragraph (the list intro) when the line above it ends a sentence."""
    if not groups or groups[-1][0] != "paragraph" or len(groups[-1][1]) < 2:
        return
    *body, last = groups[-1][1]
    if last.text.endswith(":") and len(last.text) <= MAX_LIST_INTRO and body[-1].text[-1] in ".!?":
        groups[-1] = ("paragraph", body, False)
        groups.append(("paragraph", [last], False))


def _is_caps_line(text: str) -> bool:
    """'NYTT LEDARSKAP', 'KARIN örjes': the first word is upper case (two letters or more)."""
    first = text.split(" ", 1)[0]
    letters = [c for c in first if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_poster(lines: list[Line], limit: int) -> bool:
    return all(_is_caps_line(l.text) and len(l.text) <= limit and l.text[-1] not in ".,;:"
               and not BULLET.match(l.text) for l in lines)


# -- assembly --------------------------------------------------------------------------------
def _title_page_part(part: Part, builder: ManifestoBuilder) -> None:
    if part.kind == "quote":
        builder.add_slogan(part.text)
    elif part.kind == "title":
        builder.set_title(part.text)
    elif part.kind == "people":
        builder.add_names(part.text)
    elif part.kind == "poster":
        _poster(part, builder, body_follows=False)
    elif not builder.title and part.kind == "heading":
        builder.set_title(part.text)
    else:
        builder.add_slogan(part.text)


def _opens_with_title(parts: list[Part]) -> bool:
    """Without a title page: a first heading in ordinary case, above the introduction, is the
    title when the section headings after it are set in capitals."""
    return (len(parts) > 2 and parts[0].kind == "heading" and not parts[0].caps
            and parts[1].kind == "paragraph" and any(p.caps for p in parts[2:])
            and all(p.caps for p in parts[1:] if p.kind == "heading"))


def _body_part(part: Part, body_follows: bool, builder: ManifestoBuilder) -> None:
    if part.kind == "title":
        if builder.title:
            builder.heading(part.text, part.span)
        else:
            builder.set_title(part.text)
    elif part.kind == "quote":
        if builder.has_body:
            builder.quote(part.text, part.span)
        else:
            builder.add_slogan(part.text)
    elif part.kind == "heading":
        if body_follows or part.sure:
            builder.heading(part.text, part.span)
        elif builder.last_section_awaits_heading():
            builder.heading(part.text, part.span, trailing=True)
            builder.note(part.span[0], f"heading printed after its section: '{part.text}'")
        else:
            builder.quote(part.text, part.span)
            builder.note(part.span[0], f"taken as a pull quote, not a heading: '{part.text}'")
    elif part.kind == "short":
        if builder.has_body:
            builder.quote(part.text, part.span)
            builder.note(part.span[0], f"taken as a pull quote: '{part.text}'")
        else:
            builder.add_slogan(part.text)
    elif part.kind == "poster":
        _poster(part, builder, body_follows)
    elif part.kind == "people":
        builder.add_names(part.text)
    elif part.kind == "item":
        builder.item(part.text, part.span)
    else:
        builder.paragraph(part.text, part.span)


def _body_follows(parts: list[Part]) -> list[bool]:
    """For each part: does body text (a paragraph or item) follow on its page before the next
    heading? One backward pass, so long documents stay linear."""
    follows = [False] * len(parts)
    for i in range(len(parts) - 2, -1, -1):
        after = parts[i + 1]
        if after.page == parts[i].page and after.kind != "heading":
            follows[i] = after.kind in ("paragraph", "item") or follows[i + 1]
    return follows


def _poster(part: Part, builder: ManifestoBuilder, body_follows: bool) -> None:
    """Upper-case lines: a repeat of the title or a slogan (dropped), candidate names, a heading
    in capitals when body text follows on its page, else a slogan."""
    if builder.repeats_front_matter(part.text):
        return
    if all(looks_like_name(line) for line in part.lines):
        for line in part.lines:
            if not builder.add_person(line):
                builder.note(part.span[0], f"poster line taken as a candidate: '{fix_name_case(line)}'")
    elif body_follows:
        builder.heading(part.text, part.span)
        builder.note(part.span[0], f"upper-case line taken as a heading: '{part.text}'")
    else:
        builder.add_slogan(part.text)
        builder.note(part.span[0], f"poster line taken as a slogan: '{part.text}'")
