"""Run jobs in this process, in worker processes (`jobs` > 1) or on a Dask cluster (`scheduler`).

Jobs are streamed from an iterator with a bounded number in flight, so memory stays flat over
thousands of rows. Finished outputs are made durable in groups and only then added to the resume
manifest (designer.batch.durable).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import tempfile
import threading
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from designer import logs
from designer.batch.durable import DurableLedger, remove_leftovers
from designer.batch.jobs import Job, Record, run_job
from designer.batch.lifetime import die_with_parent
from designer.batch.manifest import Manifest
from designer.errors import DesignerError
from designer.io.atomic import atomic_write_text

IN_FLIGHT_PER_WORKER = 4
POLL_SECONDS = 0.2            # how often a pooled run looks for Ctrl-C while waiting

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
    with DurableLedger(manifest) as ledger:
        for record in _finished(items, jobs, scheduler):
            if record.status == "ok" and record.pages is None:
                ledger.add(Path(record.output), record.key)
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
    with _executor(jobs, scheduler) as (executor, workers), _interrupt_flag() as stop:
        yield from _pooled(items, executor, workers * IN_FLIGHT_PER_WORKER, stop)
    if stop.is_set():
        raise KeyboardInterrupt


def _pooled(items: Iterable[Job | Record], executor: Executor, window: int,
            stop: threading.Event) -> Iterator[Record]:
    """Records as jobs finish; after Ctrl-C (`stop`) no new jobs start and running ones finish."""
    pending: set = set()
    for item in items:
        if stop.is_set():
            break
        if isinstance(item, Record):
            yield item
            continue
        pending.add(executor.submit(run_job, item))
        while len(pending) >= window and not stop.is_set():
            done, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            yield from map(_result, done)
    if stop.is_set():
        pending = {f for f in pending if not f.cancel()}
    while pending:
        done, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
        yield from map(_result, done)


@contextmanager
def _interrupt_flag():
    """Ctrl-C sets an event instead of raising inside the pool's locks (which can hang it)."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def _result(future) -> Record:
    """A finished job's Record; a worker that died (killed, out of memory) stops the run clearly."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, Dask's KilledWorker, lost connections
        problem = f"a worker stopped unexpectedly ({type(exc).__name__}: {exc})"
        log = logs.report_unexpected(problem)
        raise DesignerError(f"{problem}; run again with --resume to continue (details in {log})",
                            field="--jobs") from None


@contextmanager
def _executor(jobs: int, scheduler: str | None):
    """(executor, number of workers) for a local process pool or a Dask scheduler address."""
    if scheduler is not None:
        from designer.batch.dask_runner import dask_executor

        with dask_executor(scheduler) as pair:
            yield pair
        return
    context = multiprocessing.get_context("spawn")     # safe from a GUI thread, same on every OS
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                                   initargs=(os.getpid(),))
    try:
        yield executor, jobs
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(parent_pid: int) -> None:
    """Workers leave Ctrl-C to the main process, which stops handing out jobs and reports once,
    and die with the main process however it ends (designer.batch.lifetime)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent_pid)


def prepare_folder(folder: str | Path) -> Path:
    """The output folder, created if needed and checked to be writable (DesignerError if not).
    Temporary files left by an interrupted run are removed."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".designer-probe-"):
            pass
    except OSError as exc:
        raise DesignerError(f"cannot write to the output folder ({exc.strerror or exc})", file=folder,
                            field="--output") from None
    remove_leftovers(folder)
    return folder
