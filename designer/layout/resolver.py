"""Everything the layout engine looks up, in one object passed in: brand kits, templates, font
faces and chains, images. (ICC profiles belong to the print presets the renderers use; the
engine never needs one.)

In: a layout (its folder and the names it refers to) and the folders to search, fixed when the
resolver is made. Out: loaded objects. The engine asks only its resolver, never the environment
or module state; `build_document(..., resolver=Resolver(...))` lays a layout out against other
folders (tests, a print shop's profiles, a campaign's own fonts). `default_resolver()` uses the
layout's folder, the user's folders and the shipped assets (designer.paths), read when it is made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from designer import paths
from designer.layout.fonts import FontFace, load_face
from designer.layout.images import ImageInfo, image_info
from designer.layout.script_fonts import FALLBACK_FILES, FontChain
from designer.layout.text import FontSet
from designer.model.brand import BrandKit
from designer.model.layout import SavedLayout, Slot
from designer.model.template import FrameSpec, Template


@dataclass(eq=False)
class Resolver:
    """Finds and loads what layouts refer to. Made once and reused: it keeps what it has built."""

    fonts_dir: Path = paths.FONTS
    template_dirs: tuple[Path, ...] = ()     # searched after the layout's folder
    _chains: dict = field(default_factory=dict, repr=False)

    # files named in a layout -------------------------------------------------------------------
    @staticmethod
    def path(layout: SavedLayout, name: str) -> Path:
        """A path from the layout file, relative to the layout's folder."""
        return layout.file_path(name)

    def brand(self, layout: SavedLayout) -> BrandKit:
        """The layout's brand kit (its `brand` path, relative to the layout) or the shipped one;
        problems are located at the layout's `brand` field."""
        from designer.io.brand_file import layout_brand

        return layout_brand(layout)

    def template(self, layout: SavedLayout, brand: BrandKit) -> Template:
        """The layout's template: a file next to the layout, in `template_dirs`, then the user's
        and the shipped ones; mirrored for a right-to-left edition view."""
        from designer.io.template_registry import find_template
        from designer.layout.mirror import mirror_template

        template = find_template(layout.template, brand, (Path(layout.base_dir), *self.template_dirs),
                                 asked_by=layout.source or None)
        return mirror_template(template) if layout.mirrored else template

    def image_file(self, spec: FrameSpec, slot: Slot, layout: SavedLayout,
                   template: Template) -> Path | None:
        """The image file a frame shows: the slot's (relative to the layout's folder), else the
        template's default (relative to the template file's folder); None for no image ("")."""
        if slot.image is not None:
            return self.path(layout, slot.image) if slot.image else None
        default = spec.default.get("image")
        if not default:
            return None
        folder = Path(template.source).parent if template.source else Path(layout.base_dir)
        return folder / default

    @staticmethod
    def image(path: Path) -> ImageInfo:
        """Size and format of an image file (raises ImageProblem for missing or broken files)."""
        return image_info(path)

    # fonts --------------------------------------------------------------------------------------
    def face(self, path: str | Path) -> FontFace:
        return load_face(str(path))

    def fallbacks(self, bold: bool) -> tuple[FontFace, ...]:
        """The shipped fallback faces of that weight (Arabic, Ethiopic, Latin and more)."""
        return tuple(self.face(self.fonts_dir / name) for name in FALLBACK_FILES[bold])

    def font_set(self, brand: BrandKit, key: str) -> FontSet:
        """The font chains of brand font `key` (e.g. "text", "display") and of its bold."""
        fonts = brand.fonts
        regular = fonts.get(key) or fonts["text"]
        bold_key = f"{key}-bold" if f"{key}-bold" in fonts else ("text-bold" if key == "text" else key)
        bold = fonts.get(bold_key) or regular
        return FontSet(self._chain(str(regular), _script_files(brand, key)),
                       self._chain(str(bold), _script_files(brand, bold_key)))

    def _chain(self, path: str, scripts: tuple[tuple[str, str], ...]) -> FontChain:
        """The style's face, the brand kit's faces for other scripts, the shipped fallbacks."""
        key = (path, scripts)
        chain = self._chains.get(key)
        if chain is None:
            primary = self.face(path)
            chain = FontChain(primary, tuple((script, self.face(file)) for script, file in scripts),
                              self.fallbacks(primary.bold))
            self._chains[key] = chain
        return chain


def _script_files(brand: BrandKit, key: str) -> tuple[tuple[str, str], ...]:
    return tuple((script, str(keys[key])) for script, keys in sorted(brand.script_fonts.items())
                 if key in keys)


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    """The resolver of the shipped assets and the user's folders (one per process)."""
    return Resolver()
