"""Read a brand kit file (assets/brand/*.json) into a BrandKit."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from designer import paths
from designer.errors import DesignerError, FileFormatError, excerpt
from designer.io.jsonfile import migrate, read_json, validate
from designer.model.brand import BrandKit, Logo, LogoShape
from designer.model.color import Color, rgb_from_hex
from designer.model.layout import SavedLayout

FORMAT = "designer.brand"
VERSION = 1
DEFAULT_BRAND = paths.BRAND / "default.json"


def load_brand(path: str | Path | None = None) -> BrandKit:
    """Load a brand kit (default: the shipped kit). Cached by resolved path."""
    return _load(str(Path(path or DEFAULT_BRAND).resolve()))


def layout_brand(layout: SavedLayout) -> BrandKit:
    """The brand kit a layout names (relative to its folder), or the shipped one. A problem with
    it is reported at the layout's `brand` field: `flyer.json: brand: kit.json: file not found`."""
    if not layout.brand:
        return load_brand()
    try:
        return load_brand(layout.file_path(layout.brand))
    except DesignerError as exc:
        raise FileFormatError(exc.located(), file=layout.source or None, field="brand") from None


@lru_cache(maxsize=16)
def _load(path_text: str) -> BrandKit:
    path = Path(path_text)
    data = migrate(read_json(path), FORMAT, VERSION, {}, path)
    validate(data, "brand", path)
    palette = {}
    for name, swatch in data["palette"].items():
        palette[name] = Color(name, tuple(v / 100 for v in swatch["cmyk"]), rgb_from_hex(swatch["rgb"]),
                              swatch.get("spot"), swatch.get("overprint", False))
    fonts = {key: _font_path(path, key, file) for key, file in data["fonts"].items()}
    script_fonts = {script: {key: _font_path(path, f"{script}.{key}", file, "script_fonts")
                             for key, file in keys.items()}
                    for script, keys in data.get("script_fonts", {}).items()}
    logo = _logo(data["logo"], palette, path) if "logo" in data else None
    return BrandKit(data["name"], palette, fonts, logo, data.get("printer_line", ""), source=str(path),
                    script_fonts=script_fonts)


def _font_path(brand_path: Path, key: str, file: str, section: str = "fonts") -> Path:
    for folder in (brand_path.parent, paths.FONTS):
        candidate = (folder / file)
        if candidate.is_file():
            return candidate
    raise FileFormatError(f"font file {excerpt(file)} not found", file=brand_path, field=f"{section}.{key}")


def _logo(data: dict, palette: dict, path: Path) -> Logo:
    shapes = []
    for index, shape in enumerate(data["shapes"]):
        field = f"logo.shapes[{index}]"
        if shape["fill"] not in palette:
            raise FileFormatError(f"unknown swatch {excerpt(shape['fill'])}", file=path, field=f"{field}.fill")
        if "circle" in shape:
            shapes.append(LogoShape("circle", shape["fill"], circle=tuple(shape["circle"])))
        elif "rect" in shape:
            shapes.append(LogoShape("rect", shape["fill"], rect=tuple(shape["rect"])))
        elif "path" in shape:
            shapes.append(LogoShape("path", shape["fill"], path=tuple(tuple(op) for op in shape["path"])))
        else:
            raise FileFormatError("expected circle, rect or path", file=path, field=field)
    width, height = data["viewbox"]
    return Logo(width, height, tuple(shapes))
