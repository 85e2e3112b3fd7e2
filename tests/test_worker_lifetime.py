"""Worker processes die with their parent: a killed `designer merge --jobs 2` leaves nothing running.

Before: after SIGKILL/SIGTERM of the merge, both workers (and multiprocessing's resource
tracker) kept running as orphans."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

EDITIONS = ROOT / "layouts" / "examples" / "editions"


def children(pid: int) -> set[int]:
    """Pids whose parent is `pid` (read from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pids: set[int]) -> set[int]:
    """The pids of `pids` that still run (zombies count as gone)."""
    running = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.add(pid)
    return running


def wait_until(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return condition()


def stop(process: subprocess.Popen, workers: set[int]) -> None:
    """Cleanup, so a failing test leaves no processes behind."""
    if process.poll() is None:
        process.kill()
        process.wait()
    for pid in alive(workers):
        os.kill(pid, signal.SIGKILL)


def many_rows(folder: Path, copies: int = 40) -> Path:
    text = (EDITIONS / "moten.csv").read_bytes().replace(b"\r\n", b"\n")
    header, *rows = [line for line in text.split(b"\n") if line.strip()]
    data = folder / "many.csv"
    data.write_bytes(b"\n".join([header, *rows * copies]) + b"\n")
    return data


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_merge_workers_die_with_a_killed_merge(tmp_path, how):
    folder = tmp_path / "utgavor"
    shutil.copytree(EDITIONS, folder)
    merge = subprocess.Popen([sys.executable, "-m", "designer", "merge", str(folder / "mote-a5.json"),
                              str(many_rows(folder)), "-o", str(tmp_path / "ut"), "--jobs", "2"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        workers = wait_until(lambda: children(merge.pid) if len(children(merge.pid)) >= 3 else set(), 60)
        assert len(workers) >= 3, "expected two workers and the resource tracker"
        assert merge.poll() is None, "the merge ended before it could be killed"
        merge.send_signal(how)
        merge.wait(10)
        left = wait_until(lambda: not alive(workers), 15)
        assert left, f"workers still running after the merge was killed: {alive(workers)}"
    finally:
        stop(merge, workers if "workers" in locals() else set())


FALLBACK_SCRIPT = textwrap.dedent('''
    import multiprocessing, os, time
    from concurrent.futures import ProcessPoolExecutor
    from designer.batch import lifetime

    def start(parent):
        lifetime._ask_kernel_for_death_signal = lambda: None     # only the watching thread is left
        lifetime.die_with_parent(parent)

    def pid():
        time.sleep(0.05)
        return os.getpid()

    if __name__ == "__main__":
        pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"), initializer=start,
                                   initargs=(os.getpid(),))
        pids = {f.result() for f in [pool.submit(pid) for _ in range(20)]}
        print(" ".join(map(str, sorted(pids))), flush=True)
        time.sleep(120)
''')


def test_the_portable_watch_thread_alone_ends_orphaned_workers(tmp_path):
    script = tmp_path / "pool.py"
    script.write_text(FALLBACK_SCRIPT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])})
    try:
        workers = {int(pid) for pid in parent.stdout.readline().split()}
        assert len(workers) == 2 and alive(workers) == workers
        parent.kill()
        parent.wait(10)
        assert wait_until(lambda: not alive(workers), 15), f"orphans: {alive(workers)}"
    finally:
        stop(parent, workers if "workers" in locals() else set())


def test_single_file_merge_with_workers_embeds_the_fonts_the_workers_used(tmp_path):
    """The pages come from worker processes; the main process writes them and must know their
    fonts (before: KeyError: getTypeFace: no afm found for faceName='Lato-Black')."""
    import pikepdf

    folder = tmp_path / "utgavor"
    shutil.copytree(EDITIONS, folder)
    result = subprocess.run([sys.executable, "-m", "designer", "merge", str(folder / "mote-a5.json"),
                             str(folder / "moten.csv"), "-o", str(tmp_path / "ut"), "--single-file",
                             "--jobs", "2"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    with pikepdf.open(tmp_path / "ut" / "mote-a5.pdf") as pdf:
        assert len(pdf.pages) == 24
        fonts = {str(font.BaseFont).split("+")[-1] for page in pdf.pages
                 for font in page.Resources.Font.values()}
    assert {"Lato-Black", "OpenSans"} <= fonts, fonts
