"""Exports per language: which editions `--lang` names and where each one is written.

    for lang, view in language_views(layout, "all"):     # main language first
        export_layout(view, named_for(output, lang, many=True), preset)

`--lang all` writes one file per language with the code before the extension
(`skola.pdf` -> `skola-sv.pdf`, `skola-ar.pdf`); one named language writes the file as given.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from designer.model.layout import SavedLayout
from designer.translations.editions import edition_layout, languages

ALL = "all"


def chosen_languages(layout: SavedLayout, lang: str | None) -> list[str]:
    """The languages `--lang` asks for: None -> the main one, "all" -> every one."""
    if lang == ALL:
        return languages(layout)
    return [lang or layout.lang]


def language_views(layout: SavedLayout, lang: str | None) -> Iterator[tuple[str, SavedLayout]]:
    """(code, the layout as printed in that language) for each language `--lang` names;
    an unknown language raises DesignerError before anything is made."""
    from designer.layout.engine import brand_for, template_for

    codes = chosen_languages(layout, lang)
    template = template_for(layout, brand_for(layout))
    yield from [(code, edition_layout(layout, code, template)) for code in codes]


def export_languages(layout_path, output, lang: str | None, dpi: float = 150.0, proof: bool = False,
                     preset_id: str | None = None) -> list:
    """`designer export --lang`: load the layout, export each chosen language (see export_file);
    returns the ExportResults. Every language is checked before the first file is written."""
    from designer.export import export_layout
    from designer.io.layout_file import load_layout
    from designer.presets import PROOF_PRESET, get_preset

    preset = get_preset(PROOF_PRESET if proof else preset_id)
    layout = load_layout(layout_path)
    views = list(language_views(layout, lang))
    many = lang == ALL
    return [export_layout(view, named_for(output, code, many), preset, dpi) for code, view in views]


def named_for(output: str | Path, lang: str, many: bool) -> Path:
    """`output` itself for a single language, else with `-<code>` before the extension."""
    output = Path(output)
    return output.with_name(f"{output.stem}-{lang}{output.suffix}") if many else output
