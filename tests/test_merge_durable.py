"""Durable, but not one fsync per file: outputs are synced in groups, the resume manifest vouches
only for synced outputs, and a run killed at any moment (SIGKILL) leaves no half-written file and
a resume that redoes at most the unsynced tail."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pikepdf

import designer.batch.durable as durable
from designer.batch.manifest import MANIFEST_NAME, Manifest
from designer.batch.merge import MergePlan
from tests.editions_rows import ROOT, write_csv

SYNC_EVERY = 8
KILLABLE_MERGE = ("import sys; import designer.batch.durable as d; d.SYNC_EVERY = {every}; "
                  "from designer.cli import main; sys.exit(main(sys.argv[1:]))")


def complete_pdf(path: Path) -> bool:
    data = path.read_bytes()
    if b"%%EOF" not in data[-32:]:
        return False
    with pikepdf.open(path) as pdf:
        return len(pdf.pages) == 1


def vouched(out: Path) -> dict[str, str]:
    """Output name -> key from the manifest lines that are complete."""
    entries = {}
    path = out / MANIFEST_NAME
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        entries[entry["output"]] = entry["key"]
    return entries


def test_outputs_are_synced_in_groups_and_vouched_for_only_after_their_sync(workdir, monkeypatch):
    monkeypatch.setattr(durable, "SYNC_EVERY", 5)
    monkeypatch.setattr(durable, "SYNC_SECONDS", 3600.0)
    events = []
    real_fsync, real_add_many = os.fsync, Manifest.add_many

    def fsync(fd):
        events.append(("sync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def add_many(self, finished):
        events.append(("vouch", [str(path) for path, _ in finished]))
        return real_add_many(self, finished)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Manifest, "add_many", add_many)
    data = write_csv(workdir / "rader.csv", 12, broken={})
    out = workdir / "ut"
    report = MergePlan(workdir / "mote.json", data, out).run(resume=True)
    assert report.count("ok") == 12
    vouches = [(i, names) for i, (kind, names) in enumerate(events) if kind == "vouch"]
    assert [len(names) for _, names in vouches] == [5, 5, 2]          # three groups, not 12 syncs
    for position, names in vouches:
        synced = {path for kind, path in events[:position] if kind == "sync"}
        assert set(names) <= synced, "a manifest line was written before its file was synced"
        assert str(out) in synced, "the folder (the renames) must be synced before vouching"
    assert len(vouched(out)) == 12


def test_a_run_killed_at_random_moments_leaves_only_whole_files_and_resume_redoes_the_unsynced_tail(workdir):
    rows = 40
    data = write_csv(workdir / "rader.csv", rows, broken={})
    layout = workdir / "mote.json"
    env = {**os.environ, "DESIGNER_CACHE": str(workdir / "cache")}
    chance = random.Random(16)
    for attempt in range(3):
        out = workdir / f"ut{attempt}"
        stop_after = chance.randint(1, rows - 5)
        command = [sys.executable, "-c", KILLABLE_MERGE.format(every=SYNC_EVERY), "merge", str(layout),
                   str(data), "-o", str(out), "--resume"]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(list(out.glob("*.pdf"))) < stop_after and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(chance.random() * 0.02)                    # land anywhere inside the next edition
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        made = sorted(out.glob("*.pdf"))
        assert made and all(complete_pdf(p) for p in made), "a half-written file under a final name"
        promised = vouched(out)
        assert set(promised) <= {p.name for p in made}
        assert len(made) - len(promised) <= 2 * SYNC_EVERY, "more than the group in flight and the next"
        report = MergePlan(layout, data, out).run(resume=True)
        assert report.count("skipped") == len(promised), attempt
        assert report.count("ok") == rows - len(promised) and report.count("failed") == 0
        assert len(list(out.glob("*.pdf"))) == rows and all(complete_pdf(p) for p in out.glob("*.pdf"))
        assert not list(out.glob(".*.part")), "temporary files of the killed run are cleaned up"


def test_a_disk_that_fails_to_sync_stops_the_run_with_one_line_and_vouches_for_nothing(workdir, monkeypatch, capsys):
    import errno

    from designer.cli import main

    def failing_fsync(path, flags):
        raise OSError(errno.EIO, "Input/output error", str(path))

    monkeypatch.setattr(durable, "_fsync", failing_fsync)
    data = write_csv(workdir / "rader.csv", 6, broken={})
    out = workdir / "ut"
    code = main(["merge", str(workdir / "mote.json"), str(data), "-o", str(out), "--resume"])
    err = capsys.readouterr().err
    assert code == 2 and "could not make the finished files durable (Input/output error)" in err
    assert "Traceback" not in err
    assert vouched(out) == {}


def test_a_new_run_removes_only_its_own_leftover_temporary_files(workdir):
    data = write_csv(workdir / "rader.csv", 2, broken={})
    out = workdir / "ut"
    out.mkdir()
    ours = [out / ".mote-2.pdf.ab12cd34.part", out / f".{MANIFEST_NAME}.x1y2z3w4.part"]
    foreign = [out / ".semester.mov.part", out / "nedladdning.pdf.part"]
    for path in ours + foreign:
        path.write_bytes(b"half")
    MergePlan(workdir / "mote.json", data, out).run()
    assert not any(p.exists() for p in ours)
    assert all(p.exists() for p in foreign)
