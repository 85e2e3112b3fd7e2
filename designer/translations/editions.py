"""Language editions of one layout: which slots translate, the layout as seen in one language,
and what is stale, missing or does not fit.

    view = edition_layout(layout, "ar", template)      # a SavedLayout the engine lays out as is
    rows = slot_statuses(layout, "ar", template, brand)

Geometry, images and brand are shared by every edition; only text slots are translated. The
printer line is not: it names the Swedish printer as the law asks, in every edition.
A slot without a translation shows the main-language text (and is reported as missing).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from designer.errors import DesignerError
from designer.layout.mirror import mirror_slot_rects, mirror_template
from designer.model.layout import Edition, SavedLayout, Translation, text_hash
from designer.model.template import FrameSpec, Template
from designer.translations.languages import LANGUAGE_CODE, is_rtl

UNTRANSLATED_ROLES = frozenset({"printer_line"})


def translatable_frames(template: Template) -> list[FrameSpec]:
    """The template's text frames that an edition translates, in drawing order."""
    return [f for _, f in template.frames() if f.type == "text" and f.role not in UNTRANSLATED_ROLES]


def languages(layout: SavedLayout) -> list[str]:
    """The main language first, then the editions' languages in code order."""
    return [layout.lang] + sorted(code for code in layout.editions if code != layout.lang)


def main_text(layout: SavedLayout, spec: FrameSpec) -> str:
    """The main-language text a frame shows: its slot's text, else the template's default."""
    slot = layout.slot(spec.id)
    return slot.text if slot.text is not None else spec.default.get("text", "")


def check_language(layout: SavedLayout, lang: str, field: str = "--lang") -> None:
    """Raise DesignerError naming the layout's languages when `lang` is not one of them."""
    if lang not in languages(layout):
        raise DesignerError(f"the layout has no {lang!r} edition (it has {', '.join(languages(layout))})",
                            field=field)


def edition_layout(layout: SavedLayout, lang: str | None, template: Template) -> SavedLayout:
    """The layout as printed in `lang` (None: the main language): translated texts in the slots,
    `lang` set, no editions, and for right-to-left languages the slot rects mirrored with
    `mirrored=True` (so the engine's template_for mirrors the template). Pure."""
    lang = lang or layout.lang
    check_language(layout, lang)
    slots = dict(layout.slots)
    edition = layout.editions.get(lang) if lang != layout.lang else None
    if edition is not None:
        for spec in translatable_frames(template):
            item = edition.texts.get(spec.id)
            if item is not None and item.text.strip():
                slots[spec.id] = replace(layout.slot(spec.id), text=item.text)
    mirrored = is_rtl(lang)
    if mirrored:
        slots = mirror_slot_rects(slots, template)
    return replace(layout, slots=slots, lang=lang, editions={}, mirrored=mirrored)


@dataclass(frozen=True)
class SlotStatus:
    """One row of the translation table: a text slot's main text and its translation."""

    frame_id: str
    role: str
    label: str
    source: str
    target: str | None          # None: not translated
    translator: str = ""
    stale: bool = False         # the main text changed since it was translated
    overflow: bool = False      # the translation does not fit its frame

    @property
    def missing(self) -> bool:
        return self.target is None or not self.target.strip()


def slot_statuses(layout: SavedLayout, lang: str, template: Template,
                  overflowing: set[str] = frozenset()) -> list[SlotStatus]:
    """One SlotStatus per translatable frame with main-language text; `overflowing` are the
    frames whose text does not fit in `lang` (overflowing_frames, or the shown document's)."""
    check_language(layout, lang)
    edition = layout.editions.get(lang, Edition(lang))
    rows = []
    for spec in translatable_frames(template):
        source = main_text(layout, spec)
        if not source.strip():
            continue
        item = edition.texts.get(spec.id)
        if lang == layout.lang:
            item = Translation(source, text_hash(source))
        rows.append(SlotStatus(
            spec.id, spec.role, spec.label or spec.id, source, item.text if item else None,
            item.translator if item else "", bool(item) and item.source_hash != text_hash(source),
            spec.id in overflowing and item is not None))
    return rows


def overflowing_frames(layout: SavedLayout, lang: str, template: Template, brand) -> set[str]:
    """Frame ids whose text does not fit when the layout is laid out in `lang`."""
    from designer.layout.engine import build_document, template_for

    view = edition_layout(layout, lang, template)
    document = build_document(view, template_for(view, brand), brand)
    return {w.frame_id for w in document.warnings if w.code == "overflow"}


def with_translation(layout: SavedLayout, lang: str, frame_id: str, text: str,
                     source: str, translator: str = "") -> SavedLayout:
    """A copy with `frame_id` translated into `lang` from the main text `source`; an empty
    `text` removes the translation. Adds the edition if the layout has none for `lang`."""
    if lang == layout.lang:
        raise DesignerError(f"{lang!r} is the main language; edit its text in the layout", field="lang")
    edition = layout.editions.get(lang, Edition(lang))
    texts = dict(edition.texts)
    if text.strip():
        texts[frame_id] = Translation(text, text_hash(source), translator)
    else:
        texts.pop(frame_id, None)
    return replace(layout, editions={**layout.editions, lang: Edition(lang, texts)})


def with_edition(layout: SavedLayout, lang: str) -> SavedLayout:
    """A copy with an (empty) edition for `lang` added, if it has none."""
    if lang in languages(layout):
        return layout
    if not LANGUAGE_CODE.fullmatch(lang):
        raise DesignerError(f"{lang!r}: expected a language code like ar, en or fa-IR", field="lang")
    return replace(layout, editions={**layout.editions, lang: Edition(lang)})


def editing_view(layout: SavedLayout, lang: str | None, template: Template) -> tuple[SavedLayout, Template]:
    """What the editor shows for `lang` (None: the main language): the edition layout and the
    template as the volunteer may edit it there. Translated text is edited in the translation
    table, so translatable frames are content-locked in another language; a mirrored page is a
    view, so its frames cannot be moved or resized (geometry is edited unmirrored)."""
    lang = lang or layout.lang
    if lang == layout.lang and not is_rtl(lang):
        return layout, template
    view = edition_layout(layout, lang, template)
    translated = {f.id for f in translatable_frames(template)} if lang != layout.lang else set()
    shown = mirror_template(template) if view.mirrored else template
    pages = []
    for page in shown.pages:
        frames = []
        for spec in page.frames:
            locks = set(spec.locked) | ({"content"} if spec.id in translated else set())
            if view.mirrored:
                locks |= {"position", "size"}
            frames.append(replace(spec, locked=frozenset(locks)))
        pages.append(replace(page, frames=tuple(frames)))
    return view, replace(shown, pages=tuple(pages))
