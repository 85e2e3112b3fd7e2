"""`designer preflight FILE.pdf|LAYOUT.json [--preset ID] [--json]`: exit 0 ok, 1 warnings, 2 errors."""
from __future__ import annotations

import json
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("preflight", help="check a PDF or layout for print problems",
                                   description="Check a print PDF or a saved layout against a printer "
                                               "preset. Exit code 0: fine, 1: warnings, 2: errors.")
    parser.add_argument("file", help="a PDF or a saved layout (.json)")
    parser.add_argument("--preset", help="printer preset id (default: for a PDF, the PDF/X level and "
                                         "output condition the file declares; coated-offset; screen-proof "
                                         "for layouts on screen templates)")
    parser.add_argument("--json", action="store_true", help="print findings as JSON")
    parser.add_argument("--overlay-dir", help="folder for total-ink overlay images (default: next to FILE)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from designer.preflight import exit_code
    from designer.preflight.run import preflight_file, preset_for

    path = Path(args.file)
    preset = preset_for(path, args.preset)
    findings = preflight_file(path, preset, Path(args.overlay_dir or path.parent))
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            where = f.where() or "fil"
            print(f"{f.severity}: {where}: {f.message} / {f.message_en}")
            if f.fix_text:
                print(f"    åtgärd / fix: {f.fix_text} / {f.fix_text_en}")
        if not findings:
            print("inga problem / no problems")
        print(f"preset: {preset.id}")
    return exit_code(findings)
