"""Damaged, truncated and oversized images: a located problem at layout time, a one-line error at
render time, never a Pillow traceback."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PIL import Image

from designer.errors import ExportError
from designer.io.layout_file import load_layout
from designer.layout.engine import build_document
from designer.layout.frames import PlacedImage
from designer.layout.images import ImageProblem, image_info
from designer.render.images import ImageSettings, prepared_image
from designer.units import Rect
from tests.conftest import ROOT
from tests.test_bad_input import png_header_only

PHOTO = (ROOT / "assets" / "images" / "dalalven-morgon.jpg").read_bytes()


def small_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def flip_byte(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0xFF]) + data[index + 1:]


PNG = small_png()
DAMAGED = {
    "truncated.jpg": PHOTO[:len(PHOTO) // 2],
    "cut-early.jpg": PHOTO[:2000],
    "truncated.png": PNG[:len(PNG) - 20],
    "bad-crc.png": flip_byte(PNG, len(PNG) - 30),       # a byte inside IDAT
    "empty.jpg": b"",
    "garbage.png": bytes(range(256)) * 10,
    "text.jpg": b"<html>not an image</html>",
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_damaged_images_are_reported_at_layout_time(tmp_path, name):
    (tmp_path / name).write_bytes(DAMAGED[name])
    with pytest.raises(ImageProblem) as caught:
        image_info(tmp_path / name)
    assert caught.value.code == "image_corrupt" and name in caught.value.message_en


def test_sound_images_still_pass(tmp_path):
    (tmp_path / "ok.png").write_bytes(PNG)
    assert (image_info(tmp_path / "ok.png").width, image_info(tmp_path / "ok.png").height) == (64, 48)
    assert image_info(ROOT / "assets" / "images" / "dalalven-morgon.jpg").width == 4800


def test_a_large_pixel_count_is_refused_without_a_pillow_warning(tmp_path):
    """100 MP lies between Pillow's bomb warning (89 MP) and its error: no warning may leak out."""
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(11_000, 11_000))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ImageProblem) as caught:
            image_info(path)
    assert caught.value.code == "image_too_large"


def test_a_96_megapixel_photo_under_the_documented_120_mp_limit_is_accepted(tmp_path):
    """Pillow's own bomb warning starts at about 89.5 MP; a 108 MP phone photo and this 96 MP one
    are under our 120 MP limit and must be usable, with no warning leaking out."""
    path = tmp_path / "phone.png"
    Image.new("1", (8000, 12000), 1).save(path)        # 96 MP, 34 KB: one bit a pixel
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        info = image_info(path)
    assert (info.width, info.height) == (8000, 12000)


def flyer_with_half_a_photo(folder: Path) -> Path:
    """The school flyer whose photo is the first half of the sample JPEG."""
    (folder / "half.jpg").write_bytes(PHOTO[:len(PHOTO) // 2])
    data = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))
    data["slots"]["photo"]["image"] = "half.jpg"
    path = folder / "flyer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_layout_names_the_damaged_photo(tmp_path):
    path = flyer_with_half_a_photo(tmp_path)
    document = build_document(load_layout(path))
    problem = next(w for w in document.warnings if w.frame_id == "photo")
    assert (problem.code, problem.severity) == ("image_corrupt", "error")
    assert not [i for i in document.pages[0].items if isinstance(i, PlacedImage)]


def test_an_image_damaged_after_layout_gives_a_render_error(tmp_path):
    """The file changes between layout and render (or decodes badly only in full): ExportError."""
    source = tmp_path / "changed.jpg"
    source.write_bytes(PHOTO[:len(PHOTO) // 3])
    placed = PlacedImage("photo", Rect(0, 0, 100, 60), Rect(10, 10, 50, 40), str(source), (4800, 3000), 300)
    with pytest.raises(ExportError) as caught:
        prepared_image(placed, ImageSettings())
    assert caught.value.located().startswith("changed.jpg: the image cannot be decoded")


def test_export_with_a_truncated_photo_has_no_traceback(tmp_path):
    path = flyer_with_half_a_photo(tmp_path)
    result = subprocess.run([sys.executable, "-m", "designer", "export", str(path), "-o", str(tmp_path / "o.pdf")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "image half.jpg is damaged" in result.stderr and not (tmp_path / "o.pdf").exists()


@pytest.mark.parametrize("marker", ["4000 3000 JPEG CMYK nan", "4000 3000 JPEG", "garbage", "1 2 JPEG RGB inf"])
def test_a_damaged_or_tampered_decoded_image_marker_is_read_again_from_the_file(tmp_path, marker):
    """The user cache remembers an image's size, format, colour mode and stored ppi; a marker that
    does not parse (or holds NaN) is ignored and the file itself is read."""
    from designer.layout import images

    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (120, 80), (0, 40, 90, 0)).save(path, "JPEG", dpi=(300, 300))
    first = image_info(path)
    assert (first.width, first.height, first.format, first.mode, first.ppi) == (120, 80, "JPEG", "CMYK", 300.0)
    stat = path.stat()
    found = images._decoded_marker(str(path), stat.st_mtime_ns, stat.st_size)
    assert found.read_text(encoding="ascii") == "120 80 JPEG CMYK 300"
    found.write_text(marker, encoding="ascii")
    images._image_info.cache_clear()
    again = image_info(path)
    assert (again.width, again.height, again.mode, again.ppi) == (120, 80, "CMYK", 300.0)


def test_a_large_png_photo_is_converted_without_holding_three_copies(tmp_path, monkeypatch):
    """A 41-megapixel RGB PNG (123 MB decoded) on the A1 poster, exported with an empty cache:
    the whole decoded image is freed before its crop is converted to CMYK, and an RGB crop is not
    copied again, so the export peaks under 3.3 decoded images plus the program (it held the
    image, its crop and the conversion at once: about 4.5 times)."""
    import struct
    import zlib

    from tests.peak_memory import run_measured

    side = 6400
    row = b"\x00" + bytes((i * 37) & 255 for i in range(side * 3))
    packer = zlib.compressobj(6)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    photo = tmp_path / "stor.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
                      + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    layout = json.loads((ROOT / "layouts" / "examples" / "skola-valaffisch-a1.json").read_text(encoding="utf-8"))
    layout["slots"]["photo"]["image"] = str(photo)
    path = tmp_path / "affisch.json"
    path.write_text(json.dumps(layout, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("DESIGNER_CACHE", str(tmp_path / "cache"))           # nothing converted yet
    run = run_measured(["export", str(path), "-o", str(tmp_path / "affisch.pdf")], tmp_path, timeout=120)
    decoded = side * side * 3
    assert run.code == 0, run.stderr
    assert 0 < run.peak_bytes < 3.3 * decoded + 80 * 2**20, run.peak_bytes / 2**20
