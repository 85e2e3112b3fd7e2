"""`designer batch`: many saved layouts at once, in parallel, with a report, resume and exit codes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from designer import logs
from designer.batch.progress import ProgressPrinter
from designer.batch.jobs import Record
from designer.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = ROOT / "layouts" / "examples" / "skola-a5.json"


def layouts(folder: Path, count: int) -> Path:
    """`count` copies of the school flyer with different headlines (images via absolute paths)."""
    folder.mkdir()
    data = json.loads(SCHOOL.read_text(encoding="utf-8"))
    data["slots"]["photo"]["image"] = str((SCHOOL.parent / data["slots"]["photo"]["image"]).resolve())
    for i in range(count):
        data["slots"]["headline"]["text"] = f"Flygblad nummer {i}"
        (folder / f"blad-{i}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def test_batch_exports_every_layout_of_a_folder_and_reports_bad_ones(tmp_path, capsys):
    folder = layouts(tmp_path / "in", 3)
    (folder / "trasig.json").write_text("{ not json", encoding="utf-8")
    broken = json.loads(SCHOOL.read_text(encoding="utf-8"))
    broken["slots"]["printer-line"] = {"text": ""}
    broken["slots"]["photo"]["image"] = "saknas.jpg"
    (folder / "utan-tryckort.json").write_text(json.dumps(broken), encoding="utf-8")
    out = tmp_path / "ut"
    code = main(["batch", str(folder), "-o", str(out), "--jobs", "2", "--json", str(tmp_path / "r.json")])
    assert code == 1
    assert sorted(p.name for p in out.glob("*.pdf")) == ["blad-0.pdf", "blad-1.pdf", "blad-2.pdf"]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"ok": 3, "skipped": 0, "failed": 2}
    by_input = {Path(r["input"]).name: r for r in report["records"]}
    assert "invalid JSON at line 1" in by_input["trasig.json"]["reason"]
    assert "printer line missing" in by_input["utan-tryckort.json"]["reason"]
    assert "image saknas.jpg not found" in by_input["utan-tryckort.json"]["reason"]
    assert set(by_input["blad-0.json"]) == {"input", "output", "status", "warnings", "time"}
    err = capsys.readouterr().err
    assert "5/5 done, 2 failed" in err and "3 made, 0 up to date, 2 failed" in err


def test_batch_takes_globs_and_files_once_each_and_same_stems_get_unique_names(tmp_path):
    first = layouts(tmp_path / "a", 2)
    second = layouts(tmp_path / "b", 1)
    out = tmp_path / "ut"
    code = main(["batch", str(first / "*.json"), str(first / "blad-0.json"), str(second), "-o", str(out)])
    assert code == 0
    assert sorted(p.name for p in out.glob("*.pdf")) == ["blad-0-2.pdf", "blad-0.pdf", "blad-1.pdf"]


def test_batch_with_two_jobs_writes_the_same_bytes_as_one(tmp_path):
    folder = layouts(tmp_path / "in", 3)
    assert main(["batch", str(folder), "-o", str(tmp_path / "ett")]) == 0
    assert main(["batch", str(folder), "-o", str(tmp_path / "tva"), "--jobs", "2"]) == 0
    for pdf in (tmp_path / "ett").glob("*.pdf"):
        assert pdf.read_bytes() == (tmp_path / "tva" / pdf.name).read_bytes()


def test_batch_resume_skips_up_to_date_outputs_and_redoes_changed_ones(tmp_path):
    folder = layouts(tmp_path / "in", 3)
    out = tmp_path / "ut"
    assert main(["batch", str(folder), "-o", str(out), "--resume"]) == 0
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    shutil.copy(folder / "blad-0.json", folder / "blad-1.json")
    assert main(["batch", str(folder), "-o", str(out), "--resume", "--json", str(tmp_path / "r.json")]) == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [r["status"] for r in report["records"]] == ["skipped", "ok", "skipped"]
    assert (out / "blad-0.pdf").stat().st_mtime_ns == before["blad-0.pdf"]
    assert (out / "blad-1.pdf").read_bytes() != b""


def test_batch_resume_redoes_a_flyer_whose_photo_template_or_brand_kit_changed(tmp_path):
    """The resume key covers every file the PDF is made from: a replaced photo, an edited template
    kept next to the layout or an edited brand kit must never leave the old flyer in place."""
    from PIL import Image

    layout = json.loads(SCHOOL.read_text(encoding="utf-8"))
    shutil.copy(ROOT / "assets/images/dalalven-morgon.jpg", tmp_path / "photo.jpg")
    shutil.copy(ROOT / "assets/brand/default.json", tmp_path / "brand.json")
    shutil.copy(ROOT / "layouts/a5-flyer.json", tmp_path / "a5-flyer.json")
    layout["slots"]["photo"]["image"], layout["brand"] = "photo.jpg", "brand.json"
    (tmp_path / "flyer.json").write_text(json.dumps(layout, ensure_ascii=False), encoding="utf-8")
    out, report = tmp_path / "ut", tmp_path / "r.json"

    def statuses() -> list[str]:
        assert main(["batch", str(tmp_path / "flyer.json"), "-o", str(out), "--resume", "--json", str(report)]) == 0
        return [r["status"] for r in json.loads(report.read_text(encoding="utf-8"))["records"]]

    assert statuses() == ["ok"] and statuses() == ["skipped"]
    first = (out / "flyer.pdf").read_bytes()
    Image.new("RGB", (4800, 3000), (200, 30, 30)).save(tmp_path / "photo.jpg")
    assert statuses() == ["ok"] and (out / "flyer.pdf").read_bytes() != first
    template = json.loads((tmp_path / "a5-flyer.json").read_text(encoding="utf-8"))
    template["name"] += " (lokal)"
    (tmp_path / "a5-flyer.json").write_text(json.dumps(template, ensure_ascii=False), encoding="utf-8")
    assert statuses() == ["ok"]
    brand = json.loads((tmp_path / "brand.json").read_text(encoding="utf-8"))
    brand["printer_line"] = "Tryck: Annat tryckeri, Falun 2026"
    (tmp_path / "brand.json").write_text(json.dumps(brand, ensure_ascii=False), encoding="utf-8")
    assert statuses() == ["ok"] and statuses() == ["skipped"]


def test_nothing_to_do_exits_2_with_one_line(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "*.json"), "-o", str(tmp_path / "ut")]) == 2
    assert main(["batch", str(SCHOOL), "-o", str(tmp_path / "ut"), "--jobs", "0"]) == 2
    assert main(["batch", str(SCHOOL), "-o", str(tmp_path / "ut"), "--preset", "okand"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("designer: error: ") for line in lines)
    assert "no saved layouts found" in lines[0] and "unknown preset 'okand'" in lines[2]


class _Terminal:
    def __init__(self):
        self.text = ""

    def isatty(self):
        return True

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def test_progress_is_a_bar_on_a_terminal():
    terminal = _Terminal()
    show = ProgressPrinter(4, terminal)
    for done in range(1, 5):
        status = "failed" if done == 2 else "ok"
        show(Record(done, f"rad {done}", "", status, reason="for lång text"), done)
    assert "\r[" + "#" * 30 + "] 4/4 1 failed" in terminal.text
    assert "failed: rad 2: for lång text\n" in terminal.text and terminal.text.endswith("\n")


def test_a_worker_that_dies_stops_the_run_with_one_line(tmp_path, capsys, monkeypatch):
    import designer.batch.runner as runner

    folder = layouts(tmp_path / "in", 2)
    monkeypatch.setattr(runner, "run_job", _die)
    assert main(["batch", str(folder), "-o", str(tmp_path / "ut"), "--jobs", "2"]) == 2
    err = capsys.readouterr().err
    assert "a worker stopped unexpectedly" in err and "--resume" in err and "Traceback" not in err


def _die(job):
    import os

    os._exit(3)


def test_an_unexpected_error_in_one_layout_fails_that_one_and_the_run_goes_on(tmp_path, monkeypatch):
    import designer.batch.jobs as jobs

    folder = layouts(tmp_path / "in", 3)
    real = jobs.build

    def flaky(layout, *args):
        if "nummer 1" in layout.slot("headline").text:
            raise ZeroDivisionError("division by zero")
        return real(layout, *args)

    monkeypatch.setattr(jobs, "build", flaky)
    assert main(["batch", str(folder), "-o", str(tmp_path / "ut"), "--json", str(tmp_path / "r.json")]) == 1
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [r["status"] for r in report["records"]] == ["ok", "failed", "ok"]
    reason = report["records"][1]["reason"]
    assert reason == f"internal error (ZeroDivisionError: division by zero); details in {logs.log_file()}"
    assert "Traceback" in logs.log_file().read_text(encoding="utf-8"), "the traceback is in the log file"


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, capsys):
    (tmp_path / "fil").write_text("x")
    assert main(["batch", str(SCHOOL), "-o", str(tmp_path / "fil")]) == 2
    editions = ROOT / "layouts" / "examples" / "editions"
    assert main(["merge", str(editions / "mote-a5.json"), str(editions / "moten.csv"),
                 "-o", str(tmp_path / "fil" / "ut")]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and all("cannot write to the output folder" in line for line in lines)
