"""The engine looks everything up through the resolver it is given, never around it."""
from __future__ import annotations

import pytest

from designer import paths
from designer.errors import DesignerError
from designer.io.layout_file import load_layout
from designer.layout.engine import build_document
from designer.layout.resolver import Resolver

SCHOOL = paths.EXAMPLES / "skola-a5.json"


class _Recording(Resolver):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.asked: list[str] = []

    def brand(self, layout):
        self.asked.append("brand")
        return super().brand(layout)

    def template(self, layout, brand):
        self.asked.append("template")
        return super().template(layout, brand)

    def image(self, path):
        self.asked.append(f"image {path.name}")
        return super().image(path)

    def font_set(self, brand, key):
        self.asked.append(f"fonts {key}")
        return super().font_set(brand, key)


def test_brand_template_images_and_fonts_come_from_the_given_resolver():
    resolver = _Recording()
    document = build_document(load_layout(SCHOOL), resolver=resolver)
    assert resolver.asked[:2] == ["brand", "template"]
    assert "image dalalven-morgon.jpg" in resolver.asked
    assert {"fonts display", "fonts text"} <= set(resolver.asked)
    assert document.warnings == []


def test_fallback_fonts_come_from_the_resolvers_folder(tmp_path):
    with pytest.raises(DesignerError) as error:
        build_document(load_layout(SCHOOL), resolver=Resolver(fonts_dir=tmp_path))
    assert "NotoSansArabic" in error.value.located()
