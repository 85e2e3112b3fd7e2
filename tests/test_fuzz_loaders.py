"""Fuzzing every loader in process: random and mutated layouts, templates, brand kits, manifestos,
CSV/XLSX and images either load or raise the product's own located error (DesignerError /
ImageProblem), never anything else. Layouts that load are laid out too, and what is laid out
holds only finite numbers (a NaN there becomes a broken PDF)."""
from __future__ import annotations

import io
import itertools
import json
import math
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from designer.batch.datasource import DataSource
from designer.errors import DesignerError
from designer.io.brand_file import load_brand
from designer.io.layout_file import load_layout
from designer.io.manifesto_file import load_manifesto
from designer.io.template_file import load_template
from designer.layout.engine import build_document
from designer.layout.fonts import register_font
from designer.layout.frames import Box, PlacedImage, TextRun
from designer.layout.images import ImageProblem, image_info
from designer.model.layout import SavedLayout
from designer.render.images import ImageSettings, prepared_image
from designer.units import Rect
from tests.conftest import ROOT
from tests.fuzz_inputs import dump, fuzz_settings, json_values, mutated, mutated_bytes, plausible_layouts, workbook

PHOTO = ROOT / "assets" / "images" / "dalalven-morgon.jpg"
LAYOUT = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))
LAYOUT["slots"]["photo"]["image"] = str(PHOTO)
TEMPLATE = json.loads((ROOT / "layouts" / "a5-flyer.json").read_text(encoding="utf-8"))
BRAND = json.loads((ROOT / "assets" / "brand" / "default.json").read_text(encoding="utf-8"))
MANIFESTO = json.loads((ROOT / "assets" / "manifesto" / "borlange.json").read_text(encoding="utf-8"))
CSV = (ROOT / "layouts" / "examples" / "editions" / "moten.csv").read_bytes()
_names = itertools.count()


def fresh(folder: Path, suffix: str) -> Path:
    """A new file name per example (the brand kit loader caches by path)."""
    return folder / f"f{next(_names)}{suffix}"


def write(folder: Path, text: str, suffix: str = ".json") -> Path:
    path = fresh(folder, suffix)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


def assert_finite(document) -> None:
    """Every coordinate and size the renderers would write is a finite number."""
    for page in document.pages:
        for item in page.items:
            rects = [item.rect] if isinstance(item, Box) else []
            if isinstance(item, PlacedImage):
                rects = [item.rect, item.clip]
            numbers = [v for r in rects for v in (r.x, r.y, r.w, r.h)]
            if isinstance(item, TextRun):
                numbers += [item.x, item.y, item.size, item.width]
                numbers += [v for glyph in item.glyphs for v in (glyph.x, glyph.y)]
            assert all(math.isfinite(v) for v in numbers), item


def loaded(loader, *args):
    """`loader(*args)`, or None when it refuses with the product's one-line located error."""
    try:
        return loader(*args)
    except DesignerError as exc:
        assert "\n" not in exc.located() and len(exc.located()) <= 400, exc.located()
        return None


def lay_out(layout: SavedLayout | None, template=None) -> None:
    """Lay out a loaded layout (if any); what comes out holds only finite numbers."""
    document = loaded(build_document, layout, template) if layout is not None else None
    if document is not None:
        assert_finite(document)


@fuzz_settings(60)
@given(document=mutated(LAYOUT))
def test_mutated_layouts(tmp_path_factory, document):
    lay_out(loaded(load_layout, write(_folder(tmp_path_factory), dump(document))))


@fuzz_settings(60)
@given(document=plausible_layouts(LAYOUT))
def test_extreme_but_valid_layouts_lay_out(tmp_path_factory, document):
    folder = _folder(tmp_path_factory)
    if not (folder / "photo.jpg").exists():
        (folder / "photo.jpg").write_bytes(PHOTO.read_bytes())
    lay_out(loaded(load_layout, write(folder, dump(document))))


@fuzz_settings(30)
@given(document=json_values)
def test_random_json_in_every_loader(tmp_path_factory, document):
    folder = _folder(tmp_path_factory)
    for loader in (load_layout, load_template, load_manifesto, load_brand):
        loaded(loader, write(folder, dump(document)))


