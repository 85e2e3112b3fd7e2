"""Pictures for social media from one layout: the layout converted (designer.convert) into every
social-media template and written as PNG, without changing the layout itself.

    written = social_images(layout, template, catalog, folder, "en-skola")
    # [folder/en-skola-instagram-kvadrat.png, ...]: one file per social format

In: a SavedLayout and its Template, the template catalog, an output folder and a file-name stem.
Out: the PNG paths written (atomically; a DesignerError names the file that failed).
"""
from __future__ import annotations

from pathlib import Path

from designer.convert import convert_layout
from designer.export import export_layout
from designer.presets import PROOF_PRESET, get_preset

SOCIAL_GROUP = "social"
SCREEN_DPI = 72.0       # screen templates are in pixels: 72 dpi writes one pixel per unit


def social_templates(catalog) -> list:
    """The catalog's social-media templates, in a stable order (by id)."""
    return sorted((t for t in catalog.templates.values() if t.group == SOCIAL_GROUP), key=lambda t: t.id)


def social_images(layout, template, catalog, folder: Path, stem: str) -> list[Path]:
    """Write one PNG per social format made from `layout`; returns the files written."""
    folder = Path(folder)
    preset = get_preset(PROOF_PRESET)
    written = []
    for target in social_templates(catalog):
        converted, _report = convert_layout(layout, template, target)
        output = folder / f"{stem}-{target.id}.png"
        export_layout(converted, output, preset, SCREEN_DPI)
        written.append(output)
    return written
