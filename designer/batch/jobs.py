"""What one worker does with one job: lay out a (filled) saved layout and write its PDF.

Runs in the main process, a pool worker or a Dask worker alike. Brand kits, templates (per file
version), fonts, hyphenation, QR matrices and converted images are cached per process by the
engine and renderer, so a worker pays for them once.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from designer import logs
from designer.errors import DesignerError
from designer.model.layout import SavedLayout
from designer.render.font_programs import shared_glyphs


@dataclass(frozen=True)
class Job:
    """One output. `layout` is the filled layout of a merge row, or None to load `source` (batch).

    `collect` returns the laid-out pages instead of writing (for --single-file). `characters`:
    every character of the run this job belongs to (a merge), so that all its editions embed the
    same font subsets (designer.render.font_programs).
    """

    index: int
    source: str
    output: str
    key: str = ""
    row: int | None = None
    layout: SavedLayout | None = None
    preset: str | None = None
    collect: bool = False
    characters: frozenset[str] | None = None


@dataclass
class Record:
    """What happened to one job; `status` is "ok", "failed" or "skipped"."""

    index: int
    input: str
    output: str
    status: str
    row: int | None = None
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    key: str = ""
    pages: list | None = None

    def report(self) -> dict:
        """The JSON report entry (no pages)."""
        data = {"input": self.input, "output": self.output, "status": self.status,
                "warnings": self.warnings, "time": round(self.seconds, 4)}
        if self.row is not None:
            data["row"] = self.row
        if self.reason:
            data["reason"] = self.reason
        return data


def run_job(job: Job) -> Record:
    """Do one job; every user-facing problem becomes a failed Record, never an exception."""
    started = time.perf_counter()
    record = Record(job.index, job.source, job.output, "ok", job.row, key=job.key)
    try:
        layout = job.layout or _load_layout(job.source)
        brand, template = _brand_and_template(layout)
        preset = preset_for(job.preset, template.kind)
        document = build(layout, preset, brand, template)
        record.warnings = [_describe(w) for w in document.warnings]
        reason = blocking_reason(layout, document, preset, job.source, brand, template)
        if reason:
            record.status, record.reason = "failed", reason
        elif job.collect:
            record.pages = document.pages
        else:
            with shared_glyphs(job.characters):
                write_document(document, Path(job.output), preset, job.key)
    except DesignerError as exc:
        record.status, record.reason = "failed", exc.located()
    except Exception as exc:  # noqa: BLE001 - one broken row must not end a run of thousands
        reason = f"internal error ({type(exc).__name__}: {exc})"
        log = logs.report_unexpected(f"{job.source} -> {job.output}: {reason}")
        record.status, record.reason = "failed", f"{reason}; details in {log}"
    record.seconds = time.perf_counter() - started
    return record


def _brand_and_template(layout: SavedLayout):
    """The layout's brand kit and template (cached per process by the default resolver)."""
    from designer.layout.engine import brand_for, template_for

    brand = brand_for(layout)
    return brand, template_for(layout, brand)


def build(layout: SavedLayout, preset, brand=None, template=None):
    """Lay out `layout` for `preset` with the per-process cached brand kit and template (looked
    up unless given)."""
    from designer.layout.engine import build_document
    from designer.presets import effective_bleed

    if brand is None or template is None:
        brand, template = _brand_and_template(layout)
    return build_document(layout, template, brand, bleed=effective_bleed(template, preset))


def blocking_reason(layout: SavedLayout, document, preset, source: str = "layout", brand=None, template=None) -> str:
    """What the export policy says stops this PDF, as one line ("" when it may be written).
    `brand` and `template` are looked up unless given."""
    from designer.policy import PRINT, SCREEN, judge, reason
    from designer.preflight.layout import check_layout

    if brand is None or template is None:
        brand, template = _brand_and_template(layout)
    findings = check_layout(layout, preset, document, template, brand, source=source)
    return reason(judge(findings, PRINT if preset.needs_printer_line else SCREEN))


def write_document(document, output: Path, preset, key: str = "") -> None:
    """Write the laid-out document as PDF following `preset`, atomically but not yet durably
    (the run syncs finished outputs in groups: designer.batch.durable). The job's input `key`
    (a SHA-256 of everything the output is made from) gives the document ID, so the finished
    file need not be hashed."""
    from designer.io.atomic import atomic_write_bytes
    from designer.render.pdf import render_pdf

    options = _pdf_options(preset)
    if key:
        options = replace(options, document_id=key[:32])
    atomic_write_bytes(output, render_pdf(document, options), durable=False)


@lru_cache(maxsize=8)
def _pdf_options(preset):
    from designer.export import pdf_options

    return pdf_options(preset)


def write_records(document, records: list[tuple[list, dict, str]], output: Path, preset) -> None:
    """Write (pages, metadata, record id) records as one PDF (PDF/VT-1 for PDF/X-4 presets),
    atomically and durably. `document` gives title, date and template; pages may come from worker
    processes (the renderer registers the font files their glyph runs name)."""
    from designer.io.atomic import atomic_write_bytes
    from designer.render.pdfvt import VtRecord, render_pdfvt

    vt_records = [VtRecord(pages, metadata, record_id) for pages, metadata, record_id in records]
    atomic_write_bytes(output, render_pdfvt(vt_records, document, _pdf_options(preset)))


@lru_cache(maxsize=8)
def preset_for(preset_id: str | None, kind: str = "print"):
    """The printer preset for a template of `kind` (designer.presets.preset_for_kind: default
    coated offset PDF/X-4, the screen proof for screen templates), cached per process."""
    from designer.presets import preset_for_kind

    return preset_for_kind(preset_id, kind)


def _load_layout(path: str) -> SavedLayout:
    from designer.io.layout_file import load_layout
    from designer.translations.outputs import main_edition

    return main_edition(load_layout(path))       # mirrored when the main language is right to left


def _describe(warning) -> str:
    return f"{warning.frame_id}: {warning.message_en}"
