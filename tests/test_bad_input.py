"""Bad input never crashes: one located line, a non-zero exit, and no file under the target name."""
from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from designer.io.layout_file import load_layout
from designer.layout.engine import build_document
from designer.layout.frames import Box, PlacedImage
from tests.conftest import ROOT

SAMPLE = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))


def run_export(layout: Path, output: Path):
    return subprocess.run([sys.executable, "-m", "designer", "export", str(layout), "-o", str(output)],
                          capture_output=True, text=True, env={**os.environ})


def write_layout(folder: Path, data: dict, name: str = "bad.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def assert_clean_failure(result, output: Path, *expected: str):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    assert not output.exists()
    assert not [p for p in output.parent.iterdir() if p.name.startswith(f".{output.name}")]


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(template="no-such-template"), ["unknown template 'no-such-template'", "a5-flyer"]),
    (lambda d: d["slots"]["headline"].update(rect=[10, 10, -5, 20]), ["bad.json", "slots.headline.rect", "positive"]),
    (lambda d: d["slots"]["headline"].update(rect=[10, 10, 1e9, 20]), ["bad.json", "slots.headline.rect[2]", "expected a number in mm"]),
    (lambda d: d["slots"]["photo"].update(focus=[2, 0]), ["slots.photo.focus[0]", "expected a number from 0 to 1"]),
    (lambda d: d.update(format_version=99), ["format_version", "newer version"]),
    (lambda d: d.update(format_version=0), ["format_version", "format version 0 is no longer supported"]),
    (lambda d: d.update(format="designer.template"), ["format", "expected a designer.layout file"]),
    (lambda d: d.pop("template"), ["bad.json", "template"]),
    (lambda d: d.update(editions={"all": {"slots": {}}}), ["bad.json: editions: expected a language code", "not all"]),
])
def test_broken_layouts_give_one_located_line(tmp_path, change, expected):
    data = json.loads(json.dumps(SAMPLE))
    data["slots"]["photo"]["image"] = str(ROOT / "assets" / "images" / "dalalven-morgon.jpg")
    change(data)
    output = tmp_path / "out.pdf"
    assert_clean_failure(run_export(write_layout(tmp_path, data), output), output, *expected)


def test_truncated_json(tmp_path):
    layout = tmp_path / "flyer.json"
    layout.write_text(json.dumps(SAMPLE)[:300], encoding="utf-8")
    output = tmp_path / "out.pdf"
    assert_clean_failure(run_export(layout, output), output, "flyer.json", "invalid JSON at line 1")


def test_missing_font_in_brand_kit(tmp_path):
    brand = json.loads((ROOT / "assets" / "brand" / "default.json").read_text(encoding="utf-8"))
    brand["fonts"]["text"] = "NoSuchFont.ttf"
    (tmp_path / "kit.json").write_text(json.dumps(brand), encoding="utf-8")
    data = dict(SAMPLE, brand="kit.json")
    output = tmp_path / "out.pdf"
    assert_clean_failure(run_export(write_layout(tmp_path, data), output), output,
                         "kit.json", "fonts.text", "NoSuchFont.ttf")


def test_full_disk_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    import errno

    from designer.errors import ExportError
    from designer.io.atomic import atomic_write_bytes

    target = tmp_path / "flyer.pdf"
    target.write_bytes(b"old version")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError) as caught:
        atomic_write_bytes(target, b"new version")
    assert "flyer.pdf" in caught.value.located() and "No space left" in caught.value.located()
    assert target.read_bytes() == b"old version"
    assert [p.name for p in tmp_path.iterdir()] == ["flyer.pdf"]


def test_output_path_that_is_a_folder(tmp_path):
    output = tmp_path / "taken.pdf"
    output.mkdir()
    result = run_export(ROOT / "layouts" / "examples" / "skola-a5.json", output)
    assert result.returncode == 2 and "taken.pdf" in result.stderr and "Traceback" not in result.stderr
    assert output.is_dir() and not list(output.iterdir())


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size: header chunks only (a decompression-bomb shape)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("name, content, code", [
    ("missing.jpg", None, "image_missing"),
    ("broken.jpg", b"\xff\xd8\xff\xe0 this is not really a JPEG", "image_corrupt"),
    ("huge.png", png_header_only(20_000, 20_000), "image_too_large"),
    ("text.jpg", b"hello", "image_corrupt"),
])
def test_bad_images_become_a_placeholder_and_an_error(tmp_path, name, content, code):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    data = json.loads(json.dumps(SAMPLE))
    data["slots"]["photo"]["image"] = name
    document = build_document(load_layout(write_layout(tmp_path, data)))
    warning = next(w for w in document.warnings if w.frame_id == "photo")
    assert warning.code == code and warning.severity == "error" and name in warning.message_en
    photo_items = [i for i in document.pages[0].items if i.frame_id == "photo"]
    assert len(photo_items) == 1 and isinstance(photo_items[0], Box)
    assert not any(isinstance(i, PlacedImage) for i in document.pages[0].items)
