"""Fill a layout's frames by role from manifesto content (used by the GUI, thumbnails and convert).

    layout = fill_section(layout, template, section, manifesto)   # one section into its frames
    layout = sample_layout(template)                              # complete Borlänge sample
    layout = fit_text_frame(layout, template, brand, "slogan")    # grow a frame until its text fits
    layout = add_item(layout, template, "headline", section, "bullet", 2)   # one paragraph/point
    layout = fill_profile(layout, template, profile, year)        # printer line and contact

Text follows the slot convention: one paragraph per line, bullets start with "• ". A frame whose
template locks its content is never written to. Everything here is pure data in, data out.
"""
from __future__ import annotations

import math
import re

from designer import paths
from designer.model.layout import BULLET, SavedLayout
from designer.model.template import FrameSpec, Template
from designer.units import Rect, mm

GROW_ROLES = ("slogan",)    # frames that grow to fit their text while it is typed
FIT_STEPS = 7           # binary-search steps when growing a frame to fit its text

SAMPLE_SECTION = "skola"
SAMPLE_PHOTO = "assets/images/dalalven-morgon.jpg"      # relative to the project root
SAMPLE_FOCUS = (0.62, 0.45)
SAMPLE_URL = "https://www.centerpartiet.se/borlange"
SAMPLE_CONTACT = "centerpartiet.se/borlange"
SAMPLE_PRINTER_LINE = "Tryck: Centerpartiet Borlänge (egen utskrift), Borlänge 2026"
SAMPLE_DATE = "2026-05-01T09:00:00Z"


def section_texts(section) -> dict[str, str]:
    """Slot texts by role for one section (a dict or an object with title/paragraphs/...).

    Returns the non-empty ones of headline, body, bullets ("Vi vill:\\n• a\\n• b") and quote.
    """
    title = _get(section, "title", "")
    paragraphs = [p.strip() for p in _get(section, "paragraphs", []) if p and p.strip()]
    bullets = [b.strip() for b in _get(section, "bullets", []) if b and b.strip()]
    intro = (_get(section, "list_intro", "") or "").strip()
    quotes = [q.strip() for q in _get(section, "quotes", []) if q and q.strip()]
    lines = ([intro] if intro and bullets else []) + [BULLET + b for b in bullets]
    texts = {"headline": (title or "").strip(), "body": "\n".join(paragraphs),
             "bullets": "\n".join(lines), "quote": quote_text(quotes[0]) if quotes else ""}
    return {role: text for role, text in texts.items() if text}


def fill_section(layout: SavedLayout, template: Template, section, manifesto=None,
                 page: int | None = None) -> SavedLayout:
    """`layout` with `section` placed by role; returns a new SavedLayout.

    Heading, paragraphs, bullets and the first quote go into the first unlocked frame of their
    role (on `page` only, if given); content without such a frame is left out. With `manifesto`, its first slogan, its title (subhead) and its people (candidate)
    go into every such frame that is still empty.
    """
    texts = section_texts(section)
    for role, text in texts.items():
        frames = _writable(template, role, page)
        if frames:
            layout = layout.with_slot(frames[0].id, text=text)
    if manifesto is not None:
        layout = fill_campaign(layout, template, manifesto)
    return layout


def fill_campaign(layout: SavedLayout, template: Template, manifesto) -> SavedLayout:
    """Campaign-wide content into empty, unlocked frames: the first slogan, the title (subhead),
    the candidate names and the manifesto's quotes (one per quote frame, in order)."""
    slogans = _get(manifesto, "slogans", [])
    people = _get(manifesto, "people", [])
    quotes = [q for s in _get(manifesto, "sections", []) for q in _get(s, "quotes", [])]
    values = {"slogan": [slogans[0]] if slogans else [], "subhead": [_get(manifesto, "title", "")],
              "candidate": [" · ".join(people)], "quote": [quote_text(q) for q in quotes]}
    for role, texts in values.items():
        texts = [t for t in texts if t]
        empty = [f for f in _writable(template, role) if not (layout.slot(f.id).text or "").strip()]
        for index, frame in enumerate(empty if texts else ()):
            layout = layout.with_slot(frame.id, text=texts[min(index, len(texts) - 1)])
    return layout


def fill_profile(layout: SavedLayout, template: Template, profile, year: int) -> SavedLayout:
    """The campaign profile into the layout: the printer line (in this `year`; an older year of the
    same printer and place is brought up to date) and the contact line where it is empty."""
    line = profile.printer_line(year) if profile is not None else ""
    contact = " · ".join(p for p in (profile.organisation, profile.contact) if p) if profile else ""
    stale = f"Tryck: {profile.printer}, {profile.place} " if line else None
    for role, text in (("printer_line", line), ("contact", contact)):
        for frame in _writable(template, role) if text else ():
            current = (layout.slot(frame.id).text or "").strip()
            if not current or (role == "printer_line" and current.startswith(stale)):
                layout = layout.with_slot(frame.id, text=text)
    return layout


