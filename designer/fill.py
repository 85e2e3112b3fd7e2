"""Fill a layout's frames by role from manifesto content (used by the GUI, thumbnails and convert).

    layout = fill_section(layout, template, section, manifesto)   # one section into its frames
    layout = sample_layout(template)                              # complete Borlänge sample

Text follows the slot convention: one paragraph per line, bullets start with "• ". A frame whose
template locks its content is never written to. Everything here is pure data in, data out.
"""
from __future__ import annotations

from designer import paths
from designer.model.layout import BULLET, SavedLayout
from designer.model.template import FrameSpec, Template

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

