"""`designer translations export|import`: the translator round trip in XLIFF 2.0.

    designer translations export LAYOUT.json [--lang CODE] -o FILE.xlf
    designer translations import LAYOUT.json FILE.xlf [--translator NAME]

Import exit codes: 0 every slot translated and fitting, 1 some missing, stale or overflowing
(listed by slot), 2 the file was refused (nothing changed).
"""
from __future__ import annotations

import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "translations", help="export text slots to XLIFF 2.0 for translators, import translations",
        description="The translator round trip: XLIFF 2.0 files with one unit per text slot.")
    commands = parser.add_subparsers(dest="translations_command", metavar="ACTION", required=True)
    export = commands.add_parser("export", help="write an XLIFF 2.0 file to translate",
                                 description="One unit per text slot: the main-language text, a note with "
                                             "the slot's role and character budget, the existing translation.")
    export.add_argument("layout", help="saved layout (.json)")
    export.add_argument("--lang", metavar="CODE",
                        help="language to translate into (default: the layout's only edition)")
    export.add_argument("-o", "--output", required=True, help="XLIFF file to write (.xlf)")
    export.set_defaults(func=run_export)
    read = commands.add_parser("import", help="read translations from an XLIFF 2.0 file into the layout",
                               description="Store the file's targets as the edition of its trgLang and "
                                           "report missing, stale and overflowing translations by slot.")
    read.add_argument("layout", help="saved layout (.json); updated in place")
    read.add_argument("xliff", help="translated XLIFF 2.0 file")
    read.add_argument("--translator", default="", help="who translated (stored per slot)")
    read.set_defaults(func=run_import)


def run_export(args) -> int:
    from pathlib import Path

    from designer.errors import DesignerError
    from designer.io.atomic import atomic_write_text
    from designer.io.layout_file import load_layout
    from designer.io.outputs import check_output, layout_inputs
    from designer.layout.engine import brand_for, template_for
    from designer.translations.roundtrip import xliff_for
    from designer.translations.xliff import write_xliff

    layout = load_layout(args.layout)
    lang = args.lang
    if lang is None:
        if len(layout.editions) != 1:
            have = ", ".join(sorted(layout.editions)) or "none"
            raise DesignerError(f"name the language to translate into (the layout's editions: {have})",
                                file=args.layout, field="--lang")
        lang = next(iter(layout.editions))
    brand = brand_for(layout)
    template = template_for(layout, brand)
    check_output(args.output, (".xlf", ".xliff"), layout_inputs(args.layout, layout, template))
    document = xliff_for(layout, lang, template, brand, Path(args.layout).name)
    atomic_write_text(args.output, write_xliff(document))
    print(f"wrote {args.output}: {len(document.units)} units, {layout.lang} -> {lang}")
    return 0


def run_import(args) -> int:
    from designer.io.layout_file import load_layout, save_layout
    from designer.layout.engine import brand_for, template_for
    from designer.translations.roundtrip import apply_xliff
    from designer.translations.xliff import read_xliff

    layout = load_layout(args.layout)
    document = read_xliff(args.xliff)
    brand = brand_for(layout)
    updated, report = apply_xliff(layout, document, template_for(layout, brand), brand, args.xliff,
                                  args.translator)
    save_layout(args.layout, updated)
    for line in report.lines():
        print(f"{args.layout}: {line}", file=sys.stderr)
    return 0 if report.clean else 1
