"""`designer import FILE [-o manifesto.json] [--report]`: turn a programme into a manifesto file."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # C0 and C1 controls: never printed raw


def register(subparsers) -> None:
    """Add the `import` subcommand."""
    parser = subparsers.add_parser(
        "import", help="turn brochure text, Markdown, Word, OpenDocument, a web page or PDF "
                       "into a manifesto file",
        description="Import a party programme (brochure text, .md, .docx, .odt, a saved .html "
                    "page or .pdf) into structured sections. Without -o the report is printed "
                    "and nothing is written.")
    parser.add_argument("file", help="the programme to import")
    parser.add_argument("-o", "--output", metavar="MANIFESTO.json",
                        help="write the manifesto file here")
    parser.add_argument("--report", action="store_true",
                        help="list the sections found, where each came from (page and column "
                             "for PDFs) and anything the importer had to guess")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Import, then save and/or print the report."""
    from designer.importers import import_with_notes
    from designer.io.manifesto_file import save_manifesto
    from designer.io.outputs import check_output

    if args.output:
        check_output(args.output, (".json",), [(Path(args.file), "the input file")])
    result = import_with_notes(args.file)
    if args.output:
        save_manifesto(args.output, result.manifesto)
        print(f"wrote {args.output}: {len(result.manifesto.sections)} sections")
    if args.report or not args.output:
        print(format_report(result))
    return 0


def format_report(result) -> str:
    """Human-readable summary: title, slogans, people, one line per section, then the guesses."""
    manifesto = result.manifesto
    lines = [f"title:   {manifesto.title or '(none found)'}",
             f"slogans: {', '.join(manifesto.slogans) or '(none)'}",
             f"people:  {', '.join(manifesto.people) or '(none)'}",
             f"sections ({len(manifesto.sections)}):"]
    for section in manifesto.sections:
        where = f", {_where(result, section.source_lines)}" if section.source_lines else ""
        quotes = f", {len(section.quotes)} quotes" if section.quotes else ""
        lines.append(f"  {section.id}: {section.title or '(untitled)'} — "
                     f"{len(section.paragraphs)} paragraphs, {len(section.bullets)} bullets"
                     f"{quotes}{where}")
    lines.append(f"uncertain ({len(result.notes)}):" if result.notes else "uncertain: nothing")
    for note in sorted(result.notes, key=lambda n: n.line or 0):
        lines.append(f"  {result.place(note.line)}: {note.message}" if note.line
                     else f"  {note.message}")
    return "\n".join(_CONTROL.sub(_escaped, line) for line in lines)


def _escaped(match: re.Match) -> str:
    """A control character as '\\x1b', so imported text never drives the terminal."""
    return f"\\x{ord(match.group(0)):02x}"


def _where(result, span: tuple[int, int]) -> str:
    """'lines 52-80' for text; 'page 1, column 2 to page 2, column 1' for PDFs."""
    first, last = span
    if not result.places:
        return f"lines {first}-{last}"
    start, end = result.place(first), result.place(last)
    return start if start == end else f"{start} to {end}"
