"""The bundle's desktop integration files: a valid desktop entry, AppStream metainfo, icons in every
size and format the spec and the freedesktop icon theme ask for. (The bundle itself is built by
`packaging/build_bundle.py --smoke`, not here: it takes a minute and 300 MB.)"""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.campaign_designer.CampaignDesigner"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def test_desktop_entry_is_valid_and_starts_the_bundled_executable():
    subprocess.run(["desktop-file-validate", str(DESKTOP)], check=True, capture_output=True, text=True)
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines()
                 if "=" in line)
    assert entry["Exec"].split()[:2] == ["campaign-designer", "open"]
    assert entry["Icon"] == APP_ID and entry["Type"] == "Application"
    spec = (PACKAGING / "campaign-designer.spec").read_text(encoding="utf-8")
    assert re.search(r'NAME = "campaign-designer"', spec)


def test_appstream_metainfo_is_valid_and_names_the_desktop_entry():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "campaign-designer"
    version = re.search(r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)[1]
    assert component.find("releases/release").get("version") == version


@pytest.mark.parametrize("size", (16, 24, 32, 48, 64, 128, 256, 512))
def test_the_icon_theme_has_every_size(size):
    icon = Image.open(PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    assert icon.size == (size, size) and icon.mode == "RGBA"
    assert icon.getpixel((0, 0))[3] == 0 and icon.getpixel((size // 2, size // 2))[3] == 255


def test_windows_and_macos_icons_hold_their_sizes():
    ico = Image.open(PACKAGING / "icons" / "campaign-designer.ico")
    assert ico.format == "ICO" and {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    icns = Image.open(PACKAGING / "icons" / "campaign-designer.icns")
    assert icns.format == "ICNS" and icns.size == (1024, 1024)
    # (points, points, scale): 32 to 1024 pixels, as macOS asks for Retina and non-Retina displays
    assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 1), (512, 512, 2)} <= set(icns.info["sizes"])
