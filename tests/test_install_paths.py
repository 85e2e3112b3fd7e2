"""Per-user folders follow each platform's conventions (platformdirs); the env overrides win."""
from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs import windows
from platformdirs.windows import Windows

from designer import logs, paths

HOME = Path("/home/volontär")


@pytest.fixture
def platform_home(monkeypatch):
    """No DESIGNER_* overrides, a made-up home and Windows profile folders."""
    for name in ("DESIGNER_HOME", "DESIGNER_CACHE", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                 "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(HOME))
    monkeypatch.setenv("APPDATA", r"C:\Users\volontar\AppData\Roaming")
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\volontar\AppData\Local")


def _as(monkeypatch, system: type) -> dict[str, str]:
    monkeypatch.setattr(platformdirs, "PlatformDirs", system)
    return {"data": str(paths.user_data_dir()), "config": str(paths.user_config_dir()),
            "cache": str(paths.user_cache_dir()), "log": str(paths.user_log_dir()),
            "log file": str(logs.log_file())}


def test_linux_folders_follow_xdg(platform_home, monkeypatch):
    assert _as(monkeypatch, Unix) == {
        "data": f"{HOME}/.local/share/campaign-designer", "config": f"{HOME}/.config/campaign-designer",
        "cache": f"{HOME}/.cache/campaign-designer", "log": f"{HOME}/.local/state/campaign-designer/log",
        "log file": f"{HOME}/.local/state/campaign-designer/log/designer.log"}


def test_linux_folders_honour_the_xdg_variables(platform_home, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "/srv/data")
    monkeypatch.setenv("XDG_CACHE_HOME", "/srv/cache")
    folders = _as(monkeypatch, Unix)
    assert folders["data"] == "/srv/data/campaign-designer" and folders["cache"] == "/srv/cache/campaign-designer"


def test_windows_folders_are_in_the_users_appdata(platform_home, monkeypatch):
    # Off Windows the folders come from the environment, as platformdirs does without the shell API.
    monkeypatch.setattr(windows, "get_win_folder", windows.get_win_folder_from_env_vars)
    local = PureWindowsPath(r"C:\Users\volontar\AppData\Local")
    folders = {name: PureWindowsPath(folder) for name, folder in _as(monkeypatch, Windows).items()}
    assert folders == {"data": local / "campaign-designer", "config": local / "campaign-designer",
                       "cache": local / "campaign-designer" / "Cache", "log": local / "campaign-designer" / "Logs",
                       "log file": local / "campaign-designer" / "Logs" / "designer.log"}


def test_macos_folders_are_in_the_library(platform_home, monkeypatch):
    assert _as(monkeypatch, MacOS) == {
        "data": f"{HOME}/Library/Application Support/campaign-designer",
        "config": f"{HOME}/Library/Application Support/campaign-designer",
        "cache": f"{HOME}/Library/Caches/campaign-designer", "log": f"{HOME}/Library/Logs/campaign-designer",
        "log file": f"{HOME}/Library/Logs/campaign-designer/designer.log"}


def test_the_environment_overrides_win_on_every_platform(platform_home, monkeypatch, tmp_path):
    monkeypatch.setattr(windows, "get_win_folder", windows.get_win_folder_from_env_vars)
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DESIGNER_CACHE", str(tmp_path / "cache"))
    for system in (Unix, Windows, MacOS):
        assert _as(monkeypatch, system) == {
            "data": str(tmp_path / "home"), "config": str(tmp_path / "home" / "settings"),
            "cache": str(tmp_path / "cache"), "log": str(tmp_path / "home" / "logs"),
            "log file": str(tmp_path / "home" / "logs" / "designer.log")}


def test_every_user_folder_the_app_writes_to_is_under_the_overrides(monkeypatch, tmp_path):
    from designer import presets
    from designer.gui import autosave, settings
    from designer.io import template_registry

    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path / "home"))
    for folder in (autosave.recovery_dir(), template_registry.user_template_dir(), presets.user_preset_dir(),
                   logs.log_file()):
        assert folder.is_relative_to(tmp_path / "home"), folder
    assert Path(settings.app_settings().fileName()) == tmp_path / "home" / "settings" / "designer.ini"
