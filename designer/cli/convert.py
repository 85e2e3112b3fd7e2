"""`designer convert LAYOUT --to TEMPLATE -o NEW.json`: move a layout's content to another format."""
from __future__ import annotations

import sys


def register(subparsers) -> None:
    """Add the `convert` subcommand."""
    parser = subparsers.add_parser(
        "convert", help="move a saved layout's content to another template (magic resize)",
        description="Convert a saved layout to another template: content moves by frame role, text "
                    "is copy-fitted, and whatever does not fit is reported and kept in the new "
                    "layout's meta.unplaced.")
    parser.add_argument("layout", help="saved layout (.json)")
    parser.add_argument("--to", required=True, metavar="TEMPLATE", help="target template id")
    parser.add_argument("-o", "--output", required=True, metavar="NEW.json", help="new layout file")
    parser.set_defaults(func=run)


def run(args) -> int:
    """Convert, save atomically, print the report (warnings on stderr)."""
    from designer.convert import convert_layout
    from designer.io.layout_file import load_layout, rebase_images, save_layout
    from designer.io.outputs import check_output, layout_inputs
    from designer.io.template_registry import find_template
    from designer.layout.engine import brand_for, template_for

    layout = load_layout(args.layout)
    brand = brand_for(layout)
    template = template_for(layout, brand)
    output = check_output(args.output, (".json",), layout_inputs(args.layout, layout, template))
    new, report = convert_layout(layout, template, find_template(args.to, brand))
    save_layout(output, rebase_images(new, output.parent))
    lines = report.lines()
    print("\n".join(lines[:1 + len(report.placed)]))
    for line in lines[1 + len(report.placed):]:
        print(line, file=sys.stderr)
    print(f"wrote {output}")
    return 0
