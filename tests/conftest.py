"""Test-wide setup: every test session gets its own user data and cache folders."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

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