def start_layout(template: Template, section, manifesto, profile=None, year: int = 2026,
                 photo: str | None = None, brand=None) -> SavedLayout:
    """A new layout of `template` filled from one manifesto `section` (and the campaign-wide
    content), with the profile's printer line and contact and, if given, `photo` (an absolute
    path) in every unlocked photo frame. Template default photos resolve next to the template.
    With `brand`, body text that does not fit its frame is shortened to whole sentences that do
    (`shorten_to_fit`; the full section stays in the manifesto)."""
    from pathlib import Path

    layout = SavedLayout(template=template.id, title=_get(section, "title", "") or "",
                         base_dir=str(Path(template.source).parent) if template.source else "")
    layout = fill_section(layout, template, section, manifesto)
    layout = fill_profile(layout, template, profile, year)
    for _, frame in template.frames() if photo else ():
        if frame.role == "photo" and frame.type == "image" and "content" not in frame.locked:
            layout = layout.with_slot(frame.id, image=photo)
    for frame in _writable(template, "body") if brand is not None else ():
        layout = shorten_to_fit(layout, template, brand, frame.id)
    return layout


def shorten_to_fit(layout: SavedLayout, template: Template, brand, frame_id: str) -> SavedLayout:
    """`layout` with the text of `frame_id` cut after the last whole sentence that still fits
    (at least one sentence is kept); unchanged when it fits already."""
    from designer.layout.engine import build_document

    text = layout.slot(frame_id).text or ""
    sentences = _sentences(text)

    def fits(count: int) -> bool:
        trial = layout.with_slot(frame_id, text=_joined(sentences[:count]))
        return not any(w.code == "overflow" and w.frame_id == frame_id
                       for w in build_document(trial, template, brand).warnings)

    if len(sentences) < 2 or fits(len(sentences)):
        return layout
    low, high = 1, len(sentences)          # fits(low) is assumed, fits(high) is false
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return layout.with_slot(frame_id, text=_joined(sentences[:low]))


