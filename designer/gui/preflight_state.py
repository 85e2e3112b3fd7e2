"""Live preflight of the open layout for the chosen printer preset.

In: the Session (re-checked on every `changed`) and a preset id (`set_preset`, default
coated offset). Out: `findings` (designer.preflight Findings, engine warnings included once),
signal `changed`, and `fix(finding, **inputs)` that applies a finding's fix as one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from designer.preflight import apply_fix, check_layout
from designer.presets import DEFAULT_PRESET, PROOF_PRESET, get_preset, load_presets

BLEED_TOLERANCE = 0.01      # points: the shown document already has the preset's bleed


class Preflight(QObject):
    """The findings for the session's current layout."""

    changed = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.presets = {id_: p for id_, p in load_presets().presets.items() if p.print_mode}
        self.preset = self.presets.get(DEFAULT_PRESET) or next(iter(self.presets.values()))
        self.screen_preset = get_preset(PROOF_PRESET)
        self.findings = []
        session.changed.connect(self.refresh)
        self.refresh()

    def set_preset(self, preset_id: str) -> None:
        """Check against another printer's requirements (unknown ids are ignored)."""
        if preset_id in self.presets and preset_id != self.preset.id:
            self.preset = self.presets[preset_id]
            self.refresh()

    @property
    def checked_preset(self):
        """The preset the findings are for: the chosen printer, or the screen preset for a screen format."""
        if self.session.template.kind == "print":
            return self.preset
        return self.screen_preset

    def refresh(self) -> None:
        session = self.session
        preset = self.checked_preset
        same_bleed = abs(session.template.bleed - preset.bleed) < BLEED_TOLERANCE
        self.findings = check_layout(session.shown, preset, session.document if same_bleed else None,
                                     session.printed_template, session.brand)
        self.changed.emit()

    def marks(self) -> dict[str, str]:
        """Frame id -> worst severity ("error" or "warning") for the canvas markers."""
        out: dict[str, str] = {}
        for item in self.findings:
            if item.frame_id and item.severity in ("error", "warning") and out.get(item.frame_id) != "error":
                out[item.frame_id] = item.severity
        return out

    def fix(self, finding, text: str, **inputs) -> None:
        """Apply `finding`'s fix to the layout as one undoable command named `text`.
        Raises DesignerError when inputs (printer, place, year) are missing."""
        self.session.apply(apply_fix(self.session.layout, finding, **inputs), text)
