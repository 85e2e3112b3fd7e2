"""PDF text from shaped glyph runs: glyph ids written as they are, at the engine's positions.

In: `TextRun`s (glyph ids, positions, clusters, source text) and a ReportLab canvas. Out: content
operators `BT /Gn size Tf x y Td [<gid> adjust <gid> ...] TJ ET` and, when the PDF is written,
one Type 0 font per font file: Identity-H encoding, a CIDFontType2 whose CIDs are the font's
glyph ids (CIDToGIDMap /Identity), the widths of the glyphs used, a TrueType subset that keeps
the glyph ids (designer.render.font_programs), and a ToUnicode CMap from each glyph to the source text of
its cluster (so ligatures copy as their letters). Runs whose text the CMap cannot give back
(a glyph standing for different text elsewhere, glyphs without text of their own) are wrapped
in /ActualText with their source text, so copy-paste gives the original words.
Right-to-left runs are stored as drawn, in visual order, the way PDF text extractors expect
(they reorder right-to-left text themselves, as poppler's pdftotext does): a ligature's text and
an /ActualText of a right-to-left run are written reversed. A line with right-to-left text gets
one /ActualText around all its runs instead, made for poppler's reordering
(designer.render.actual_text).
Nothing here measures or maps text to glyphs. Output is deterministic: resource names follow
first use, subset tags are hashes of the font program.
"""
from __future__ import annotations

import itertools
import weakref
from functools import lru_cache

from designer.layout.fonts import font_bbox, load_face
from designer.layout.frame_memo import ItemMemo
from designer.layout.frames import TextRun
from designer.render.actual_text import actual_text
from designer.render.font_programs import embedding
from designer.adapters import reportlab_glyph_text as rl

CMAP_CHUNK = 100        # entries per bfchar block (the CMap format's limit)


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _utf16(text: str) -> str:
    """UTF-16BE hex digits (a lone surrogate, which has no encoding, becomes "?")."""
    return text.encode("utf-16-be", errors="replace").hex().upper()


def cluster_texts(run: TextRun) -> list[str | None]:
    """The source text each glyph stands for: its cluster's text for the first glyph drawn of the
    cluster, None for the other glyphs of that cluster."""
    starts = sorted({glyph.cluster for glyph in run.glyphs})
    ends = dict(zip(starts, starts[1:] + [len(run.text)]))
    seen: set[int] = set()
    texts = []
    for glyph in run.glyphs:
        if glyph.cluster in seen:
            texts.append(None)
        else:
            seen.add(glyph.cluster)
            texts.append(run.text[glyph.cluster:ends[glyph.cluster]])
    return texts


# Glyph texts of runs drawn before, by item identity, while the run lives.
_GLYPH_TEXTS = ItemMemo()


def glyph_texts(run: TextRun) -> tuple[tuple[tuple[int, str], ...], bool]:
    """((glyph id, text it stands for as stored: reversed in a right-to-left run), ...) of the
    glyphs that carry their cluster's text, and False when some glyph carries none. Remembered
    while the run lives, like its operators."""
    found = _GLYPH_TEXTS.get(run)
    if found is None:
        pairs, complete = [], True
        for glyph, text in zip(run.glyphs, cluster_texts(run)):
            if text is None:
                complete = False
            else:
                pairs.append((glyph.id, text[::-1] if run.rtl else text))
        found = (tuple(pairs), complete)
        _GLYPH_TEXTS.put(run, found)
    return found