def _sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph number, sentence) pairs of a slot text."""
    out = []
    for number, paragraph in enumerate(text.split("\n")):
        out += [(number, part) for part in re.split(r"(?<=[.!?])\s+", paragraph.strip()) if part]
    return out


def _joined(sentences: list[tuple[int, str]]) -> str:
    """Sentences back into paragraphs (one per line)."""
    paragraphs: dict[int, list[str]] = {}
    for number, sentence in sentences:
        paragraphs.setdefault(number, []).append(sentence)
    return "\n".join(" ".join(parts) for parts in paragraphs.values())


def quote_text(quote: str) -> str:
    """A quote in Swedish quotation marks: ”Att lyssna …”."""
    return "\u201d" + quote.strip().strip("\u201d\u201c\"") + "\u201d"


def sample_layout(template: Template, manifesto=None) -> SavedLayout:
    """A complete sample layout for thumbnails and tests, with the Borlänge manifesto.

    The school section fills the main frames; later pages with empty story frames of their own get
    the next sections that have a list. Photos, printer line, contact and QR address are filled.
    """
    if manifesto is None:
        from designer.io.manifesto_file import load_manifesto
        manifesto = load_manifesto(paths.MANIFESTO / "borlange.json")
    sections = list(_get(manifesto, "sections", []))
    main = next((s for s in sections if _get(s, "id", "") == SAMPLE_SECTION), sections[0])
    layout = SavedLayout(template=template.id, title=_get(main, "title", ""), date=SAMPLE_DATE,
                         base_dir=str(paths.ROOT))
    layout = fill_section(layout, template, main, manifesto)
    others = iter(s for s in sections if s is not main and _get(s, "bullets", []))
    for index in range(len(template.pages)):
        if _page_has_empty_story(layout, template, index):
            extra = next(others, None)
            if extra is None:
                break
            layout = fill_section(layout, template, extra, page=index)
    return _fill_fixed(layout, template)


def _fill_fixed(layout: SavedLayout, template: Template) -> SavedLayout:
    """Sample photo, printer line, contact and QR address into every unlocked frame of the role."""
    for _, frame in template.frames():
        if "content" in frame.locked:
            continue
        if frame.role == "photo" and frame.type == "image":
            layout = layout.with_slot(frame.id, image=SAMPLE_PHOTO, focus=SAMPLE_FOCUS)
        elif frame.role == "printer_line":
            layout = layout.with_slot(frame.id, text=SAMPLE_PRINTER_LINE)
        elif frame.role == "contact" and frame.type == "text" and "text" not in frame.default:
            layout = layout.with_slot(frame.id, text=SAMPLE_CONTACT)
        elif frame.type == "qr":
            layout = layout.with_slot(frame.id, url=SAMPLE_URL)
    return layout


def _page_has_empty_story(layout: SavedLayout, template: Template, page: int) -> bool:
    story = [f for f in template.pages[page].frames
             if f.role in ("headline", "body", "bullets") and "content" not in f.locked]
    return bool(story) and all(layout.slot(f.id).text is None for f in story)


def _writable(template: Template, role: str, page: int | None = None) -> list[FrameSpec]:
    """Text frames of `role` whose content is not locked, in drawing order (on `page` if given)."""
    pages = template.pages if page is None else template.pages[page:page + 1]
    return [f for p in pages for f in p.frames
            if f.role == role and f.type == "text" and "content" not in f.locked]


def _get(source, name: str, default):
    """A field of a dict or an attribute of an object."""
    if isinstance(source, dict):
        return source.get(name, default)
    return getattr(source, name, default)



def add_item(layout: SavedLayout, template: Template, frame_id: str, section, kind: str,
             index: int) -> SavedLayout | None:
    """`layout` with one paragraph (`kind` "paragraph") or point ("bullet") of `section` added as a
    new line of text frame `frame_id`; None when the frame cannot take text (missing, not text,
    content locked) or the item does not exist."""
    spec = template.frame(frame_id) if frame_id else None
    if spec is None or spec.type != "text" or "content" in spec.locked:
        return None
    items = _get(section, "paragraphs" if kind == "paragraph" else "bullets", [])
    if not 0 <= index < len(items):
        return None
    line = BULLET + items[index] if kind == "bullet" else items[index]
    current = layout.slot(frame_id).text
    return layout.with_slot(frame_id, text=line if not current else current.rstrip("\n") + "\n" + line)


def fit_text_frame(layout: SavedLayout, template: Template, brand, frame_id: str) -> SavedLayout:
    """`layout` with text frame `frame_id` grown (wider around its centre, then taller) just
    enough that its text shows whole and unbroken, within the page's safe area. A frame whose size
    the template locks, or whose text already fits, is returned unchanged; so is one that cannot fit."""
    from designer.layout.engine import build_document

    spec = template.frame(frame_id)
    if spec is None or spec.type != "text" or "size" in spec.locked:
        return layout
    unit = mm(1) if template.kind == "print" else 1.0
    safe = template.safe_rect
    start = _frame_rect(layout, spec, unit)

    def fits(rect: Rect) -> bool:
        trial = layout.with_slot(frame_id, rect_mm=_in_units(rect, unit))
        return _text_whole(build_document(trial, template, brand), frame_id, trial.slot(frame_id).text or "")

    if fits(start):
        return layout
    wide = _grown(start, safe, safe.w, start.h)
    best = _search(fits, lambda w: _grown(start, safe, w, start.h), start.w, wide.w)
    if best is None:
        best = _search(fits, lambda h: _grown(wide, safe, wide.w, h), start.h, min(safe.h, start.h * 3))
    if best is None:
        return layout
    return layout.with_slot(frame_id, rect_mm=_in_units(best, unit))


def _in_units(rect: Rect, unit: float) -> tuple[float, float, float, float]:
    """A rect override in template units (mm or px), 0.1 precision, rounded outwards in size."""
    return (round(rect.x / unit, 1), round(rect.y / unit, 1),
            math.ceil(rect.w / unit * 10) / 10, math.ceil(rect.h / unit * 10) / 10)


def _frame_rect(layout: SavedLayout, spec: FrameSpec, unit: float) -> Rect:
    rect_mm = layout.slot(spec.id).rect_mm
    return Rect(*(v * unit for v in rect_mm)) if rect_mm else spec.rect


def _grown(rect: Rect, safe: Rect, width: float, height: float) -> Rect:
    """`rect` resized to width × height around its centre, then shifted inside `safe`."""
    width, height = min(width, safe.w), height
    x = min(max(rect.x + (rect.w - width) / 2, safe.x), safe.right - width)
    y = min(max(rect.y + (rect.h - height) / 2, safe.y), max(safe.y, safe.bottom - height))
    return Rect(x, y, width, height)


def _search(fits, rect_for, low: float, high: float) -> Rect | None:
    """The smallest rect_for(size) with size in (low, high] that fits, None if even `high` does not."""
    if high <= low or not fits(rect_for(high)):
        return None
    for _ in range(FIT_STEPS):
        middle = (low + high) / 2
        if fits(rect_for(middle)):
            high = middle
        else:
            low = middle
    return rect_for(high)


def _text_whole(document, frame_id: str, text: str) -> bool:
    """True when the frame shows all its text with no word broken at a line end."""
    if any(w.code == "overflow" and w.frame_id == frame_id for w in document.warnings):
        return False
    shown = " ".join(run.text.strip() for page in document.pages for run in page.items
                     if getattr(run, "frame_id", None) == frame_id and hasattr(run, "font"))
    return " ".join(shown.split()).casefold() == " ".join(text.split()).casefold()
