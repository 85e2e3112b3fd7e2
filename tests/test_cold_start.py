"""Cold start: what a `designer export` in a new process loads, and the user caches that spare it
work (colour-profile facts, hyphenation patterns), keyed by program version and content."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from designer import paths
from designer.errors import DesignerError
from designer.render import color

ROOT = Path(__file__).resolve().parent.parent
EXPORT_AND_LIST_MODULES = ("import sys; from designer.cli import main; code = main(sys.argv[1:]); "
                           "print(' '.join(sorted(sys.modules))); sys.exit(code)")


def export_modules(cache: Path, out: Path) -> set[str]:
    env = {**os.environ, "DESIGNER_CACHE": str(cache)}
    result = subprocess.run([sys.executable, "-c", EXPORT_AND_LIST_MODULES, "export",
                             str(ROOT / "layouts" / "examples" / "skola-a5.json"), "-o", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_a_second_export_loads_neither_littlecms_jsonschema_fonttools_nor_batch_code(tmp_path):
    first = export_modules(tmp_path / "cache", tmp_path / "a.pdf")
    assert "PIL.ImageCms" in first                 # the empty cache: profile checked, photo converted
    second = export_modules(tmp_path / "cache", tmp_path / "b.pdf")
    for module in ("PIL.ImageCms", "PIL.JpegImagePlugin", "jsonschema", "designer.batch",
                   "designer.render.pdfvt", "pikepdf", "PySide6", "fontTools", "designer.cli.merge",
                   "designer.cli.import_", "designer.cli.translations"):
        assert module not in second, module
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DESIGNER_CACHE", str(tmp_path / "cache"))
    color.output_profile_facts.cache_clear()
    yield tmp_path / "cache"
    color.output_profile_facts.cache_clear()


def test_profile_facts_come_from_the_cache_keyed_by_content_and_a_damaged_entry_is_redone(own_cache, tmp_path):
    profile = paths.ICC / "CoatedFOGRA39L.icc"
    facts = color.output_profile_facts(str(profile))
    assert zlib.decompress(facts.compressed) == profile.read_bytes()
    assert "FOGRA39" in facts.description
    stored = list((own_cache / "icc").glob("*.zz"))
    assert len(stored) == 1
    stored[0].write_bytes(b"not zlib")                           # damaged or tampered
    color.output_profile_facts.cache_clear()
    again = color.output_profile_facts(str(profile))
    assert again == facts and zlib.decompress(stored[0].read_bytes()) == profile.read_bytes()
    other = tmp_path / "other.icc"
    other.write_bytes(profile.read_bytes()[:-4] + b"\0\0\0\1")   # other content, other entry
    color.output_profile_facts(str(other))
    assert len(list((own_cache / "icc").glob("*.zz"))) == 2


def test_a_profile_that_is_not_cmyk_output_is_refused_even_when_cached(own_cache, tmp_path):
    from PIL import ImageCms

    rgb = tmp_path / "srgb.icc"
    rgb.write_bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    for _ in range(2):
        with pytest.raises(DesignerError, match="expected a CMYK profile"):
            color.output_profile_facts(str(rgb))
        color.output_profile_facts.cache_clear()
    assert not list((own_cache / "icc").glob("*"))


def test_hyphenation_patterns_are_cached_by_pyphen_version_and_content(tmp_path, monkeypatch):
    import pyphen

    from designer.layout import hyphenate

    monkeypatch.setenv("DESIGNER_CACHE", str(tmp_path / "cache"))
    hyphenate._dictionary.cache_clear()
    pyphen.hdcache.clear()
    try:
        assert hyphenate._dictionary().inserted("förutsättningar")
        [pickled] = (tmp_path / "cache" / "hyphenation").glob("*.pickle")
        assert pickled.name.startswith(f"sv-{pyphen.__version__}-")
    finally:
        hyphenate._dictionary.cache_clear()
        shutil.rmtree(tmp_path / "cache", ignore_errors=True)
