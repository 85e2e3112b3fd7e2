"""Run jobs in this process, in worker processes (`jobs` > 1) or on a Dask cluster (`scheduler`).

Jobs are streamed from an iterator with a bounded number in flight, so memory stays flat over
thousands of rows. Each finished output is added to the resume manifest at once.
"""
from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from designer.batch.jobs import Job, Record, run_job
from designer.batch.manifest import Manifest
from designer.errors import DesignerError
from designer.io.atomic import atomic_write_text

IN_FLIGHT_PER_WORKER = 4

Progress = Callable[[Record, int], None]     # (finished record, how many finished so far)


@dataclass
class Report:
    """Every record of a run in job order, and the run's exit code (0 ok, 1 some failed)."""

    records: list[Record] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.records if r.status == status)

    @property
    def failed(self) -> list[Record]:
        return [r for r in self.records if r.status == "failed"]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> str:
        return (f"{self.count('ok')} made, {self.count('skipped')} up to date, "
                f"{self.count('failed')} failed")

    def write_json(self, path: str | Path) -> None:
        data = {"summary": {s: self.count(s) for s in ("ok", "skipped", "failed")},
                "records": [r.report() for r in self.records]}
        atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def run(items: Iterable[Job | Record], manifest: Manifest | None = None, jobs: int = 1,
        scheduler: str | None = None, progress: Progress | None = None) -> Report:
    """Do every Job (Records are rows already decided: failed or up to date) and report."""
    report = Report()
    for record in _finished(items, jobs, scheduler):
        if manifest is not None and record.status == "ok" and record.pages is None:
            manifest.add(Path(record.output), record.key)
        report.records.append(record)
        if progress:
            progress(record, len(report.records))
    report.records.sort(key=lambda r: r.index)
    if manifest is not None:
        manifest.compact()
    return report


def _finished(items: Iterable[Job | Record], jobs: int, scheduler: str | None) -> Iterator[Record]:
    if scheduler is None and jobs <= 1:
        for item in items:
            yield run_job(item) if isinstance(item, Job) else item
        return
    with _executor(jobs, scheduler) as (executor, workers):
        yield from _pooled(items, executor, workers * IN_FLIGHT_PER_WORKER)


def _pooled(items: Iterable[Job | Record], executor: Executor, window: int) -> Iterator[Record]:
    pending = set()
    for item in items:
        if isinstance(item, Record):
            yield item
            continue
        pending.add(executor.submit(run_job, item))
        if len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from map(_result, done)
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from map(_result, done)


def _result(future) -> Record:
    """A finished job's Record; a worker that died (killed, out of memory) stops the run clearly."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, Dask's KilledWorker, lost connections
        raise DesignerError(f"a worker stopped unexpectedly ({type(exc).__name__}: {exc}); "
                            "run again with --resume to continue", field="--jobs") from None


@contextmanager
def _executor(jobs: int, scheduler: str | None):
    """(executor, number of workers) for a local process pool or a Dask scheduler address."""
    if scheduler is not None:
        from designer.batch.dask_runner import dask_executor

        with dask_executor(scheduler) as pair:
            yield pair
        return
    context = multiprocessing.get_context("spawn")     # safe from a GUI thread, same on every OS
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as executor:
        yield executor, jobs
