"""The campaign profile: who prints and who to contact, asked once and remembered for every new
layout (the printer line "Tryck: PRINTER, PLACE YEAR" and the contact line).

    profile = load_profile()              # None before the first start's questions are answered
    save_profile(CampaignProfile(organisation="Centerpartiet Borlänge", printer="Tryckeriet AB",
                                 place="Borlänge", contact="borlange@centerpartiet.se"))

Stored as JSON in `paths.user_data_dir()/profile.json`. A damaged file counts as no profile (it is
logged, and the questions are asked again); values are plain one-line strings of bounded length.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from designer import paths
from designer.io.atomic import atomic_write_bytes

FILE_NAME = "profile.json"
MAX_FIELD = 200
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CampaignProfile:
    """What every new layout is filled with; `preset` is the printer preset id for print exports."""

    organisation: str = ""
    printer: str = ""
    place: str = ""
    contact: str = ""
    preset: str = "coated-offset"

    def printer_line(self, year: int) -> str:
        """'Tryck: PRINTER, PLACE YEAR', or '' while printer or place is unknown."""
        if not (self.printer and self.place):
            return ""
        return f"Tryck: {self.printer}, {self.place} {year}"


def profile_file() -> Path:
    return paths.user_data_dir() / FILE_NAME


def load_profile() -> CampaignProfile | None:
    """The remembered profile, or None when none was saved (or the file is unreadable)."""
    path = profile_file()
    if not path.is_file():
        return None
    try:
        if path.stat().st_size > 64 * 1024:
            raise ValueError("file too large")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return CampaignProfile(**{f.name: _clean(data[f.name]) for f in fields(CampaignProfile)
                                  if isinstance(data.get(f.name), str)})
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.warning("%s: ignored, asking for the campaign profile again (%s)", path, exc)
        return None


def save_profile(profile: CampaignProfile) -> None:
    """Remember `profile` (atomic write; an ExportError names the file if it cannot be written)."""
    data = {name: _clean(value) for name, value in asdict(profile).items()}
    atomic_write_bytes(profile_file(), json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def _clean(value: str) -> str:
    """One line, trimmed, at most MAX_FIELD characters."""
    return " ".join(str(value).split())[:MAX_FIELD]