@fuzz_settings(40)
@given(data=mutated_bytes(dump(LAYOUT).encode("utf-8")))
def test_damaged_layout_files(tmp_path_factory, data):
    path = fresh(_folder(tmp_path_factory), ".json")
    path.write_bytes(data)
    lay_out(loaded(load_layout, path))


@fuzz_settings(50)
@given(document=mutated(TEMPLATE))
def test_mutated_templates(tmp_path_factory, document):
    template = loaded(load_template, write(_folder(tmp_path_factory), dump(document)), load_brand())
    if template is not None:
        lay_out(load_layout(ROOT / "layouts" / "examples" / "skola-a5.json"), template)


@fuzz_settings(40)
@given(document=mutated(BRAND))
def test_mutated_brand_kits(tmp_path_factory, document):
    loaded(load_brand, write(_folder(tmp_path_factory), dump(document)))


@fuzz_settings(30)
@given(document=mutated(MANIFESTO))
def test_mutated_manifestos(tmp_path_factory, document):
    loaded(load_manifesto, write(_folder(tmp_path_factory), dump(document)))


def read_rows(path: Path) -> None:
    try:
        source = DataSource(path)
        for row in source.rows():
            assert row.number >= 2 and all(isinstance(v, str) for v in row.values.values())
    except DesignerError as exc:
        assert "\n" not in exc.located()


@fuzz_settings(60)
@given(data=st.one_of(mutated_bytes(CSV), mutated_bytes(CSV.decode("cp1252").encode("utf-8")),
                      st.binary(max_size=2000)))
def test_damaged_csv(tmp_path_factory, data):
    path = fresh(_folder(tmp_path_factory), ".csv")
    path.write_bytes(data)
    read_rows(path)


@fuzz_settings(40)
@given(data=mutated_bytes(workbook([["ort", "kandidat", "datum"], ["Borlänge", "Sören", 4], ["Falun", "Åsa", 5.5]]), max_changes=3))
def test_damaged_xlsx(tmp_path_factory, data):
    path = fresh(_folder(tmp_path_factory), ".xlsx")
    path.write_bytes(data)
    read_rows(path)


def small_image(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (96, 64), (30, 120, 60)).save(buffer, fmt)
    return buffer.getvalue()


@fuzz_settings(50)
@given(data=st.one_of(mutated_bytes(small_image("JPEG")), mutated_bytes(small_image("PNG")),
                      mutated_bytes(PHOTO.read_bytes()[:20000], max_changes=2)))
def test_damaged_images(tmp_path_factory, data):
    path = fresh(_folder(tmp_path_factory), ".img")
    path.write_bytes(data)
    try:
        info = image_info(path)
    except ImageProblem as problem:
        assert problem.code in ("image_corrupt", "image_too_large") and path.name in problem.message_en
        return
    placed = PlacedImage("photo", Rect(0, 0, 100, 70), Rect(5, 5, 90, 60), str(path), (info.width, info.height), 300)
    try:
        assert Path(prepared_image(placed, ImageSettings())).is_file()
    except DesignerError as exc:
        assert path.name in exc.located()


FONT = (ROOT / "assets" / "fonts" / "OpenSans-Regular.ttf").read_bytes()


@fuzz_settings(40)
@given(data=mutated_bytes(FONT, max_changes=4))
def test_damaged_brand_fonts(tmp_path_factory, data):
    """A brand kit's damaged font file is a located error (before: struct.error tracebacks)."""
    path = fresh(_folder(tmp_path_factory), ".ttf")
    path.write_bytes(data)
    try:
        assert register_font(str(path)) == path.stem
    except DesignerError as exc:
        assert exc.located().startswith(f"{path.name}: not a usable TrueType font")


_FOLDERS: dict = {}


def _folder(factory) -> Path:
    """One temporary folder per test session for all fuzz files."""
    if "folder" not in _FOLDERS:
        _FOLDERS["folder"] = factory.mktemp("fuzz")
    return _FOLDERS["folder"]