class GlyphFont:
    """One font file as used in one PDF: the glyphs drawn and the text each stands for."""

    def __init__(self, path: str, resource: str):
        self.path, self.resource = path, resource
        self.face = load_face(path)
        self.unicode: dict[int, str] = {}

    def record(self, run: TextRun) -> bool:
        """Remember the run's glyphs; True when the ToUnicode CMap alone gives back `run.text`."""
        pairs, complete = glyph_texts(run)
        exact = complete
        for glyph_id, text in pairs:
            known = self.unicode.setdefault(glyph_id, text)
            exact = exact and known == text
        return exact

    def width(self, glyph_id: int) -> float:
        """The glyph's advance in thousandths of an em (what the PDF font declares)."""
        return _advance(self.path, glyph_id)

    # PDF objects, made when the document is written ------------------------------------------
    def add_objects(self, document) -> None:
        """The font's five objects (Type 0 font, CIDFont, descriptor, font file, ToUnicode). Their
        bytes are made once per process for the same font program and glyph texts (every edition
        of a merge that draws the same glyphs), designer.adapters.reportlab_glyph_text.remembered."""
        program, shared = embedding(self.path, self.unicode)
        declared = {**shared, **self.unicode} if shared else self.unicode
        glyph_texts = tuple(sorted(declared.items()))
        file_key = (self.path, program.tag)
        names = {role: f"Glyph{role}:{self.resource}"
                 for role in ("FontFile", "FontDescriptor", "CIDFont", "ToUnicode", "Font")}

        def add(role: str, key, make, *references: str):
            return rl.reference(document, rl.remembered((role, key), tuple(names[r] for r in references), make),
                                names[role])

        texts_key = _texts_key(glyph_texts)
        add("FontFile", file_key, lambda: rl.compressed_stream(program.compressed, {"Length1": program.length}))
        add("FontDescriptor", file_key, lambda: self._descriptor(program, names["FontFile"]), "FontFile")
        add("CIDFont", (file_key, texts_key), lambda: self._cid_font(program, declared, names["FontDescriptor"]),
            "FontDescriptor")
        add("ToUnicode", texts_key, lambda: rl.stream(_cmap(glyph_texts).encode("ascii")))
        font = add("Font", file_key, lambda: self._type0(program, names["CIDFont"], names["ToUnicode"]),
                   "CIDFont", "ToUnicode")
        rl.register_font_resource(document, self.resource, font)

    def _base_font(self, program) -> str:
        return f"{program.tag}+{_font_info(self.path)['name']}"

    def _descriptor(self, program, font_file: str):
        info = _font_info(self.path)
        scale = 1000 / self.face.upem
        return rl.dictionary({
            "Type": rl.name("FontDescriptor"), "FontName": rl.name(self._base_font(program)), "Flags": 4,
            "FontBBox": rl.array([round(v * scale) for v in info["bbox"]]),
            "ItalicAngle": info["italic_angle"], "Ascent": round(self.face.ascent * 1000),
            "Descent": round(self.face.descent * 1000), "CapHeight": round(info["cap_height"] * scale),
            "StemV": 80, "FontFile2": rl.named_reference(font_file),
        })

    def _cid_font(self, program, declared: dict[int, str], descriptor: str):
        return rl.dictionary({
            "Type": rl.name("Font"), "Subtype": rl.name("CIDFontType2"), "BaseFont": rl.name(self._base_font(program)),
            "CIDSystemInfo": rl.dictionary({"Registry": _pdf_string("Adobe"),
                                            "Ordering": _pdf_string("Identity"), "Supplement": 0}),
            "FontDescriptor": rl.named_reference(descriptor),
            "W": rl.raw(self._widths(sorted(set(declared) | {0}))), "CIDToGIDMap": rl.name("Identity"),
        })

    def _type0(self, program, cid_font: str, to_unicode: str):
        return rl.dictionary({
            "Type": rl.name("Font"), "Subtype": rl.name("Type0"), "BaseFont": rl.name(self._base_font(program)),
            "Encoding": rl.name("Identity-H"), "DescendantFonts": rl.array([rl.named_reference(cid_font)]),
            "ToUnicode": rl.named_reference(to_unicode),
        })

    def _widths(self, glyph_ids: list[int]) -> str:
        """The CIDFont's /W array, "[first [w w ...] first [w ...]]" over runs of consecutive ids."""
        groups: list[tuple[int, list[int]]] = []
        for glyph_id in glyph_ids:
            width = round(self.width(glyph_id))
            if groups and groups[-1][0] + len(groups[-1][1]) == glyph_id:
                groups[-1][1].append(width)
            else:
                groups.append((glyph_id, [width]))
        return "[" + " ".join(f"{first} [{' '.join(map(str, widths))}]" for first, widths in groups) + "]"


def _cmap(glyph_texts: tuple[tuple[int, str], ...]) -> str:
    """The ToUnicode CMap of (glyph id, text) pairs in glyph order."""
    entries = [f"<{glyph_id:04X}> <{_utf16(text)}>" for glyph_id, text in glyph_texts]
    blocks = []
    for start in range(0, len(entries), CMAP_CHUNK):
        chunk = entries[start:start + CMAP_CHUNK]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


_TEXTS_KEYS: dict = {}


def _texts_key(glyph_texts: tuple) -> int:
    """A small number standing for a font's (glyph id, text) pairs, the same within a process for
    the same pairs (the remembered width and ToUnicode objects are keyed by it)."""
    number = _TEXTS_KEYS.get(glyph_texts)
    if number is None:
        if len(_TEXTS_KEYS) >= 512:
            _TEXTS_KEYS.clear()
        number = _TEXTS_KEYS[glyph_texts] = next(_KEY_NUMBERS)
    return number


_KEY_NUMBERS = itertools.count()


@lru_cache(maxsize=20_000)
def _advance(path: str, glyph_id: int) -> float:
    face = load_face(path)
    return face.hb_font.get_glyph_h_advance(glyph_id) * 1000 / face.upem


