"""`designer export LAYOUT.json -o OUT.pdf|OUT.png [--preset ID] [--dpi N] [--proof] [--force]`."""
from __future__ import annotations

import sys

MIN_DPI, MAX_DPI = 10, 600     # 10 dpi still draws an A5 page (58 x 83 px) for a quick look; pages also stay under raster.MAX_PNG_PIXELS


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="export a saved layout to PDF or PNG",
                                   description="Export a saved layout to a print PDF (PDF/X-4 for coated "
                                               "offset unless --preset names another) or a PNG image. "
                                               "Errors (missing photo, text that does not fit, placeholder "
                                               "text, printer line, locks, ink, resolution) stop the export "
                                               "with exit code 2 and write nothing.")
    parser.add_argument("layout", help="saved layout (.json)")
    parser.add_argument("-o", "--output", required=True, help="output file (.pdf or .png)")
    parser.add_argument("--preset", help="printer preset id (see `designer presets`)")
    parser.add_argument("--dpi", type=float, default=150.0,
                        help=f"PNG resolution, {MIN_DPI} to {MAX_DPI} (default 150)")
    parser.add_argument("--proof", action="store_true", help="same as --preset screen-proof")
    parser.add_argument("--force", action="store_true",
                        help="when errors stop the export, write a proof instead: no PDF/X claim and "
                             "'KORREKTUR – EJ FÖR TRYCK' across every page")
    parser.add_argument("--lang", metavar="CODE", help="language edition (default: the main language); "
                                                       "all: one file per language, the code in its name")
    parser.set_defaults(func=run)


def run(args) -> int:
    from designer.policy import ExportBlocked
    from designer.translations.outputs import export_languages

    check_arguments(args)
    try:
        results = export_languages(args.layout, args.output, args.lang, dpi=args.dpi, proof=args.proof,
                                   preset_id=args.preset, force=args.force)
    except ExportBlocked as blocked:
        print(f"{args.layout}: not exported ({blocked.output.name}), {len(blocked.verdict.blocking)} error(s) "
              "to fix first (or --force for a proof):", file=sys.stderr)
        for line in blocked.verdict.lines("en"):
            print(f"  {line}", file=sys.stderr)
        return 2
    for result in results:
        for item in result.findings:
            if item.severity != "info":
                print(f"{args.layout}: {item.where('en') or 'file'}: {item.severity}: {item.message_en}",
                      file=sys.stderr)
        if result.proof:
            print(f"wrote {result.output} as a PROOF (not for print: errors above)")
        else:
            print(f"wrote {result.output}")
    return 0


def check_arguments(args) -> None:
    """A DesignerError for a --dpi outside MIN_DPI to MAX_DPI (export_languages refuses an output
    that is one of the layout's own files)."""
    from designer.errors import DesignerError

    if not MIN_DPI <= args.dpi <= MAX_DPI:
        raise DesignerError(f"expected a number from {MIN_DPI} to {MAX_DPI}", field="--dpi")
