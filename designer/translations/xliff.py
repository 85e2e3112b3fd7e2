"""XLIFF 2.0 (OASIS, core only) for the translator round trip.

    text = write_xliff(XliffDocument("sv", "ar", "skola-a5.json", units))
    document = read_xliff(path)          # DesignerError naming file and unit for anything wrong

One <file>, one <unit> per text slot (id = frame id, canResegment="no") with <notes> (role,
character budget), one <segment> with <source> and, when translated, <target>; line breaks are
kept (xml:space="preserve"). Reading uses defusedxml: a DOCTYPE, entities or external
references are refused, so an XXE or billion-laughs file cannot do harm.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from designer.errors import FileFormatError
from designer.io.limited import read_limited

NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MAX_XLIFF_BYTES = 20 * 1024 * 1024
# Characters XML 1.0 cannot carry (C0 controls other than tab, newline, carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Unit:
    """One text slot: `id` is the frame id; `target` None when not translated."""

    id: str
    source: str
    target: str | None = None
    name: str = ""
    notes: tuple[tuple[str, str], ...] = ()      # (category, text)
    state: str = "initial"


@dataclass(frozen=True)
class XliffDocument:
    src_lang: str
    trg_lang: str | None
    original: str
    units: list[Unit] = field(default_factory=list)
    src_dir: str = "ltr"
    trg_dir: str = "ltr"


def write_xliff(document: XliffDocument) -> str:
    """The XLIFF 2.0 text of `document` (UTF-8, deterministic)."""
    ET.register_namespace("", NS)
    root = ET.Element(_tag("xliff"), {"version": "2.0", "srcLang": document.src_lang})
    if document.trg_lang:
        root.set("trgLang", document.trg_lang)
    file = ET.SubElement(root, _tag("file"), {"id": "f1", "original": document.original,
                                             "srcDir": document.src_dir, "trgDir": document.trg_dir})
    for unit in document.units:
        element = ET.SubElement(file, _tag("unit"), {"id": unit.id, "canResegment": "no"})
        if unit.name:
            element.set("name", unit.name)
        if unit.notes:
            notes = ET.SubElement(element, _tag("notes"))
            for category, text in unit.notes:
                ET.SubElement(notes, _tag("note"), {"category": category}).text = text
        segment = ET.SubElement(element, _tag("segment"), {"state": unit.state})
        _text_element(segment, "source", unit.source, unit.id)
        if unit.target is not None:
            _text_element(segment, "target", unit.target, unit.id)
    ET.indent(root, "  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def read_xliff(path: str | Path) -> XliffDocument:
    """Parse an XLIFF 2.0 file safely; a broken or foreign file raises FileFormatError."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    path = Path(path)
    raw = read_limited(path, MAX_XLIFF_BYTES)
    try:
        root = fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise FileFormatError("refused: the file declares a DOCTYPE or entities (not allowed in XLIFF)",
                              file=path) from None
    except ET.ParseError as exc:
        raise FileFormatError(f"not well-formed XML ({exc})", file=path) from None
    return _document(root, path)


def _document(root, path: Path) -> XliffDocument:
    if root.tag != _tag("xliff"):
        raise FileFormatError(f"expected an XLIFF 2.0 file (<xliff> in {NS}), found <{_local(root.tag)}>"
                              f"{' in ' + _namespace(root.tag) if _namespace(root.tag) else ''}", file=path)
    version = root.get("version")
    if version != "2.0":
        raise FileFormatError(f"XLIFF version {version!r} is not supported; expected version 2.0",
                              file=path, field="xliff.version")
    src_lang = root.get("srcLang")
    if not src_lang:
        raise FileFormatError("missing srcLang", file=path, field="xliff.srcLang")
    files = root.findall(_tag("file"))
    if len(files) != 1:
        raise FileFormatError(f"expected one <file>, found {len(files)}", file=path, field="xliff.file")
    units, seen = [], set()
    for element in files[0].iter(_tag("unit")):
        unit = _unit(element, path)
        if unit.id in seen:
            raise FileFormatError("the unit appears twice", file=path, field=f"unit {unit.id}")
        seen.add(unit.id)
        units.append(unit)
    return XliffDocument(src_lang, root.get("trgLang"), files[0].get("original", ""), units)


def _unit(element, path: Path) -> Unit:
    unit_id = element.get("id")
    if not unit_id:
        raise FileFormatError("a <unit> has no id", file=path, field="unit")
    sources, targets = [], []
    for segment in element:
        if segment.tag not in (_tag("segment"), _tag("ignorable")):
            continue
        source = segment.find(_tag("source"))
        if source is None:
            raise FileFormatError("a segment has no <source>", file=path, field=f"unit {unit_id}")
        target = segment.find(_tag("target"))
        sources.append("".join(source.itertext()))
        targets.append(None if target is None else "".join(target.itertext()))
    if not sources:
        raise FileFormatError("the unit has no <segment>", file=path, field=f"unit {unit_id}")
    target = None if all(t is None for t in targets) else "".join(t or "" for t in targets)
    return Unit(unit_id, "".join(sources), target, element.get("name", ""))


def _text_element(parent, name: str, text: str, unit_id: str):
    bad = _NOT_XML.search(text)
    if bad:
        raise FileFormatError(f"the text contains the control character U+{ord(bad.group()):04X}, "
                              "which XML cannot hold", field=f"slots.{unit_id}.text")
    element = ET.SubElement(parent, _tag(name), {XML_SPACE: "preserve"})
    element.text = text
    return element


def _tag(name: str) -> str:
    return f"{{{NS}}}{name}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