def _pdf_string(text: str):
    from reportlab.pdfbase.pdfdoc import PDFString

    return PDFString(text)


@lru_cache(maxsize=None)
def _font_info(path: str) -> dict:
    """PostScript name, bounding box, italic angle and cap height of a font file."""
    import uharfbuzz as hb

    face = load_face(path)
    bbox = font_bbox(face)
    name = face.hb_font.face.get_name(hb.OTNameIdPredefined.POSTSCRIPT_NAME) or face.name
    return {"name": "".join(c for c in name if c.isalnum() or c in "-_"), "bbox": bbox,
            "italic_angle": face.hb_font.get_style_value(hb.StyleTag.SLANT_ANGLE),
            "cap_height": face.hb_font.get_metric_position(hb.OTMetricsTag.CAP_HEIGHT) or bbox[3]}


_WRITERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def glyph_writer(canvas) -> GlyphTextWriter:
    """The glyph text writer of a canvas (one per PDF, made on first use)."""
    writer = _WRITERS.get(canvas)
    if writer is None:
        writer = _WRITERS[canvas] = GlyphTextWriter(canvas)
    return writer


class GlyphTextWriter:
    """Writes glyph runs into one PDF (all its pages and forms); fonts are added at the end."""

    def __init__(self, canvas):
        self._canvas = weakref.ref(canvas)      # a strong one would keep every canvas alive in _WRITERS
        self.fonts: dict[str, GlyphFont] = {}

    @property
    def canvas(self):
        return self._canvas()

    def font(self, path: str) -> GlyphFont:
        font = self.fonts.get(path)
        if font is None:
            font = self.fonts[path] = GlyphFont(path, f"G{len(self.fonts) + 1}")
            rl.add_late_font(self.canvas, font)
        return font

    def draw(self, run: TextRun, x: float, y: float, page_rtl: bool = False) -> None:
        """The run's glyphs with the run's origin at PDF point (x, y); fill colour already set.
        A run of a line with right-to-left text opens (first run) or closes (last run) the line's
        /ActualText span, read back as `run.line_text` on a page whose main direction is
        right to left when `page_rtl` (designer.render.actual_text). The operators of a run
        drawn before (the same item object of a remembered frame, designer.layout.frame_memo)
        are reused."""
        font = self.font(run.font) if run.glyphs else None
        exact = font.record(run) if font else True
        setting = (x, y, page_rtl, font.resource if font else "", exact)
        ops = _DRAWN.get(run, setting)
        if ops is None:
            ops = _operators(run, font, x, y, page_rtl, exact)
            _DRAWN.put(run, ops, setting)
        if ops:
            rl.append_operators(self.canvas, ops)


# Operators of runs drawn before, by item identity, while the run lives.
_DRAWN = ItemMemo()


def _operators(run: TextRun, font: GlyphFont | None, x: float, y: float, page_rtl: bool, exact: bool) -> str:
    """The content operators of a run (see GlyphTextWriter.draw); "" for a run without glyphs
    and without a span of its own."""
    index, count = run.line_part
    own_span = not exact and not run.line_text
    ops = []
    if run.line_text and index == 0:
        ops.append(_span(actual_text(run.line_text, page_rtl)))
    elif own_span:
        ops.append(_span(run.text[::-1] if run.rtl else run.text))
    if font:
        ops.append(f"BT /{font.resource} {_number(run.size)} Tf {_number(x)} {_number(y)} Td")
        ops.extend(_show(run, font))
        ops.append("ET")
    if own_span or (run.line_text and index == count - 1):
        ops.append("EMC")
    return "\n".join(ops)


def _span(text: str) -> str:
    """Opens a marked-content span whose text is `text`."""
    return f"/Span <</ActualText <FEFF{_utf16(text)}>>> BDC"


def _show(run: TextRun, font: GlyphFont) -> list[str]:
    """TJ arrays placing every glyph at its x (adjustments) and y (text rise)."""
    unit = run.size / 1000
    ops, parts, pen, rise = [], [], 0.0, 0.0
    for glyph in run.glyphs:
        if -glyph.y != rise:
            if parts:
                ops.append(f"[{' '.join(parts)}] TJ")
                parts = []
            rise = -glyph.y
            ops.append(f"{_number(rise)} Ts")
        shift = (glyph.x - pen) / unit
        if abs(shift) >= 0.0005:
            parts.append(_number(-shift))
        parts.append(f"<{glyph.id:04X}>")
        pen = glyph.x + font.width(glyph.id) * unit
    if parts:
        ops.append(f"[{' '.join(parts)}] TJ")
    if rise:
        ops.append("0 Ts")
    return ops
