"""A saved web page (.html) -> manifesto, parsed with lxml's HTML parser.

The content is <main>, else the <article>s, else <body>. Navigation, headers and footers of
the site, asides, forms, scripts, cookie/consent banners, share bars and hidden elements are
dropped. Pages with more than MAX_ELEMENTS elements, more than MAX_TEXT_CHARS characters of text, or
nested 250 elements deep or more (libxml2 stops at 256 and would drop the rest) are refused.
The single <h1> is the title, other headings start sections; <p> and loose text are paragraphs, <li> list items, <blockquote> pull quotes. The encoding comes from the BOM, the
page's own declaration (unless it says UTF-8), else encoding.decode_text's rules: UTF-8 with a
few stray bytes read as Windows-1252, UTF-16 without BOM, else Windows-1252. The internal
subset of a DOCTYPE and references to its entities are dropped, never expanded."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from designer.errors import FileFormatError, spaced
from designer.importers.builder import NO_TEXT, ImportResult, ManifestoBuilder
from designer.importers.chars import TextBudget, normalise_chars, squash_spaces
from designer.importers.encoding import decode_text

_DROPPED = frozenset("script style noscript template nav aside footer form button select "
                     "iframe object embed svg canvas dialog figure audio video map head title "
                     "input textarea".split())
_DROPPED_ROLES = frozenset("navigation banner contentinfo complementary dialog alertdialog "
                           "search menu menubar toolbar".split())
_CLUTTER = re.compile(r"cookie|consent|gdpr|newsletter|breadcrumb|share|social|skip|popup|modal"
                      r"|subscribe|sidebar|menu|(?<![a-z])(?:nav|navbar|ad|ads|advert)(?![a-z])", re.I)
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_LIST_TAGS = frozenset(("ul", "ol", "dl", "menu"))
_INLINE = frozenset("a abbr b bdi bdo br cite code data dfn em font i kbd label mark q s samp "
                    "small span strong sub sup time u var wbr del ins".split())
_SILENT = frozenset("script style noscript template head title svg".split())  # never content
MAX_DEPTH = 250
MAX_ELEMENTS = 250_000  # counted before parsing; a saved page has a few thousand
# <meta charset="…">, <meta http-equiv="Content-Type" content="…; charset=…">, <?xml encoding="…"?>
_DECLARED = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""",
                       re.IGNORECASE)
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_NAME = re.compile(r"<!ENTITY\s+(?:%\s+)?([^\s\"'>%]+)")


def import_html(data: bytes, path: str | Path) -> ImportResult:
    """Parse the bytes of a saved web page into a manifesto; more than MAX_TEXT_CHARS
    characters of text are refused."""
    document, stray_note = _parse(data, path)
    root = _content_root(document)
    dropped: list[str] = []
    budget = TextBudget(path)
    blocks = [(kind, level, budget.spend(text)) for kind, level, text in _blocks(root, dropped)]
    single_h1 = sum(kind == "heading" and level == 1 for kind, level, _ in blocks) == 1
    builder = ManifestoBuilder()
    builder.note(None, f"content read from <{root.tag}>"
                       + (f"; left out: {', '.join(dropped)}" if dropped else ""))
    if stray_note:
        builder.note(None, stray_note)
    for number, (kind, level, text) in enumerate(blocks, start=1):
        span = (number, number)
        if kind == "heading":
            if level == 1 and single_h1 and not builder.title and not builder.has_body:
                builder.set_title(text)
                builder.note(number, f"the page's only <h1> taken as the title: '{text}'")
            else:
                builder.heading(text, span)
        elif kind == "item":
            builder.item(text, span)
        elif kind == "quote":
            builder.quote(text, span)
        else:
            builder.paragraph(text, span)
    return builder.build()


