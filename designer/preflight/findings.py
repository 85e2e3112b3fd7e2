"""The Finding record: a code, a severity and data; words come from designer.messages."""
from __future__ import annotations

from dataclasses import dataclass, field

from designer import messages

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding(messages.Worded):
    """One problem. `page` is 0-based (None: whole file); `fix` names a function in fixes.FIXES;
    `data` holds the values the message and the fix need; `key` picks another catalogue text
    than the code's own (one code, several wordings)."""

    code: str
    severity: str
    frame_id: str | None = None
    page: int | None = None
    fix: str | None = None
    data: dict = field(default_factory=dict, compare=False, hash=False)
    key: str | None = field(default=None, compare=False)

    def fix_description(self, language: str = "sv") -> str:
        """What the fix does, in `language`; without an automatic fix, what to do by hand ("" if
        the catalogue has no advice)."""
        if self.fix:
            return messages.text(f"fix.{self.fix}", language)
        return messages.text(f"hint.{self.code}", language) if messages.has(f"hint.{self.code}") else ""

    @property
    def fix_text(self) -> str:
        return self.fix_description("sv")

    @property
    def fix_text_en(self) -> str:
        return self.fix_description("en")

    def where(self, language: str = "sv") -> str:
        """'sida 1, ram body' style location, '' for the whole file."""
        page_word, frame_word = ("page", "frame") if language == "en" else ("sida", "ram")
        parts = []
        if self.page is not None:
            parts.append(f"{page_word} {self.page + 1}")
        if self.frame_id:
            parts.append(f"{frame_word} {self.frame_id}")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        """JSON form for `designer preflight --json`."""
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "message_en": self.message_en, "frame": self.frame_id,
                "page": None if self.page is None else self.page + 1, "fix": self.fix,
                "fix_text": self.fix_text, "fix_text_en": self.fix_text_en,
                "data": {k: v for k, v in self.data.items() if isinstance(v, (str, int, float, list))}}


def finding(code: str, severity: str, *, frame_id=None, page=None, fix: str | None = None,
            key: str | None = None, **data) -> Finding:
    """A Finding; keyword arguments beyond the location, fix and message key become its data."""
    return Finding(code, severity, frame_id, page, fix, data, key)


def exit_code(findings) -> int:
    """2 if any error, 1 if any warning, else 0."""
    severities = {f.severity for f in findings}
    return 2 if "error" in severities else 1 if "warning" in severities else 0
