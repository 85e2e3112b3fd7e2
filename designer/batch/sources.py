"""The files an output is made from besides the layout's own data, for the resume key of batch
and merge: a replaced photo, an edited template or brand kit, or a changed font makes a resumed
run make the output again instead of keeping a stale file.

    key = input_key(file_identity(layout_path), style_sources(template, brand),
                    image_sources(layout, template), preset, __version__)
"""
from __future__ import annotations

from designer.batch.manifest import file_identity


def style_sources(template, brand) -> list:
    """Identities ([path, size, mtime]) of the template file, the brand kit file and its fonts."""
    fonts = [*brand.fonts.values(), *(path for chain in brand.script_fonts.values() for path in chain.values())]
    return [file_identity(path) for path in (template.source, brand.source, *sorted(map(str, fonts))) if path]


def image_sources(layout, template) -> list:
    """Identities of the image files the layout's frames show (its own or the template's defaults),
    in drawing order."""
    from designer.layout.engine import image_path

    paths = (image_path(spec, layout.slot(spec.id), layout, template) for _, spec in template.frames()
             if spec.type == "image")
    return [file_identity(path) for path in paths if path is not None]
