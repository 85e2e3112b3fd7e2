"""Autosave and crash recovery: unsaved work is written atomically to
`paths.user_data_dir()/recovery/<session>.json` at least every 30 s; a clean close removes it.
A file left behind by a crashed session is offered on the next start.

In: the Session. Out: recovery files; `pending()` lists files from other (crashed) sessions,
`read(path)` gives (layout, original path).
"""
from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from designer import paths
from designer.errors import DesignerError
from designer.io.jsonfile import read_json, write_json
from designer.io.layout_file import layout_from_dict, layout_to_dict

FORMAT = "designer.recovery"
INTERVAL_MS = 30_000


def recovery_dir() -> Path:
    return paths.user_data_dir() / "recovery"


class Autosave(QObject):
    """Writes the session's unsaved work on a timer; `write_now()` for tests and before risky steps."""

    def __init__(self, session, interval_ms: int = INTERVAL_MS, parent=None):
        super().__init__(parent)
        self.session = session
        self.file = recovery_dir() / f"{uuid.uuid4().hex}.json"
        self.error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.write_now)
        self.timer.start()

    def write_now(self) -> bool:
        """Write the recovery file if there are unsaved edits (else remove it); False on failure."""
        if not self.session.modified:
            self.discard()
            return True
        data = {"format": FORMAT, "format_version": 1,
                "path": str(self.session.path) if self.session.path else None,
                "base_dir": self.session.layout.base_dir,
                "layout": layout_to_dict(self.session.layout)}
        try:
            write_json(self.file, data)
        except DesignerError as exc:
            self.error = exc.located()
            return False
        self.error = None
        return True

    def discard(self) -> None:
        """Remove this session's recovery file (after a save or a clean close)."""
        self.file.unlink(missing_ok=True)

    def pending(self) -> list[Path]:
        """Recovery files left by other sessions, newest first."""
        folder = recovery_dir()
        files = [p for p in folder.glob("*.json") if p != self.file] if folder.is_dir() else []
        return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def read_recovery(path: Path):
    """(layout, original file path or None) from a recovery file; DesignerError if unreadable."""
    data = read_json(path)
    if not isinstance(data, dict) or data.get("format") != FORMAT or "layout" not in data:
        raise DesignerError("not a recovery file", file=path)
    try:
        layout = layout_from_dict(data["layout"], base_dir=data.get("base_dir", "."))
    except (KeyError, TypeError, ValueError) as exc:
        raise DesignerError(f"damaged recovery file ({exc})", file=path) from None
    return layout, (Path(data["path"]) if data.get("path") else None)
