"""`designer export LAYOUT.json -o OUT.pdf|OUT.png [--dpi N]`: one saved layout to a file."""
from __future__ import annotations

import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="export a saved layout to PDF or PNG",
                                   description="Export a saved layout to a print PDF or a PNG image.")
    parser.add_argument("layout", help="saved layout (.json)")
    parser.add_argument("-o", "--output", required=True, help="output file (.pdf or .png)")
    parser.add_argument("--dpi", type=float, default=150.0, help="PNG resolution (default 150)")
    parser.add_argument("--proof", action="store_true", help="PDF in screen colours without marks")
    parser.set_defaults(func=run)


def run(args) -> int:
    from designer.export import export_file

    result = export_file(args.layout, args.output, dpi=args.dpi, proof=args.proof)
    for warning in result.warnings:
        print(f"{args.layout}: {warning.frame_id}: {warning.severity}: {warning.message_en}", file=sys.stderr)
    print(f"wrote {args.output}")
    return 0
