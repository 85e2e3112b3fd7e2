"""Where the app keeps its settings: `designer.ini` in the per-user settings folder (QSettings).

The folder comes from `paths.user_config_dir()` (platformdirs; `$DESIGNER_HOME/settings` when that
is set, which is how tests keep their own settings).
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

from designer import paths

ORGANIZATION = "campaign-designer"
APPLICATION = "designer"


def app_settings() -> QSettings:
    """The app's settings (window layout, recent files, last manifesto, language)."""
    return QSettings(str(paths.user_config_dir() / f"{APPLICATION}.ini"), QSettings.Format.IniFormat)
