"""`designer import FILE [-o manifesto.json] [--report]`: turn a programme into a manifesto file."""
from __future__ import annotations

import argparse


def register(subparsers) -> None:
    """Add the `import` subcommand."""
    parser = subparsers.add_parser(
        "import", help="turn brochure text, Markdown, Word or PDF into a manifesto file",
        description="Import a party programme (brochure text, .md, .docx or .pdf) into structured "
                    "sections. Without -o the report is printed and nothing is written.")
    parser.add_argument("file", help="the programme to import")
    parser.add_argument("-o", "--output", metavar="MANIFESTO.json",
                        help="write the manifesto file here")
    parser.add_argument("--report", action="store_true",
                        help="list the sections found and anything the importer had to guess")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Import, then save and/or print the report."""
    from designer.importers import import_with_notes
    from designer.io.manifesto_file import save_manifesto

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
        where = (f", lines {section.source_lines[0]}-{section.source_lines[1]}"
                 if section.source_lines else "")
        quotes = f", {len(section.quotes)} quotes" if section.quotes else ""
        lines.append(f"  {section.id}: {section.title or '(untitled)'} — "
                     f"{len(section.paragraphs)} paragraphs, {len(section.bullets)} bullets"
                     f"{quotes}{where}")
    lines.append(f"uncertain ({len(result.notes)}):" if result.notes else "uncertain: nothing")
    lines.extend(f"  {note}" for note in result.notes)
    return "\n".join(lines)
