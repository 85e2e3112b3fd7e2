"""Printer presets ("Tryckeri"): the shipped ones in assets/presets plus the user's own folder.

A preset says what one print shop wants: PDF/X level, ICC profile, bleed, marks, total-ink limit,
minimum image resolution, black-text policy, imposition and output file name. See docs/print.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from designer import paths
from designer.errors import DesignerError, FileFormatError, excerpt
from designer.imposition import SheetRule
from designer.units import mm

FORMAT = "designer.preset"
VERSION = 1
PRESETS = paths.ASSETS / "presets"
DEFAULT_PRESET = "coated-offset"
PROOF_PRESET = "screen-proof"


@dataclass(frozen=True)
class Preset:
    """One print shop's requirements. `pdfx` is "x4", "x1a" or None; `profile` is a resolved path."""

    id: str
    name: str
    pdfx: str | None
    color: str
    bleed_mm: float
    max_ink: float
    min_ppi: float
    profile: Path = paths.ICC / "CoatedFOGRA39L.icc"
    output_condition: str = ""
    intent: str = "relative"
    crop_marks: bool = True
    mark_offset_mm: float = 3.0
    black_text: str = "overprint"
    imposition: SheetRule | None = None     # home/office printing (designer.imposition)
    needs_printer_line: bool = True
    file_name: str = "{title}.pdf"
    name_en: str = ""
    description: str = ""
    source: str = ""

    @property
    def bleed(self) -> float:
        """Bleed in points."""
        return mm(self.bleed_mm)

    @property
    def print_mode(self) -> bool:
        return self.color == "cmyk"

    def output_name(self, title: str, template: str = "", date: str = "") -> str:
        """The file name this preset suggests, e.g. 'en-skola-for-alla-tryck.pdf'."""
        values = {"title": _slug(title) or "trycksak", "template": _slug(template),
                  "preset": self.id, "date": date[:10]}
        return self.file_name.format(**values)

    def summary(self) -> dict:
        """The fields `designer presets --json` lists."""
        return {"id": self.id, "name": self.name, "pdfx": self.pdfx, "bleed_mm": self.bleed_mm,
                "profile": self.profile.name if self.print_mode else None,
                "max_ink": self.max_ink, "min_ppi": self.min_ppi}


@dataclass
class PresetCatalog:
    """Presets by id, plus one located message per user preset file that was skipped."""

    presets: dict[str, Preset] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def user_preset_dir() -> Path:
    return paths.user_data_dir() / "presets"


def load_preset(path: str | Path) -> Preset:
    """Read, validate and resolve one preset file; problems raise FileFormatError naming the field."""
    from designer.io.jsonfile import migrate, read_json, validate

    path = Path(path)
    data = migrate(read_json(path), FORMAT, VERSION, {}, path)
    validate(data, "preset", path)
    imposition = data.get("imposition")
    values = {key: value for key, value in data.items()
              if key not in ("format", "format_version", "profile", "imposition")}
    if imposition:
        values["imposition"] = SheetRule(tuple(map(mm, imposition["sheet_mm"])), mm(imposition.get("margin_mm", 5)),
                                         imposition.get("across"), imposition.get("down"),
                                         imposition.get("cut_marks", True))
    if "profile" in data:
        values["profile"] = _profile_path(data["profile"], path)
    return Preset(**values, source=str(path))


def _profile_path(name: str, preset_path: Path) -> Path:
    """The ICC file a preset names, checked to be a CMYK output profile."""
    from designer.render.color import output_profile_facts

    candidates = [preset_path.parent / name, paths.ICC / name]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        raise FileFormatError(f"colour profile {name!r} not found (looked in {preset_path.parent} "
                              f"and {paths.ICC})", file=preset_path, field="profile")
    try:
        output_profile_facts(str(found.resolve()))
    except DesignerError as exc:
        raise FileFormatError(f"{found.name}: {exc.message}", file=preset_path, field="profile") from None
    return found.resolve()


def load_presets(extra_dirs: tuple[Path, ...] = ()) -> PresetCatalog:
    """Shipped presets, then the user's (a user preset may replace a shipped one by id).

    A broken shipped preset is a bug and raises; a broken user preset is reported and skipped.
    """
    return _with_user(PresetCatalog(dict(_shipped())), extra_dirs)


def _with_user(catalog: PresetCatalog, extra_dirs: tuple[Path, ...] = ()) -> PresetCatalog:
    """`catalog` plus the presets in the user's folder (and `extra_dirs`), broken ones reported."""
    for folder in (user_preset_dir(), *extra_dirs):
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
            try:
                preset = load_preset(path)
            except DesignerError as exc:
                catalog.problems.append(exc.located())
                continue
            catalog.presets[preset.id] = preset
    return catalog


@lru_cache(maxsize=1)
def _shipped() -> tuple[tuple[str, Preset], ...]:
    return tuple((p.id, p) for p in map(load_preset, sorted(PRESETS.glob("*.json"))))


def _slug(text: str) -> str:
    """'En skola för alla!' -> 'en-skola-for-alla' (file-name safe, Swedish letters folded)."""
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60]


def _shipped_one(preset_id: str) -> dict[str, Preset]:
    """The shipped preset stored as <id>.json, read alone (a cold export reads one preset file)."""
    path = PRESETS / f"{preset_id}.json"
    if not (preset_id.replace("-", "").isalnum() and path.is_file()):
        return {}
    return {preset_id: load_preset(path)}


def effective_bleed(template, preset) -> float | None:
    """The bleed (points) a print export uses: the larger of the template's and the preset's
    (a poster that declares 5 mm keeps 5 mm with a 3 mm printer); None for screen presets."""
    if not preset.print_mode or template.kind != "print":
        return None
    return max(template.bleed, preset.bleed)


def preset_for_kind(preset_id: str | None, kind: str) -> Preset:
    """The preset an export of a layout on a template of `kind` ("print" or "screen") uses: the
    one named, else the screen proof for a screen template (its pixels have no trim size, bleed
    or printer line) and the default print preset for the rest."""
    if preset_id is None and kind == "screen":
        preset_id = PROOF_PRESET
    return get_preset(preset_id)


def get_preset(preset_id: str | None = None) -> Preset:
    """The preset with this id (default: coated offset PDF/X-4), or a DesignerError listing ids."""
    preset_id = preset_id or DEFAULT_PRESET
    catalog = _with_user(PresetCatalog(_shipped_one(preset_id)))
    try:
        return catalog.presets[preset_id]
    except KeyError:
        known = ", ".join(sorted(load_presets().presets))
        raise DesignerError(f"unknown preset {excerpt(preset_id)} (available: {known})", field="preset") from None
