"""`designer presets [--json]`: the printer presets (shipped and the user's own)."""
from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("presets", help="list printer presets",
                                   description="List the printer presets (Tryckeri) export can use.")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(func=run)


def run(args) -> int:
    from designer.presets import load_presets

    catalog = load_presets()
    rows = [preset.summary() for preset in catalog.presets.values()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(f"{'id':<18} {'PDF/X':<6} {'bleed':>6} {'ink':>5} {'ppi':>5}  {'profile':<22} name")
        for row in rows:
            print(f"{row['id']:<18} {row['pdfx'] or '-':<6} {row['bleed_mm']:>4g}mm {row['max_ink']:>4g}% "
                  f"{row['min_ppi']:>5g}  {row['profile'] or '-':<22} {row['name']}")
    for problem in catalog.problems:
        print(f"designer: skipped preset: {problem}", file=sys.stderr)
    return 0
