"""Embedded font programs: HarfBuzz subsets that keep glyph ids, one shared subset for all the
editions of a merge, distinct subset tags, and no canvas kept alive after writing."""
from __future__ import annotations

import gc
import hashlib
import io
import shutil

import pikepdf
import uharfbuzz as hb
from fontTools.ttLib import TTFont

from designer import paths
from designer.batch.merge import MergePlan
from designer.io.layout_file import load_layout
from designer.layout.engine import build_document
from designer.render.font_programs import embedding, font_program, run_characters, shared_glyphs
from designer.render.pdf import render_pdf

EDITIONS = paths.EXAMPLES / "editions"
FONT = str(paths.FONTS / "OpenSans-Regular.ttf")


def _gid(text: str) -> int:
    font = hb.Font(hb.Face(hb.Blob.from_file_path(FONT)))
    return font.get_nominal_glyph(ord(text))


def _font_files(pdf_path) -> dict[str, bytes]:
    with pikepdf.open(pdf_path) as pdf:
        return {str(font.BaseFont): font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()
                for _, font in pdf.pages[0].Resources.Font.items() if font.Subtype == "/Type0"}


def test_subset_keeps_glyph_ids_and_outlines_of_used_glyphs_only():
    used = tuple(sorted({0, _gid("B"), _gid("ö")}))
    program = font_program(FONT, used)
    import zlib

    data = zlib.decompress(program.compressed)
    assert len(data) == program.length
    font = TTFont(io.BytesIO(data))
    original = TTFont(FONT, lazy=True)
    glyf = font["glyf"]
    order = font.getGlyphOrder()
    assert len(order) == max(used) + 1                          # ids kept, nothing renumbered
    drawn = {gid for gid, name in enumerate(order) if glyf[name].numberOfContours != 0}
    original_glyf = original["glyf"]
    components = {original.getGlyphID(c.glyphName) for gid in used
                  for c in getattr(original_glyf[original.getGlyphOrder()[gid]], "components", None) or ()}
    assert components, "ö is a composite of o and the dieresis"
    assert drawn == set(used) | components
    for gid in used:
        name = order[gid]
        assert font["hmtx"][name] == original["hmtx"][original.getGlyphOrder()[gid]]
    assert "GSUB" not in font and "GPOS" not in font


def program_for(path: str, used: set[int]):
    """The font program a document drawing glyphs `used` embeds."""
    return embedding(path, used)[0]


def test_a_document_outside_the_shared_characters_gets_its_own_subset():
    shared = run_characters(["Borlänge"])
    inside = {_gid(c) for c in "Borlänge"}
    outside = inside | {_gid("Q")}
    with shared_glyphs(shared):
        in_run = program_for(FONT, inside)
        beyond = program_for(FONT, outside)
    assert set(in_run.glyph_ids) > inside                      # the closure: B, b, L, l, ...
    assert _gid("B") in in_run.glyph_ids and _gid("Ä") in in_run.glyph_ids
    assert set(beyond.glyph_ids) == outside | {0}
    assert program_for(FONT, inside).glyph_ids == tuple(sorted(inside | {0}))   # outside a run


def test_a_shared_subset_declares_each_characters_own_glyph_but_not_a_glyph_two_share():
    characters = run_characters(["Borlänge 2026"])
    with shared_glyphs(characters):
        _, declared = embedding(FONT, {_gid("B")})
    assert declared[_gid("ä")] == "ä" and declared[_gid("2")] == "2" and declared[_gid(" ")] == " "
    assert embedding(FONT, {_gid("B")})[1] == {}                           # outside a run
    lato = str(paths.FONTS / "Lato-Black.ttf")                # one glyph for space and no-break space
    space = hb.Font(hb.Face(hb.Blob.from_file_path(lato))).get_nominal_glyph(ord(" "))
    with shared_glyphs(run_characters(["Borlänge 2026"])):
        _, declared = embedding(lato, {space})
    assert declared and space not in declared, "the drawn text decides what a shared glyph stands for"


def test_editions_with_different_place_names_write_the_same_font_objects(tmp_path):
    """Read back with pikepdf: widths and ToUnicode of every font are the same in every edition,
    and each edition's own text still maps back through them."""
    shutil.copytree(EDITIONS, tmp_path / "ed")
    assert MergePlan(tmp_path / "ed" / "mote-a5.json", tmp_path / "ed" / "moten.csv", tmp_path / "out").run().exit_code == 0
    objects = []
    for path in sorted((tmp_path / "out").glob("*.pdf"))[:4]:
        with pikepdf.open(path) as pdf:
            fonts = pdf.pages[0].Resources.Font
            objects.append({str(font.BaseFont): (repr(font.DescendantFonts[0].W), font.ToUnicode.read_bytes())
                            for font in (fonts[name] for name in fonts.keys())})
    assert len(objects) == 4 and all(o == objects[0] for o in objects)


def test_too_many_characters_are_not_shared():
    assert run_characters(["".join(map(chr, range(0x4E00, 0x5A00)))]) is None


def test_merge_editions_embed_the_same_font_programs(tmp_path):
    shutil.copytree(EDITIONS, tmp_path / "ed")
    report = MergePlan(tmp_path / "ed" / "mote-a5.json", tmp_path / "ed" / "moten.csv", tmp_path / "out").run()
    assert report.exit_code == 0
    files = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(files) >= 3
    fonts = [_font_files(f) for f in files]
    assert all(f == fonts[0] for f in fonts), "every edition embeds the same subsets"
    texts = {f.read_bytes() for f in files}
    assert len(texts) == len(files)                             # yet each edition is its own
    tags = [name.split("+")[0] for name in fonts[0]]
    assert len(set(tags)) == len(tags), "ISO 32000-1 9.6.4: different subsets, different tags"


def test_subset_tags_differ_between_fonts_of_one_pdf(tmp_path):
    out = tmp_path / "flyer.pdf"
    out.write_bytes(render_pdf(build_document(load_layout(paths.EXAMPLES / "skola-a5.json"))))
    names = list(_font_files(out))
    programs = [hashlib.sha256(b).hexdigest() for b in _font_files(out).values()]
    assert len(set(n.split("+")[0] for n in names)) == len(names) == len(set(programs))


def test_writing_a_pdf_keeps_no_canvas_alive():
    from reportlab.pdfgen.canvas import Canvas

    document = build_document(load_layout(paths.EXAMPLES / "skola-a5.json"))
    render_pdf(document)
    gc.collect()
    before = sum(isinstance(o, Canvas) for o in gc.get_objects())
    for _ in range(3):
        render_pdf(document)
    gc.collect()
    assert sum(isinstance(o, Canvas) for o in gc.get_objects()) == before


def test_exporting_leaves_reportlab_text_of_the_same_font_intact(tmp_path):
    """The page-start font registered for our PDFs must not stand in for a real font that the
    preflight report, the proof stamp or anyone else registers later with ReportLab."""
    import pypdfium2
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont
    from reportlab.pdfgen.canvas import Canvas

    render_pdf(build_document(load_layout(paths.EXAMPLES / "skola-a5.json")))
    pdfmetrics.registerFont(ReportLabFont("LaterOpenSans", FONT))
    out = tmp_path / "later.pdf"
    canvas = Canvas(str(out))
    canvas.setFont("LaterOpenSans", 12)
    canvas.drawString(50, 700, "Hej Borlänge")
    canvas.save()
    page = pypdfium2.PdfDocument(str(out))[0]
    assert page.get_textpage().get_text_range().strip() == "Hej Borlänge"
