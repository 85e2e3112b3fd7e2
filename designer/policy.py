"""The export policy: one rule, used by CLI export, the GUI export dialog, batch, merge and package.

    verdict = judge(findings, target)        # target "print" (paper) or "screen" (PNG, screen proof)
    if verdict.blocked: raise ExportBlocked(verdict, output)

A finding of severity `error` blocks a print export: nothing is written and every blocking
finding is listed with its fix. `warning` and `info` never block. Screen outputs are blocked only
by the errors that show on a screen too (SCREEN_BLOCKING): a grey box for a missing photo,
words cut off, placeholder text, a broken lock. `--force` / "Exportera ändå som korrektur"
writes a watermarked proof instead (see designer.export).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from designer import messages
from designer.errors import ExportError

PRINT, SCREEN = "print", "screen"
SCREEN_BLOCKING = frozenset({"overflow", "image_missing", "image_corrupt", "image_too_large", "qr_invalid",
                             "placeholder_text", "locked_changed"})
WATERMARK = messages.text("proof.watermark", "sv")     # the proof stamp is Swedish, as the print shop reads it


def target_for(output, preset) -> str:
    """"print" for a PDF meant for paper (the preset asks for a printer line), else "screen"."""
    from pathlib import Path

    return PRINT if Path(output).suffix.lower() in (".pdf", ".zip") and preset.needs_printer_line else SCREEN


def blocks(finding, target: str) -> bool:
    """True when `finding` stops an export to `target`."""
    return finding.severity == "error" and (target == PRINT or finding.code in SCREEN_BLOCKING)


@dataclass
class Verdict:
    """The findings of one export and which of them block it."""

    target: str
    findings: list = field(default_factory=list)

    @property
    def blocking(self) -> list:
        return [f for f in self.findings if blocks(f, self.target)]

    @property
    def blocked(self) -> bool:
        return bool(self.blocking)

    def lines(self, language: str = "en") -> list[str]:
        """One line per blocking finding: where, what, and the fix."""
        fix_word = messages.text("word.fix", language)
        out = []
        for item in self.blocking:
            where = item.where(language)
            line = f"{where}: {item.text(language)}" if where else item.text(language)
            fix = item.fix_description(language)
            out.append(f"{line} ({fix_word}: {fix})" if fix else line)
        return out


def judge(findings, target: str) -> Verdict:
    """The Verdict for `findings` of an export to `target`."""
    return Verdict(target, list(findings))


class ExportBlocked(ExportError):
    """A print export refused by the policy; `verdict` holds the findings (with their fixes)."""

    def __init__(self, verdict: Verdict, output):
        self.verdict = verdict
        self.output = Path(output)
        count = len(verdict.blocking)
        summary = f"not written: {count} error{'s' if count != 1 else ''} must be fixed first (or use --force " \
                  "for a proof): " + "; ".join(verdict.lines("en"))
        super().__init__(summary, file=output)


def reason(verdict: Verdict) -> str:
    """The blocking findings as one line for a batch report, "frame: message; …" ("" when
    nothing blocks)."""
    return "; ".join(f"{f.frame_id or 'file'}: {f.message_en}" for f in verdict.blocking)
