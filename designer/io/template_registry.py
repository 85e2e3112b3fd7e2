"""Find templates: the shipped ones in layouts/ merged with the user's own folder."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from designer import paths
from designer.errors import DesignerError, excerpt
from designer.io.brand_file import load_brand
from designer.io.jsonfile import MAX_JSON_BYTES
from designer.io.limited import regular_file
from designer.io.template_file import load_template
from designer.model.brand import BrandKit
from designer.model.template import Template


def user_template_dir() -> Path:
    return paths.user_data_dir() / "templates"


@dataclass
class TemplateCatalog:
    """All loadable templates by id, plus one located message per template file that was skipped."""

    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def get(self, template_id: str, asked_by: str | Path | None = None) -> Template:
        """The template with this id, or a DesignerError listing the ids that exist, naming the
        file `asked_by` (the layout) and its `template` field."""
        try:
            return self.templates[template_id]
        except KeyError:
            known = ", ".join(sorted(self.templates)) or "none"
            raise DesignerError(f"unknown template {excerpt(template_id)} (available: {known})",
                                file=asked_by, field="template") from None


def load_catalog(brand: BrandKit | None = None, extra_dirs: tuple[Path, ...] = ()) -> TemplateCatalog:
    """Shipped templates, then the user's (a user template may replace a shipped one by id).

    A broken shipped template is a bug and raises; a broken user template is reported in
    `problems` and skipped.
    """
    brand = brand or load_brand()
    catalog = TemplateCatalog()
    for path in sorted(paths.LAYOUTS.glob("*.json")):
        template = cached_template(path, brand)
        catalog.templates[template.id] = template
    for folder in (user_template_dir(), *extra_dirs):
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
            try:
                template = cached_template(path, brand)
            except DesignerError as exc:
                catalog.problems.append(exc.located())
                continue
            catalog.templates[template.id] = template
    return catalog


def find_template(template_id: str, brand: BrandKit | None = None,
                  extra_dirs: tuple[Path, ...] = (), asked_by: str | Path | None = None) -> Template:
    """One template by id, reading only `<id>.json` when it exists: first in `extra_dirs` (e.g. the
    layout's own folder), then the user folder, then layouts/.

    Falls back to the whole catalog (a file may be named differently from its id), so the
    answer is the same as `load_catalog(brand, extra_dirs).get(template_id, asked_by)`, only faster.
    """
    brand = brand or load_brand()
    for folder in (*extra_dirs, user_template_dir(), paths.LAYOUTS):
        path = folder / f"{template_id}.json"
        if not _is_file(path):
            continue
        try:
            template = cached_template(path, brand)
        except DesignerError:
            if folder == paths.LAYOUTS:
                raise
            continue
        if template.id == template_id:
            return template
    return load_catalog(brand, extra_dirs).get(template_id, asked_by)


_CACHE: dict[tuple, Template] = {}


def cached_template(path: Path, brand: BrandKit) -> Template:
    """load_template, remembered per file version and brand kit (templates are read-only data).
    Only regular files are read (see designer.io.limited)."""
    stat = regular_file(path, MAX_JSON_BYTES)
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, brand.source or id(brand))
    if key not in _CACHE:
        _CACHE[key] = load_template(path, brand)
    return _CACHE[key]


def _is_file(path: Path) -> bool:
    """Path.is_file() that answers False for a name the system cannot hold (too long, NUL)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False
