"""Read and validate template files (layouts/*.json) into Template objects."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from designer.errors import FileFormatError, excerpt
from designer.io.jsonfile import migrate, read_json, validate
from designer.model.brand import BrandKit
from designer.model.template import FrameSpec, PageSpec, Template, TextStyle, LOCKS
from designer.units import Rect, mm

FORMAT = "designer.template"
VERSION = 1


def load_template(path: str | Path, brand: BrandKit | None = None) -> Template:
    """Parse, validate and check a template file. With `brand`, swatch and font names are checked too."""
    path = Path(path)
    data = migrate(read_json(path), FORMAT, VERSION, {}, path)
    validate(data, "template", path)
    return template_from_dict(data, path, brand)


def template_from_dict(data: dict, path: Path, brand: BrandKit | None = None) -> Template:
    """Build a Template from validated JSON data; semantic errors name the file and field."""
    kind = data["kind"]
    unit = 1.0 if kind == "screen" else mm(1)
    size_key = "size_px" if kind == "screen" else "size_mm"
    if size_key not in data:
        raise FileFormatError(f"a {kind} template needs {size_key}", file=path, field=size_key)
    width, height = (v * unit for v in data[size_key])
    bleed = mm(data.get("bleed_mm", 3)) if kind == "print" else 0.0
    safe = data.get("safe_px", 0) if kind == "screen" else mm(data.get("safe_mm", 5))
    seen: set[str] = set()
    pages = []
    for p_index, page in enumerate(data["pages"]):
        frames = []
        for f_index, frame in enumerate(page["frames"]):
            field = f"pages[{p_index}].frames[{f_index}]"
            frames.append(_frame(frame, field, unit, width, height, bleed, seen, path, brand))
        pages.append(PageSpec(page.get("name", f"Sida {p_index + 1}"), tuple(frames),
                              tuple(page.get("fold_marks_mm", ()))))
    return Template(
        id=data["id"], name=data["name"], name_en=data.get("name_en", data["name"]),
        group=data.get("group", "other"), kind=kind, width=width, height=height, bleed=bleed,
        safe=safe, paper=data.get("paper", ""), pages=tuple(pages), source=str(path),
        min_ppi=data.get("min_ppi", 300.0))


def _frame(data, field, unit, width, height, bleed, seen, path, brand) -> FrameSpec:
    if data["id"] in seen:
        raise FileFormatError(f"duplicate frame id {excerpt(data['id'])}", file=path, field=f"{field}.id")
    seen.add(data["id"])
    x, y, w, h = (v * unit for v in data["rect"])
    if w <= 0 or h <= 0:
        raise FileFormatError("expected a positive width and height", file=path, field=f"{field}.rect")
    page = Rect(-bleed, -bleed, width + 2 * bleed, height + 2 * bleed)
    if not page.contains(Rect(x, y, w, h), tol=0.5):
        raise FileFormatError("frame lies outside the page", file=path, field=f"{field}.rect")
    style = style_from_dict(data.get("style", {}), f"{field}.style", path, brand)
    for key in ("fill", "stroke"):
        if key in data:
            _check_swatch(data[key], brand, path, f"{field}.{key}")
    locked = data.get("locked", [])
    return FrameSpec(
        id=data["id"], type=data["type"], rect=Rect(x, y, w, h),
        role=data.get("role", _default_role(data["type"])), style=style,
        fill=data.get("fill"), stroke=data.get("stroke"), stroke_pt=data.get("stroke_pt", 0.0),
        padding=data.get("padding_mm", 0.0) * unit, fit=data.get("fit", "fill"),
        bleed=data.get("bleed", True),
        locked=frozenset(LOCKS if locked is True else locked or ()),
        default=data.get("default", {}), label=data.get("label", ""),
        mirror=data.get("mirror", True))


def style_from_dict(data: dict, field: str, path: Path, brand: BrandKit | None,
                    base: TextStyle | None = None) -> TextStyle:
    """A TextStyle from template/slot style JSON, on top of `base` (defaults if None)."""
    base = base or TextStyle()
    values = {k: v for k, v in data.items() if k != "size"}
    if "size" in data:
        size = data["size"]
        values["size_min"], values["size_max"] = (size, size) if isinstance(size, (int, float)) else size
        if values["size_min"] > values["size_max"]:
            raise FileFormatError("expected size [min, max] with min <= max", file=path, field=f"{field}.size")
    for key in ("color", "bullet_color"):
        if key in values:
            _check_swatch(values[key], brand, path, f"{field}.{key}")
    if brand is not None and "font" in values and values["font"] not in brand.fonts:
        raise FileFormatError(f"unknown font {excerpt(values['font'])} (the brand kit has "
                              f"{', '.join(sorted(brand.fonts))})", file=path, field=f"{field}.font")
    return replace(base, **values)


def _check_swatch(name, brand, path, field):
    if brand is not None and name not in brand.palette:
        raise FileFormatError(f"unknown swatch {excerpt(name)}", file=path, field=field)


def _default_role(frame_type: str) -> str:
    return {"image": "photo", "logo": "logo", "qr": "qr", "text": "body"}.get(frame_type, "decoration")
