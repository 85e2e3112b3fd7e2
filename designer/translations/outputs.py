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
from designer.translations.languages import is_rtl

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
    if codes == [layout.lang]:
        yield layout.lang, main_edition(layout)
        return
    template = template_for(layout, brand_for(layout))
    yield from [(code, edition_layout(layout, code, template)) for code in codes]


def main_edition(layout: SavedLayout) -> SavedLayout:
    """The layout as printed in its main language: the file as it is, or mirrored when that
    language is written right to left (for batch and merge without --lang too)."""
    if not is_rtl(layout.lang):
        return layout
    from designer.layout.engine import brand_for, template_for

    return edition_layout(layout, None, template_for(layout, brand_for(layout)))


def export_languages(layout_path, output, lang: str | None, dpi: float = 150.0, proof: bool = False,
                     preset_id: str | None = None, force: bool = False) -> list:
    """`designer export --lang`: load the layout, export each chosen language (see export_file);
    returns the ExportResults. Every language is laid out and judged by the export policy before
    the first file is written, so a blocked language leaves no file at all (ExportBlocked)."""
    from designer.export import check_export, export_preset, write_checked
    from designer.io.layout_file import load_layout
    from designer.io.outputs import layout_inputs, refuse_overwriting_inputs
    from designer.policy import ExportBlocked

    layout = load_layout(layout_path)
    preset = export_preset(layout, preset_id, proof)
    many = lang == ALL
    name = Path(layout_path).name
    views = list(language_views(layout, lang))
    inputs = layout_inputs(layout_path, layout)
    for code, _ in views:                          # never over the layout or one of its images
        refuse_overwriting_inputs(named_for(output, code, many), inputs)
    checked = [check_export(view, named_for(output, code, many), preset, source=f"{name} [{code}]" if many else name)
               for code, view in views]
    blocked = next((item for item in checked if item.verdict.blocked), None)
    if blocked is not None and not force:
        raise ExportBlocked(blocked.verdict, blocked.output)
    return [write_checked(item, dpi, force) for item in checked]


def named_for(output: str | Path, lang: str, many: bool) -> Path:
    """`output` itself for a single language, else with `-<code>` before the extension."""
    output = Path(output)
    return output.with_name(f"{output.stem}-{lang}{output.suffix}") if many else output


def language_jobs(inputs: list[Path], out_dir: Path, preset: str | None, lang: str | None,
                  manifest=None) -> list:
    """`designer batch --lang`: one batch Job per (layout file, language), written to
    `<stem>-<code>.pdf`; a layout that cannot be read or has no such edition is a failed Record."""
    from designer import __version__
    from designer.batch.jobs import Job, Record
    from designer.batch.manifest import file_identity, input_key
    from designer.batch.naming import NameAllocator, safe_name
    from designer.errors import DesignerError
    from designer.io.layout_file import load_layout

    names, items = NameAllocator(), []
    for path in inputs:
        try:
            views = list(language_views(load_layout(path), lang))
        except DesignerError as exc:
            items.append(Record(len(items), str(path), "", "failed", reason=exc.located()))
            continue
        for code, view in views:
            output = out_dir / names.take(safe_name(f"{path.stem}-{code}"))
            key = input_key(file_identity(path.resolve()), preset, __version__, code)
            if manifest is not None and manifest.up_to_date(output, key):
                items.append(Record(len(items), f"{path} [{code}]", str(output), "skipped", key=key))
            else:
                items.append(Job(len(items), f"{path} [{code}]", str(output), key, layout=view, preset=preset))
    return items


def merge_languages(layout_path, lang: str | None, name: str | None, single_file: bool = False) -> list:
    """`designer merge --lang`: (the layout in that language, output name pattern) per language
    (without --lang: the main language). With `all` each name gets `-<code>` before .pdf (default `<stem>-{{_rad}}-<code>.pdf`,
    or `<stem>-<code>.pdf` for one file per language)."""
    from designer.batch.placeholders import ROW_FIELD
    from designer.io.layout_file import load_layout

    views = list(language_views(load_layout(layout_path), lang))
    if not lang:
        return [(views[0][1], name)]
    if lang != ALL:
        return [(views[0][1], name)]
    stem = Path(layout_path).stem if single_file else f"{Path(layout_path).stem}-{{{{{ROW_FIELD}}}}}"
    pattern = name or stem
    pattern = pattern[:-4] if pattern.lower().endswith(".pdf") else pattern
    return [(view, f"{pattern}-{code}.pdf") for code, view in views]
