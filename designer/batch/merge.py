"""Editions: one saved layout with `{{column}}` placeholders + a data file -> one job per row.

    plan = MergePlan(layout_path, data_path, out_dir, name="{{ort}}-{{kandidat}}.pdf")
    report = plan.run(jobs=2)          # or scheduler="tcp://host:8786"; run_single_file() for one PDF

Rows that cannot be filled (missing cell, image outside the allowed folders, invalid address)
become failed records naming the row; all others go to the workers.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from designer import __version__
from designer.batch.datasource import Row, open_rows
from designer.batch.durable import remove_leftovers
from designer.batch.jobs import Job, Record, blocking_reason, build, preset_for, write_records
from designer.batch.manifest import Manifest, input_key
from designer.batch.naming import NameAllocator, safe_name
from designer.batch.placeholders import (PLACEHOLDER, ROW_FIELD, MergeRules, RowError, fields_in, fill_layout,
                                         substitute)
from designer.batch.runner import Progress, Report, prepare_folder, run
from designer.batch.sources import image_sources, style_sources
from designer.errors import DesignerError
from designer.io.layout_file import layout_to_dict, load_layout
from designer.layout.engine import brand_for, template_for
from designer.model.layout import SavedLayout
from designer.render.font_programs import run_characters


@dataclass
class MergePlan:
    """Everything a merge run needs; checks the layout, data columns and name pattern up front."""

    layout_path: Path
    data_path: Path
    out_dir: Path
    name: str | None = None
    allow_dirs: tuple[Path, ...] = ()
    preset: str | None = None
    layout: SavedLayout | None = None          # default: loaded from layout_path
    mapping: dict[str, str] = field(default_factory=dict)     # layout field -> data column

    def __post_init__(self):
        self.layout_path, self.data_path = Path(self.layout_path), Path(self.data_path)
        self.out_dir = Path(self.out_dir).resolve()
        self.layout = self.layout or load_layout(self.layout_path)
        preset_for(self.preset)                      # an unknown preset stops the run here
        self.source = open_rows(self.data_path)
        self.name = self.name or f"{self.layout_path.stem}-{{{{{ROW_FIELD}}}}}.pdf"
        self.rules = MergeRules(self.data_path.resolve().parent,
                                (self.data_path.resolve().parent, self.layout_path.resolve().parent,
                                 *(Path(d) for d in self.allow_dirs)))
        known = set(self.source.columns) | set(self.mapping) | {ROW_FIELD}
        for where, names in (("layout", fields_in(self.layout)), ("--name", _pattern_fields(self.name))):
            unknown = [n for n in names if n not in known]
            if unknown:
                columns = ", ".join(c for c in self.source.columns if c)
                raise DesignerError(f"{where} uses {', '.join('{{' + n + '}}' for n in unknown)}, but the data "
                                    f"has no such column (columns: {columns})", file=self.data_path, field="columns")
        self.brand = brand_for(self.layout)
        self.template = template_for(self.layout, self.brand)
        self._base = [layout_to_dict(self.layout), style_sources(self.template, self.brand), self.preset, __version__]

    def total(self) -> int:
        """Number of data rows."""
        return self.source.count()

    def jobs(self, manifest: Manifest | None = None, collect: bool = False,
             metadata: dict[int, dict[str, str]] | None = None) -> Iterator[Job | Record]:
        """One Job per row, or a Record for a row that failed to fill or is already up to date.
        `metadata`, if given, receives the layout's placeholder values of each row (by row number)."""
        names = NameAllocator()
        characters = None if collect else self.characters()     # --single-file: one PDF, own subsets
        fields = [name for name in fields_in(self.layout) if name != ROW_FIELD]
        for index, row in enumerate(self.source.rows()):
            values = self.values(row)
            if metadata is not None:
                metadata[row.number] = {name: values[name] for name in fields if name in values}
            label = f"{self.data_path.name} row {row.number}"
            if row.problem:
                yield Record(index, label, "", "failed", row.number, reason=row.problem)
                continue
            try:
                output = self.out_dir / names.take(safe_name(substitute(self.name, values, "--name")))
                filled = fill_layout(self.layout, values, self.rules)
            except RowError as exc:
                yield Record(index, label, "", "failed", row.number, reason=_row_reason(exc))
                continue
            key = input_key(self._base, layout_to_dict(filled), image_sources(filled, self.template))
            if manifest is not None and manifest.up_to_date(output, key):
                yield Record(index, label, str(output), "skipped", row.number, key=key)
                continue
            yield Job(index, label, str(output), key, row.number, filled, self.preset, collect, characters)

    def characters(self) -> frozenset[str] | None:
        """Every character the run's editions can set: the layout's and the template's text and
        every cell of the data (one pass over the rows), for font subsets shared by all editions."""
        texts = [self.layout.title, self.brand.printer_line]
        texts += [slot.text for slot in self.layout.slots.values() if slot.text]
        texts += [frame.default.get("text", "") for page in self.template.pages for frame in page.frames]
        texts += [value for row in self.source.rows() for value in row.values.values() if isinstance(value, str)]
        return run_characters(texts)

    def values(self, row: Row) -> dict[str, str]:
        """The placeholder values of a row: its cells, mapped fields and the row number."""
        mapped = {name: row.values[column] for name, column in self.mapping.items() if column in row.values}
        return {**row.values, **mapped, ROW_FIELD: str(row.number)}

    def row_layout(self, index: int) -> tuple[SavedLayout | None, str]:
        """(the layout filled from data row `index` (0-based), "") or (None, why it cannot be)."""
        row = next(itertools.islice(self.source.rows(), index, None), None)
        if row is None:
            return None, f"there is no data row {index + 1}"
        if row.problem:
            return None, row.problem
        try:
            return fill_layout(self.layout, self.values(row), self.rules), ""
        except RowError as exc:
            return None, _row_reason(exc)

    def preview(self, index: int):
        """(Document or None, problem) for the data row at `index` (0-based); problem "" if fine."""
        layout, problem = self.row_layout(index)
        if layout is None:
            return None, problem
        try:
            document = build(layout, preset_for(self.preset, self.template.kind))
        except DesignerError as exc:
            return None, exc.located()
        return document, blocking_reason(layout, document, preset_for(self.preset, self.template.kind),
                                         self.layout_path.name)

    def run(self, jobs: int = 1, scheduler: str | None = None, resume: bool = False,
            progress: Progress | None = None) -> Report:
        """One PDF per row in `out_dir` (the resume manifest is kept there too). A resumed run
        first deletes the temporary files a killed run left there."""
        prepare_folder(self.out_dir)
        if resume:
            remove_leftovers(self.out_dir)
        manifest = Manifest(self.out_dir) if resume else None
        return run(self.jobs(manifest), manifest, jobs, scheduler, progress)

    def run_single_file(self, jobs: int = 1, scheduler: str | None = None,
                        progress: Progress | None = None) -> tuple[Path, Report]:
        """All good rows as pages of one PDF (named by `name` without placeholders, else the layout's):
        PDF/VT-1 with one record per row for PDF/X-4 presets (designer.render.pdfvt)."""
        from designer.layout.frames import Document

        stem = self.name if not _pattern_fields(self.name) else self.layout_path.stem
        output = prepare_folder(self.out_dir) / safe_name(stem)
        metadata: dict[int, dict[str, str]] = {}
        report = run(self.jobs(collect=True, metadata=metadata), None, jobs, scheduler, progress)
        records = [(record.row, record.pages) for record in report.records if record.pages]
        if not records:
            raise DesignerError("no row could be made, so no file was written", file=self.data_path)
        title = " ".join(PLACEHOLDER.sub("…", self.layout.title).split()) or self.layout_path.stem
        template = self.template
        document = Document([], [], title, self.layout.date, template.id, template.kind, template.safe)
        write_records(document, [(pages, metadata[row], f"{self.data_path.name} row {row}") for row, pages in records],
                      output, preset_for(self.preset, template.kind))
        for record in report.records:
            record.pages, record.output = None, str(output) if record.status == "ok" else ""
        return output, report


def _pattern_fields(pattern: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(pattern)]


def _row_reason(exc: RowError) -> str:
    return f"{exc.field}: {exc.reason}" if exc.field else exc.reason
