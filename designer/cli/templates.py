"""`designer templates [--json]`: list every template (shipped and the user's own)."""
from __future__ import annotations

import json
import sys

from designer.units import to_mm

GROUP_ORDER = ("flyers", "leaflets", "posters", "cards", "social", "other")


def register(subparsers) -> None:
    """Add the `templates` subcommand."""
    parser = subparsers.add_parser(
        "templates", help="list the available templates",
        description="List every template: the shipped ones and those in the user's template folder. "
                    "Broken user templates are reported on stderr and skipped.")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    parser.set_defaults(func=run)


def run(args) -> int:
    """Print the catalog as a table or JSON; problems with user templates go to stderr."""
    from designer.io.template_registry import load_catalog

    catalog = load_catalog()
    entries = [template_entry(t) for t in sorted(catalog.templates.values(), key=sort_key)]
    print(json.dumps(entries, ensure_ascii=False, indent=2) if args.json else format_table(entries))
    for problem in catalog.problems:
        print(f"designer: skipped template: {problem}", file=sys.stderr)
    return 0


def sort_key(template) -> tuple:
    """Catalog order: by group (flyers first, social last), then by area, then id."""
    group = GROUP_ORDER.index(template.group) if template.group in GROUP_ORDER else len(GROUP_ORDER)
    return group, template.width * template.height, template.id


def template_entry(template) -> dict:
    """The JSON description of a template: id, name, kind, group and its size (mm or px)."""
    entry = {"id": template.id, "name": template.name, "name_en": template.name_en,
             "kind": template.kind, "group": template.group}
    if template.kind == "print":
        entry.update(width_mm=round(to_mm(template.width), 2), height_mm=round(to_mm(template.height), 2),
                     bleed_mm=round(to_mm(template.bleed), 2), pages=len(template.pages), paper=template.paper)
    else:
        entry.update(width_px=round(template.width), height_px=round(template.height), pages=len(template.pages))
    return entry


def size_text(entry: dict) -> str:
    """'148 × 210 mm' or '1080 × 1080 px'."""
    if entry["kind"] == "print":
        return f"{entry['width_mm']:g} × {entry['height_mm']:g} mm"
    return f"{entry['width_px']} × {entry['height_px']} px"


def format_table(entries: list[dict]) -> str:
    """A plain-text table: id, size, bleed, pages, name."""
    rows = [("ID", "SIZE", "BLEED", "PAGES", "NAME")]
    for e in entries:
        bleed = f"{e['bleed_mm']:g} mm" if e["kind"] == "print" else "-"
        rows.append((e["id"], size_text(e), bleed, str(e["pages"]), e["name"]))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row[:4], widths)) + "  " + row[4]
                     for row in rows)
