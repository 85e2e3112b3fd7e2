"""Where the app keeps its settings: an INI file in the user scope (QSettings).

Tests redirect it with `QSettings.setPath(IniFormat, UserScope, tmp)`.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "campaign-designer"
APPLICATION = "designer"


def app_settings() -> QSettings:
    """The app's settings (window layout, recent files, last manifesto, language)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
