"""OpenDocument text (.odt, LibreOffice) -> manifesto, read from its content.xml with lxml
(no DTDs, no entity expansion, no network, libxml2's depth limit; zipcheck limits its size,
and more than MAX_TEXT_CHARS characters of text are refused). Headings by
text:outline-level; Title/Subtitle/Quotations styles (also through automatic styles that
inherit them); paragraphs inside text:list are list items. Footnotes, comments, tables of
contents and tracked changes are left out."""
from __future__ import annotations

import zipfile
from pathlib import Path

from designer.errors import FileFormatError
from designer.importers.builder import ImportResult
from designer.importers.chars import TextBudget
from designer.importers.styled import import_styled
from designer.importers.zipcheck import check_package

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
_T = "{%s}" % _NS["text"]
_STYLE = "{%s}" % _NS["style"]
_LEFT_OUT = {_T + name for name in ("note", "tracked-changes", "table-of-content",
                                    "alphabetical-index", "illustration-index", "bibliography")}
_LEFT_OUT.add("{%s}annotation" % _NS["office"])


def import_odt(path: str | Path) -> ImportResult:
    """Read a checked .odt into a manifesto; paragraph numbers stand in for line numbers."""
    check_package(path, "OpenDocument .odt", "content.xml")
    root = _parse_content(path)
    parents = {style.get(_STYLE + "name"): style.get(_STYLE + "parent-style-name") or ""
               for style in root.iter(_STYLE + "style")}
    budget = TextBudget(path)
    paragraphs = [(style, listed, budget.spend(text)) for style, listed, text in _paragraphs(root, parents)]
    return import_styled(paragraphs)


def _parse_content(path: str | Path):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        with zipfile.ZipFile(path) as package:
            data = package.read("content.xml")
        root = etree.fromstring(data, parser)
    except (zipfile.BadZipFile, OSError, ValueError, etree.XMLSyntaxError) as exc:
        raise FileFormatError(f"content.xml: not readable XML ({exc})", file=path) from None
    if root.getroottree().docinfo.internalDTD is not None or root.getroottree().docinfo.doctype:
        raise FileFormatError("content.xml: a DOCTYPE is not allowed in OpenDocument", file=path)
    return root


def _paragraphs(root, parents: dict[str, str]):
    """(lower-case style name, inside a list, text) for every text:h and text:p in order."""
    stack = [(root, False)]
    while stack:
        element, listed = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag in _LEFT_OUT:
            continue
        if tag == _T + "h":
            level = element.get(_T + "outline-level") or "1"
            yield f"heading {level}", listed, _text(element)
        elif tag == _T + "p":
            yield _style_name(element.get(_T + "style-name") or "", parents), listed, _text(element)
        else:
            inner = listed or tag == _T + "list-item"
            stack.extend((child, inner) for child in reversed(element))


def _style_name(name: str, parents: dict[str, str]) -> str:
    """An automatic style ('P3') resolved to the named style it inherits ('Title'), as
    LibreOffice's display name in lower case ('heading 1', 'quotations')."""
    seen = set()
    while name in parents and parents[name] and name not in seen:
        seen.add(name)
        name = parents[name]
    return name.replace("_20_", " ").lower()


def _text(element) -> str:
    """The paragraph's text: text:s counts spaces, tabs and line breaks become whitespace,
    footnotes and comments left out."""
    pieces: list[str] = []
    stack = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        tag = item.tag
        if tag in _LEFT_OUT or not isinstance(tag, str):
            continue
        if tag == _T + "s":
            count = item.get(_T + "c") or "1"
            pieces.append(" " * (min(int(count), 100) if count.isdigit() else 1))
        elif tag == _T + "tab":
            pieces.append(" ")
        elif tag == _T + "line-break":
            pieces.append("\n")
        else:
            if item.text:
                pieces.append(item.text)
            for child in reversed(item):  # popped as child, its tail, next child, ...
                if child.tail:
                    stack.append(child.tail)
                stack.append(child)
    return "".join(pieces)
