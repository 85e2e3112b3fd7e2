"""Where the shipped data and the per-user folders live.

Shipped data: the repository keeps `assets/` and `layouts/` at its top; the package reaches them
as `designer/_data/assets` and `designer/_data/layouts`, read through `importlib.resources`. In a
checkout those two names are relative symlinks to the top-level folders; a wheel (and the app
bundle) holds real copies there (see docs/install.md). Either way `ASSETS.parent` (`ROOT`) is the
folder that holds both, so the relative image paths in the shipped layouts keep working.

Per-user folders come from platformdirs (the platform's conventions on Linux, Windows and
macOS); $DESIGNER_HOME and $DESIGNER_CACHE override them (tests and portable installs).
"""
from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "campaign-designer"


def _shipped(name: str) -> Path:
    """The real folder of a shipped data tree (`assets` or `layouts`)."""
    resource = files("designer") / "_data" / name
    if not isinstance(resource, Path) or not resource.is_dir():
        raise RuntimeError(f"Campaign Designer's data folder {name!r} is missing from the install "
                           f"({resource}); reinstall the package")
    return resource.resolve()


ASSETS = _shipped("assets")
LAYOUTS = _shipped("layouts")
ROOT = ASSETS.parent
FONTS = ASSETS / "fonts"
ICC = ASSETS / "icc"
BRAND = ASSETS / "brand"
MANIFESTO = ASSETS / "manifesto"
IMAGES = ASSETS / "images"
EXAMPLES = LAYOUTS / "examples"


def _dirs() -> platformdirs.PlatformDirs:
    """platformdirs' folders for this app on this system (no author folder on Windows)."""
    return platformdirs.PlatformDirs(APP_NAME, appauthor=False)


def user_data_dir() -> Path:
    """Per-user data: recovery files, user templates and presets ($DESIGNER_HOME overrides)."""
    if os.environ.get("DESIGNER_HOME"):
        return Path(os.environ["DESIGNER_HOME"])
    return Path(_dirs().user_data_dir)


def user_config_dir() -> Path:
    """Per-user settings ($DESIGNER_HOME/settings when that is set)."""
    if os.environ.get("DESIGNER_HOME"):
        return Path(os.environ["DESIGNER_HOME"]) / "settings"
    return Path(_dirs().user_config_dir)


def user_log_dir() -> Path:
    """Per-user log files ($DESIGNER_HOME/logs when that is set)."""
    if os.environ.get("DESIGNER_HOME"):
        return Path(os.environ["DESIGNER_HOME"]) / "logs"
    return Path(_dirs().user_log_dir)


def user_cache_dir() -> Path:
    """Per-user cache: converted images, thumbnails, parsed dictionaries ($DESIGNER_CACHE overrides)."""
    if os.environ.get("DESIGNER_CACHE"):
        return Path(os.environ["DESIGNER_CACHE"])
    return Path(_dirs().user_cache_dir)
