"""One-step exports from the main window: "Send to the print shop" (print PDF with the remembered
printer preset) and "Pictures for social media" (one PNG per social format). Both run on the
thread pool (worker.Job) and write next to the layout.

In: a function from designer.export / designer.social and its arguments. Out: signals
`finished(list of paths)` or `failed(message)` (the located DesignerError text, e.g. a missing
printer line that the export policy refuses). Also where an unsaved layout goes first
(`documents_folder`, `free_name`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal

from designer.gui.worker import Job

PRODUCT_FOLDERS = ("Kampanjdesigner", "Campaign Designer")     # the product's name in each UI language


class QuickExport(QObject):
    """One export at a time; `busy` while it runs."""

    finished = Signal(list)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.job: Job | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(self, output: Path, function, *args) -> bool:
        """Start `function(*args)` (which writes `output`); False if another export still runs."""
        if self.busy:
            return False
        self.job = Job(output, function, *args)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.start()
        return True

    def _finished(self, result):
        self.job = None
        paths = result if isinstance(result, list) else [Path(result.output)]
        self.finished.emit([Path(p) for p in paths])

    def _failed(self, message: str):
        self.job = None
        self.failed.emit(message)


def documents_folder(product: str) -> Path:
    """Where unsaved layouts go: the first of Documents/Kampanjdesigner and Documents/Campaign
    Designer that exists (one folder whatever the UI language), else Documents/<product name>."""
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                     or Path.home())
    return next((documents / name for name in PRODUCT_FOLDERS if (documents / name).is_dir()), documents / product)


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """folder/stem.suffix, or stem-2, stem-3 … when that file exists."""
    candidate, number = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}{suffix}", number + 1
    return candidate
