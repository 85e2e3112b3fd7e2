"""The translator round trip: a layout's text slots to XLIFF 2.0 and translations back.

    document = xliff_for(layout, "ar", template, brand, "skola-a5.json")
    layout, report = apply_xliff(layout, read_xliff(path), template, brand, path)

Export: one unit per translatable text slot with the main text, notes with the slot's role and
character budget (designer.translations.budget), and the existing translation as target
(state "translated", or "initial" when the main text changed since). Import: every unit must be a
text slot of the layout and the languages must match, else nothing changes; the report names
the slots whose translation is missing, stale (made from another main text) or does not fit.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from designer.errors import FileFormatError
from designer.model.layout import SavedLayout, text_hash
from designer.translations.budget import character_budget
from designer.translations.editions import (edition_layout, languages, main_text, overflowing_frames,
                                            translatable_frames, with_edition, with_translation)
from designer.translations.languages import LANGUAGE_CODE, direction
from designer.translations.xliff import Unit, XliffDocument


def xliff_for(layout: SavedLayout, lang: str, template, brand, original: str) -> XliffDocument:
    """The XLIFF document for translating `layout` into `lang` (an edition or a new language)."""
    if lang == layout.lang:
        raise FileFormatError(f"{lang!r} is the main language; name a language to translate into",
                              field="--lang")
    if not LANGUAGE_CODE.fullmatch(lang):
        raise FileFormatError("expected a language code like ar, en or fa-IR", field="--lang")
    layout = with_edition(layout, lang)
    view = edition_layout(layout, lang, template)
    view_template = _template_of(view, brand)
    edition = layout.editions[lang]
    units = []
    for spec in translatable_frames(template):
        source = main_text(layout, spec)
        if not source.strip():
            continue
        budget = character_budget(view, view_template.frame(spec.id), source, view_template, brand)
        notes = [("role", spec.role),
                 ("budget", f"{budget} characters fit (measured with text like the source at the "
                            f"frame's smallest type size; source: {len(source)} characters)")]
        item = edition.texts.get(spec.id)
        stale = item is not None and item.source_hash != text_hash(source)
        if stale:
            notes.append(("stale", "the source text changed since this was translated"))
        if item is not None and item.translator:
            notes.append(("translator", item.translator))
        units.append(Unit(spec.id, source, item.text if item else None, spec.label, tuple(notes),
                          "translated" if item is not None and not stale else "initial"))
    return XliffDocument(layout.lang, lang, original, units, direction(layout.lang), direction(lang))


@dataclass
class ImportReport:
    """Slots by what needs attention after an import (frame ids, in template order)."""

    lang: str
    imported: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    overflow: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.overflow)

    def lines(self) -> list[str]:
        """One line per problem slot, then a summary."""
        out = [f"{frame}: missing: no {self.lang} translation" for frame in self.missing]
        out += [f"{frame}: stale: translated from an older main text" for frame in self.stale]
        out += [f"{frame}: overflow: the {self.lang} text does not fit its frame" for frame in self.overflow]
        out.append(f"{len(self.imported)} translations imported into {self.lang}; {len(self.missing)} missing, "
                   f"{len(self.stale)} stale, {len(self.overflow)} do not fit")
        return out


def apply_xliff(layout: SavedLayout, document: XliffDocument, template, brand, path: str | Path,
                translator: str = "") -> tuple[SavedLayout, ImportReport]:
    """The layout with `document`'s targets as its edition, and the report. Raises
    FileFormatError (nothing applied) when the file does not belong to this layout."""
    lang = _target_language(layout, document, path)
    frames = {spec.id: spec for spec in translatable_frames(template)}
    for unit in document.units:
        if unit.id not in frames:
            raise FileFormatError(f"unknown unit: the layout has no text slot {unit.id!r} "
                                  f"(its text slots: {', '.join(frames)})", file=path, field=f"unit {unit.id}")
    report = ImportReport(lang)
    updated = with_edition(layout, lang)
    units = {unit.id: unit for unit in document.units}
    for frame_id, spec in frames.items():
        source = main_text(layout, spec)
        unit = units.get(frame_id)
        if unit is None or unit.target is None or not unit.target.strip():
            if source.strip() and frame_id not in updated.editions[lang].texts:
                report.missing.append(frame_id)
            continue
        old = updated.editions[lang].texts.get(frame_id)
        who = translator or (old.translator if old else "")
        updated = with_translation(updated, lang, frame_id, unit.target, unit.source, who)
        report.imported.append(frame_id)
        if unit.source != source:
            report.stale.append(frame_id)
    overflowing = overflowing_frames(updated, lang, template, brand)
    report.overflow = [frame_id for frame_id in frames if frame_id in overflowing
                       and frame_id in updated.editions[lang].texts]
    return updated, report


def _target_language(layout: SavedLayout, document: XliffDocument, path) -> str:
    if document.src_lang != layout.lang:
        raise FileFormatError(f"the source language is {document.src_lang!r}, but the layout's main "
                              f"language is {layout.lang!r}", file=path, field="xliff.srcLang")
    lang = document.trg_lang
    if not lang:
        raise FileFormatError("missing trgLang: the file names no target language", file=path,
                              field="xliff.trgLang")
    if not LANGUAGE_CODE.fullmatch(lang) or lang == layout.lang:
        raise FileFormatError(f"trgLang {lang!r} is not a language to translate into (the layout has "
                              f"{', '.join(languages(layout))})", file=path, field="xliff.trgLang")
    return lang


def _template_of(view: SavedLayout, brand):
    from designer.layout.engine import template_for

    return template_for(view, brand)
