"""The Finding record and the plain-language texts for each finding code (Swedish, English)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """One problem. `page` is 0-based (None: whole file); `fix` names a function in fixes.FIXES."""

    code: str
    severity: str
    message: str
    message_en: str
    frame_id: str | None = None
    page: int | None = None
    fix: str | None = None
    fix_text: str = ""
    fix_text_en: str = ""
    data: dict = field(default_factory=dict, compare=False, hash=False)

    def where(self) -> str:
        """'sida 1, ram body' style location (Swedish), '' for the whole file."""
        parts = []
        if self.page is not None:
            parts.append(f"sida {self.page + 1}")
        if self.frame_id:
            parts.append(f"ram {self.frame_id}")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        """JSON form for `designer preflight --json`."""
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "message_en": self.message_en, "frame": self.frame_id,
                "page": None if self.page is None else self.page + 1, "fix": self.fix,
                "fix_text": self.fix_text, "fix_text_en": self.fix_text_en,
                "data": {k: v for k, v in self.data.items() if isinstance(v, (str, int, float, list))}}


# Fix descriptions by fix id: (Swedish, English).
FIX_TEXTS = {
    "use_black": ("Byt textfärg till 100 % svart (K).", "Change the text colour to 100 % black (K)."),
    "extend_bleed": ("Låt bakgrunden gå ut i utfallet.", "Extend the background into the bleed."),
    "move_inside_safe": ("Flytta in ramen innanför säkerhetsmarginalen.",
                         "Move the frame inside the safe area."),
    "thicken_line": ("Gör linjen 0,25 pt tjock.", "Make the line 0.25 pt thick."),
    "use_rich_black": ("Fyll ytan med djupsvart i stället för bara K.",
                       "Fill the area with rich black instead of K only."),
    "fill_printer_line": ("Fyll i tryckeri, ort och år, t.ex. ”Tryck: Tryckeriet AB, Borlänge 2026”.",
                          "Fill in printer, place and year, e.g. 'Tryck: Tryckeriet AB, Borlänge 2026'."),
}


def finding(code: str, severity: str, message: str, message_en: str, *, frame_id=None, page=None,
            fix: str | None = None, **data) -> Finding:
    """A Finding with the fix texts filled in from FIX_TEXTS."""
    sv, en = FIX_TEXTS.get(fix, ("", ""))
    return Finding(code, severity, message, message_en, frame_id, page, fix, sv, en, data)


def exit_code(findings) -> int:
    """2 if any error, 1 if any warning, else 0."""
    severities = {f.severity for f in findings}
    return 2 if "error" in severities else 1 if "warning" in severities else 0
