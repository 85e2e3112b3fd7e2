"""Test-wide setup: every test session gets its own user data and cache folders."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.editions_rows import EDITIONS, PHOTO_WIDTHS

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="designer-test-home-"))
os.environ["DESIGNER_HOME"] = str(_SESSION_HOME / "data")
os.environ["DESIGNER_CACHE"] = str(_SESSION_HOME / "cache")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def school_layout_path() -> Path:
    """The shipped school flyer sample (A5, photo, six 'Vi vill' points)."""
    return ROOT / "layouts" / "examples" / "skola-a5.json"


@pytest.fixture
def workdir(tmp_path) -> Path:
    """A folder with the event template, a layout using every kind of placeholder, and 3 photos."""
    from PIL import Image

    shutil.copy(EDITIONS / "a5-event-flyer.json", tmp_path)
    layout = json.loads((EDITIONS / "mote-a5.json").read_text(encoding="utf-8"))
    layout["slots"]["qr"]["url"] = "{{lank}}"
    (tmp_path / "mote.json").write_text(json.dumps(layout, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "foton").mkdir()
    with Image.open(EDITIONS / "foton" / "alven.jpg") as source:
        for name, width in PHOTO_WIDTHS.items():
            source.resize((width, round(width * 960 / 1820))).save(tmp_path / name, quality=70)
    (tmp_path / "foton" / "trasig.jpg").write_text("not a picture")
    return tmp_path
