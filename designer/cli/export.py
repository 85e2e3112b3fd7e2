"""`designer export LAYOUT.json -o OUT.pdf|OUT.png [--preset ID] [--dpi N] [--proof]`."""
from __future__ import annotations

import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="export a saved layout to PDF or PNG",
                                   description="Export a saved layout to a print PDF (PDF/X-4 for coated "
                                               "offset unless --preset names another) or a PNG image.")
    parser.add_argument("layout", help="saved layout (.json)")
    parser.add_argument("-o", "--output", required=True, help="output file (.pdf or .png)")
    parser.add_argument("--preset", help="printer preset id (see `designer presets`)")
    parser.add_argument("--dpi", type=float, default=150.0, help="PNG resolution (default 150)")
    parser.add_argument("--proof", action="store_true", help="same as --preset screen-proof")
    parser.add_argument("--lang", metavar="CODE", help="language edition (default: the main language); "
                                                       "all: one file per language, the code in its name")
    parser.set_defaults(func=run)


def run(args) -> int:
    from designer.translations.outputs import export_languages

    for result in export_languages(args.layout, args.output, args.lang, dpi=args.dpi, proof=args.proof,
                                   preset_id=args.preset):
        for item in result.findings:
            if item.severity != "info":
                where = item.frame_id or (f"page {item.page + 1}" if item.page is not None else "file")
                print(f"{args.layout}: {where}: {item.severity}: {item.message_en}", file=sys.stderr)
        print(f"wrote {result.output}")
    return 0
