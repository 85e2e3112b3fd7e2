"""QA sweep of the loaders (items 3, 5, 13, 16): special files, impossible dates, NUL bytes in
paths and unknown templates end with one line naming the file and the field, exit code 2 and no
output file. Every run is a subprocess with a timeout and an address-space limit, so a loader
that hangs on a named pipe or reads /dev/zero for ever fails the test instead of stalling it."""
from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from designer.package import zip_bytes
from tests.conftest import ROOT

SAMPLE = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))
PHOTO = ROOT / "assets" / "images" / "dalalven-morgon.jpg"
TIMEOUT = 120
ADDRESS_SPACE = 3 * 2**30
NOT_REGULAR = "not a regular file (a device, pipe or socket)"
KNOWN = "(available: a4-flyer, "


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    """`python -m designer ARGS` in `cwd`, bounded in time and memory."""
    return subprocess.run([sys.executable, "-m", "designer", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=TIMEOUT, preexec_fn=_limits)


def layout(folder: Path, name: str, image: str = str(PHOTO), **changes) -> Path:
    """The school flyer saved as `folder/name` with its photo at `image` and top-level `changes`."""
    data = json.loads(json.dumps(SAMPLE))
    data["slots"]["photo"]["image"] = image
    data.update(changes)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def assert_refused(result: subprocess.CompletedProcess, output: Path, line: str) -> None:
    """Exit 2, exactly `designer: error: LINE` on stderr, nothing at or next to `output`."""
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [f"designer: error: {line}"], result.stderr
    assert not output.exists()
    assert not [p for p in output.parent.iterdir() if p.name.startswith(f".{output.name}")]


def assert_refused_starting(result: subprocess.CompletedProcess, output: Path, start: str) -> None:
    """As assert_refused, for a line that goes on after `start` (a list of template ids)."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert lines[0].startswith(f"designer: error: {start}"), lines[0]
    assert not output.exists()


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


# 3. special files -------------------------------------------------------------------------------
def test_a_brand_kit_on_dev_zero_is_refused_at_the_layouts_brand_field(tmp_path):
    path = layout(tmp_path, "brandzero.json", brand="/dev/zero")
    output = tmp_path / "out.pdf"
    assert_refused(run("export", path, "-o", output, cwd=tmp_path), output,
                   f"brandzero.json: brand: zero: {NOT_REGULAR}")


def test_a_brand_kit_that_is_a_named_pipe_is_refused(tmp_path, fifo):
    path = layout(tmp_path, "brandpipe.json", brand=fifo.name)
    output = tmp_path / "out.pdf"
    assert_refused(run("export", path, "-o", output, cwd=tmp_path), output,
                   f"brandpipe.json: brand: pipe.json: {NOT_REGULAR}")


@pytest.mark.parametrize("name", ["/dev/zero", "pipe.json"])
def test_a_layout_that_is_a_device_or_a_named_pipe_is_refused(tmp_path, fifo, name):
    output = tmp_path / "out.pdf"
    assert_refused(run("export", name, "-o", output, cwd=tmp_path), output, f"{Path(name).name}: {NOT_REGULAR}")


def test_a_photo_that_is_a_named_pipe_is_a_damaged_image_finding(tmp_path):
    os.mkfifo(tmp_path / "pipe.jpg")
    path = layout(tmp_path, "fifoimg.json", image="pipe.jpg")
    output = tmp_path / "out.pdf"
    result = run("export", path, "-o", output, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "frame photo: image pipe.jpg is damaged, not an image or in an unsupported format" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert not output.exists()


def test_the_template_catalog_skips_pipes_devices_and_broken_links_in_the_layouts_folder(tmp_path, fifo):
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "broken.json").symlink_to(tmp_path / "nowhere.json")
    path = layout(tmp_path, "notpl.json", template="pipe")      # pipe.json is looked at first
    output = tmp_path / "out.pdf"
    assert_refused_starting(run("export", path, "-o", output, cwd=tmp_path), output,
                            f"notpl.json: template: unknown template 'pipe' {KNOWN}")


FONT_PROBE = """
import sys
from designer.errors import DesignerError
from designer.layout.fonts import load_face, register_font
for load in (load_face, register_font):
    try:
        load(sys.argv[1])
    except DesignerError as exc:
        print(exc.located())
"""


@pytest.mark.parametrize("name", ["/dev/zero", "pipe.json"])
def test_a_font_that_is_a_device_or_a_named_pipe_is_refused(tmp_path, fifo, name):
    result = subprocess.run([sys.executable, "-c", FONT_PROBE, name], cwd=tmp_path, capture_output=True,
                            text=True, timeout=TIMEOUT, preexec_fn=_limits)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{Path(name).name}: {NOT_REGULAR}"] * 2


# 5. dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("date, line", [
    ("2026-02-29", "date: 2026-02-29 is not a calendar date"),
    ("2026-13-45", "date: 2026-13-45 is not a calendar date"),
    ("2026-05-01T24:00:00Z", "date: 2026-05-01T24:00:00Z is not a calendar date and time"),
])
def test_a_date_that_is_not_in_the_calendar_is_refused_at_load(tmp_path, date, line):
    path = layout(tmp_path, "date.json", date=date)
    output = tmp_path / "out.pdf"
    assert_refused(run("export", path, "-o", output, cwd=tmp_path), output, f"date.json: {line}")


@pytest.mark.parametrize("date, stamp", [("1970-01-01T00:00:00Z", (1980, 1, 1, 0, 0, 0)),
                                         ("2108-06-01T00:00:00Z", (2107, 12, 31, 0, 0, 0))])
def test_package_zip_dates_are_clamped_to_what_zip_can_hold(date, stamp):
    with zipfile.ZipFile(io.BytesIO(zip_bytes({"a.txt": b"a"}, date))) as archive:
        assert archive.getinfo("a.txt").date_time == stamp


def test_a_layout_dated_1970_is_packaged(tmp_path):
    path = layout(tmp_path, "old.json", date="1970-01-01")
    output = tmp_path / "job.zip"
    result = run("package", path, "-o", output, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(output) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


# 13. NUL bytes in paths -------------------------------------------------------------------------
@pytest.mark.parametrize("changes, line", [
    ({"image": "a\u0000b.jpg"}, "nul.json: slots.photo.image: invalid path (control character U+0000)"),
    ({"brand": "a\u0000b.json"}, "nul.json: brand: invalid path (control character U+0000)"),
])
def test_a_nul_byte_in_a_path_is_refused_at_its_field(tmp_path, changes, line):
    path = layout(tmp_path, "nul.json", **changes)
    output = tmp_path / "out.pdf"
    assert_refused(run("export", path, "-o", output, cwd=tmp_path), output, line)


# 16. the layout's file name in template and brand errors ----------------------------------------
def test_an_unknown_template_names_the_layout_file(tmp_path):
    path = layout(tmp_path, "notpl.json", template="nope-template")
    output = tmp_path / "out.pdf"
    assert_refused_starting(run("export", path, "-o", output, cwd=tmp_path), output,
                            f"notpl.json: template: unknown template 'nope-template' {KNOWN}")


@pytest.mark.parametrize("content, line", [
    (None, "layout.json: brand: kit.json: file not found"),
    ("{", "layout.json: brand: kit.json: invalid JSON at line 1 column 2: "
          "Expecting property name enclosed in double quotes"),
])
def test_a_bad_brand_kit_names_the_layout_file_and_field(tmp_path, content, line):
    if content is not None:
        (tmp_path / "kit.json").write_text(content, encoding="utf-8")
    path = layout(tmp_path, "layout.json", brand="kit.json")
    output = tmp_path / "out.pdf"
    assert_refused(run("export", path, "-o", output, cwd=tmp_path), output, line)