def _parse(data: bytes, path: str | Path):
    import lxml.html
    from lxml import etree

    text, stray_note = decode_text(data, path, _declared_charset(data), kind="a web page")
    if not text.strip():
        raise FileFormatError(NO_TEXT, file=path)
    if text.count("<") - text.count("</") > MAX_ELEMENTS:  # '<' that opens: lxml's tree takes
        # about 300 bytes an element
        raise FileFormatError(f"the page has more than {spaced(MAX_ELEMENTS)} elements; a programme is much "
                              "smaller, is this the right file?", file=path)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  huge_tree=False)
    try:
        document = lxml.html.document_fromstring(_without_doctype_subset(text).replace("\x00", ""),
                                                 parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise FileFormatError(f"not a readable web page ({exc})", file=path) from None
    if _depth(document) >= MAX_DEPTH:  # libxml2 stops reading at 256 levels: text would be lost
        raise FileFormatError(f"the page is nested more than {MAX_DEPTH} elements deep; save it "
                              "again from the browser or copy its text", file=path)
    return document, stray_note


def _declared_charset(data: bytes) -> str | None:
    """The Python codec of the page's own <meta> or <?xml?> charset, or None (none, unknown).
    As in browsers, ISO-8859-1 and ASCII mean Windows-1252."""
    match = _DECLARED.search(data, 0, 4096)
    if not match:
        return None
    try:
        name = codecs.lookup((match.group(1) or match.group(2)).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def _without_doctype_subset(text: str) -> str:
    """The page without the internal subset of its DOCTYPE ('<!DOCTYPE x [<!ENTITY …>]>') and
    without references to the entities declared there: lxml's HTML parser would read both as
    text (it never expands them)."""
    match = _DOCTYPE_SUBSET.search(text)
    if not match:
        return text
    rest = text[:match.start()] + text[match.end():]
    names = set(_ENTITY_NAME.findall(match.group(0)))
    if not names:
        return rest
    return re.sub("&(?:" + "|".join(map(re.escape, names)) + ");", "", rest)


def _depth(root) -> int:
    """How deep the element tree goes (without recursion)."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _content_root(document):
    """<main>, else a wrapper holding the <article>s, else <body> (or the whole document)."""
    for main in document.iter("main"):
        return main
    articles = [a for a in document.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    if len(articles) == 1:
        return articles[0]
    body = document.find("body")
    return body if body is not None else document


def _dropped(element) -> bool:
    if not isinstance(element.tag, str) or element.tag in _DROPPED:
        return True
    if element.tag == "header" and element.getparent() is not None \
            and element.getparent().tag == "body":
        return True  # the site's header; an article's own header keeps its heading
    get = element.get
    if get("hidden") is not None or get("aria-hidden") == "true" or get("role") in _DROPPED_ROLES:
        return True
    if re.search(r"display\s*:\s*none", get("style") or ""):
        return True
    return bool(_CLUTTER.search(f"{get('id') or ''} {get('class') or ''}"))


def _describe(element) -> str:
    """'<nav>', '<div class="cookie-banner">' – for the report's list of what was left out."""
    for attribute in ("id", "class", "role"):
        if element.get(attribute):
            return f'<{element.tag} {attribute}="{element.get(attribute)[:40]}">'
    return f"<{element.tag}>"


def _blocks(root, dropped: list[str]):
    """(kind, heading level, text) in document order; kind is heading, paragraph, item or quote.
    Left-out elements holding text are described in `dropped`. Walks with an explicit stack,
    so nesting depth costs no recursion."""
    pending: list[str] = []   # loose inline text waiting for the next block boundary
    context = ["paragraph"]   # what loose text is: inside <li> an item, in <blockquote> a quote
    stack: list = [("open", root)]
    while stack:
        action, value = stack.pop()
        if action == "text":
            pending.append(value)
            continue
        if action == "close":
            text = _clean(pending)
            pending.clear()
            if text:
                yield context[-1], 0, text
            context.pop()
            continue
        element = value
        if _dropped(element):
            if element.tag not in _SILENT and "".join(element.itertext()).strip():
                dropped.append(_describe(element))
            continue
        tag = element.tag
        if tag in _HEADINGS:
            text = _clean(pending)
            pending.clear()
            if text:
                yield context[-1], 0, text
            heading = _clean([_inline_text(element)])
            if heading:
                yield "heading", _HEADINGS[tag], heading
            continue
        if tag in _INLINE:
            pending.append("\n" if tag == "br" else _inline_text(element))
            continue
        joins_item = tag == "p" and context[-1] != "paragraph"  # <li><p>…</p></li> is one item
        if not joins_item:  # a block boundary: loose text before it is a block of its own
            text = _clean(pending)
            pending.clear()
            if text:
                yield context[-1], 0, text
        kind = ("item" if tag in ("li", "dt", "dd") else "quote" if tag == "blockquote"
                else "paragraph" if tag in _LIST_TAGS else context[-1])
        if not joins_item:
            context.append(kind)
            stack.append(("close", None))
        for child in reversed(element):
            if child.tail:
                stack.append(("text", child.tail))
            stack.append(("open", child))
        if element.text:
            stack.append(("text", element.text))


def _inline_text(element) -> str:
    """Text of an inline element (or a heading) without its dropped parts; <br> as a space."""
    pieces: list[str] = []
    stack: list = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        if item is not element and _dropped(item):
            continue
        pieces.append(" " if item.tag == "br" else item.text or "")
        for child in reversed(item):  # popped as child, its tail, next child, ...
            if child.tail:
                stack.append(child.tail)
            stack.append(child)
    return "".join(pieces)


def _clean(pieces: list[str]) -> str:
    return squash_spaces(normalise_chars(re.sub(r"\s+", " ", "".join(pieces))))
