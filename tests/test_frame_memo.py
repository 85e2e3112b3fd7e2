"""Frames an edition does not change are laid out and drawn once per process (designer.layout.frame_memo):
the same item objects come back, warnings are replayed, anything that changes the frame lays it
out anew, and the PDF bytes do not depend on what the process remembers."""
from __future__ import annotations

import gc

from designer.fill import sample_layout
from designer.io.template_registry import load_catalog
from designer.layout import engine
from designer.layout.engine import build_document
from designer.layout.frame_memo import FrameMemo
from designer.render import pdf, pdf_text
from designer.render.pdf import PdfOptions, render_pdf
from designer.units import mm


def _items(document, frame_id: str) -> list:
    return [item for page in document.pages for item in page.items if item.frame_id == frame_id]


def _forget_everything() -> None:
    for memo in (engine._MEMO, pdf._PATHS, pdf_text._DRAWN, pdf_text._GLYPH_TEXTS):
        memo.clear()


def test_the_memo_is_a_bounded_least_recently_used_map_that_keeps_its_objects_alive():
    memo = FrameMemo(capacity=2)

    class Thing:
        pass

    thing = Thing()
    memo.put(id(thing), "a", keep=(thing,))
    memo.put("b", "b")
    assert memo.get(id(thing)) == "a"          # now the most recently used
    memo.put("c", "c")                         # evicts "b", the least recently used
    assert memo.get("b") is None and memo.get("c") == "c" and len(memo) == 2
    alive = id(thing)
    del thing
    gc.collect()
    assert memo.get(alive) == "a", "the entry holds its object, so its id names nothing else"


def test_unchanged_frames_come_back_as_the_same_objects_and_a_changed_one_is_laid_out_anew():
    template = load_catalog().get("a5-flyer")
    layout = sample_layout(template)
    first = build_document(layout, template)
    changed = build_document(layout.with_slot("headline", text="Ny rubrik för Borlänge"), template)
    for frame_id in ("body", "bullets", "printer-line", "logo", "footer"):
        before, after = _items(first, frame_id), _items(changed, frame_id)
        assert before and all(a is b for a, b in zip(before, after)), frame_id
    headline = _items(changed, "headline")
    assert "".join(run.text for run in headline).replace(" ", "").upper() == "NYRUBRIKFÖRBORLÄNGE"
    assert not any(a is b for a, b in zip(_items(first, "headline"), headline))


def test_a_remembered_frame_still_reports_its_warnings():
    template = load_catalog().get("a5-flyer")
    layout = sample_layout(template).with_slot("contact", text="ord " * 400)
    codes = [[(w.code, w.frame_id) for w in build_document(layout, template).warnings if w.frame_id == "contact"]
             for _ in range(2)]
    assert ("overflow", "contact") in codes[0] and codes[0] == codes[1]


def test_another_bleed_or_template_object_never_takes_a_remembered_frame():
    template = load_catalog().get("a5-flyer")
    layout = sample_layout(template)
    plain = build_document(layout, template)
    wider = build_document(layout, template, bleed=mm(5))
    background = _items(plain, "background")[0], _items(wider, "background")[0]
    assert background[0].rect != background[1].rect            # the fill reaches into the wider bleed
    assert wider.pages[0].bleed == mm(5)


def test_pdf_bytes_are_the_same_from_a_fresh_process_memory_and_a_warm_one():
    template = load_catalog().get("a5-flyer")
    layout = sample_layout(template)
    _forget_everything()
    cold_print = render_pdf(build_document(layout, template))
    cold_proof = render_pdf(build_document(layout, template), PdfOptions(mode="proof"))
    warm_proof = render_pdf(build_document(layout, template), PdfOptions(mode="proof"))
    warm_print = render_pdf(build_document(layout, template))
    assert warm_print == cold_print and warm_proof == cold_proof
    assert warm_print != warm_proof       # other page geometry: remembered operators are not mixed up


def test_what_a_renderer_remembers_of_an_item_goes_with_the_item():
    from designer.layout.frame_memo import ItemMemo

    class Item:
        pass

    memo, item = ItemMemo(), Item()
    memo.put(item, "ops", extra=(1.0, 2.0))
    assert memo.get(item, (1.0, 2.0)) == "ops" and memo.get(item, (0.0, 2.0)) is None
    del item
    gc.collect()
    assert len(memo) == 0
    assert memo.get(Item(), (1.0, 2.0)) is None


def test_rows_with_their_own_qr_code_leave_nothing_behind_in_the_renderer():
    template = load_catalog().get("poster-a2")
    layout = sample_layout(template)
    _forget_everything()
    for row in range(60):
        render_pdf(build_document(layout.with_slot("qr", url=f"https://exempel.se/anmal?rad={row}"), template))
    gc.collect()
    remembered_paths = len(pdf._PATHS)
    assert remembered_paths < 20, "only the paths of frames the engine still remembers (logo), not 60 QR codes"
    assert len(engine._MEMO) <= engine._MEMO.capacity


def test_threads_laying_out_at_once_get_the_same_documents_as_one_thread():
    """The app lays out on its UI thread while an export or the thumbnails run on worker threads."""
    from concurrent.futures import ThreadPoolExecutor

    catalog = load_catalog()
    templates = [catalog.get(name) for name in ("a5-flyer", "poster-a3", "dl-flyer", "candidate-card")]
    layouts = [sample_layout(template) for template in templates]
    _forget_everything()
    alone = [render_pdf(build_document(layout, template)) for layout, template in zip(layouts, templates)]
    engine._MEMO.capacity, capacity = 4, engine._MEMO.capacity        # constant eviction between threads
    try:
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(lambda i: render_pdf(build_document(layouts[i % 4], templates[i % 4])), range(24)))
    finally:
        engine._MEMO.capacity = capacity
    assert together == [alone[i % 4] for i in range(24)]
