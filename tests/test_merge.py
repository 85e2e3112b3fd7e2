"""Editions from a spreadsheet: 200 rows with 10 broken ones, parallel = serial bytes, resume,
single file, the photo converted once, and the same merge on a Dask cluster."""
from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pypdfium2
import pytest
import zxingcpp

from designer.batch.merge import MergePlan
from designer.cli import main
from designer.units import mm
from tests.editions_rows import ROOT, PHOTO_WIDTHS, QR_RECT_MM, good_row, BROKEN, write_csv

def rendered_page(pdf_path: Path, dpi: float = 200.0):
    """(left, top, side of the QR frame in points on the media box, page image, dpi)."""
    with pikepdf.open(pdf_path) as pdf:
        trim = [float(v) for v in pdf.pages[0].TrimBox]
        media_h = float(pdf.pages[0].MediaBox[3])
    document = pypdfium2.PdfDocument(str(pdf_path))
    image = document[0].render(scale=dpi / 72).to_pil().convert("L")
    document.close()
    x, y, side, _ = (mm(v) for v in QR_RECT_MM)
    left, top = trim[0] + x, (media_h - trim[3]) + y
    return left, top, side, image, dpi


def qr_payload(pdf_path: Path) -> str | None:
    """What a phone reads from the QR frame of the PDF's first page, rendered by PDFium and
    decoded by zxing-cpp's reader (None if nothing scans)."""
    left, top, side, image, dpi = rendered_page(pdf_path)
    scale = dpi / 72
    code = zxingcpp.read_barcode(image.crop((int(left * scale), int(top * scale),
                                             int((left + side) * scale), int((top + side) * scale))),
                                 formats=zxingcpp.BarcodeFormat.QRCode)
    return code.text if code else None


def page_text(pdf_path: Path) -> str:
    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return document[0].get_textpage().get_text_range()
    finally:
        document.close()


def image_widths(pdf_path: Path) -> list[int]:
    with pikepdf.open(pdf_path) as pdf:
        return [int(image.Width) for image in pdf.pages[0].get_images().values()]


def test_200_rows_with_10_broken_give_190_correct_pdfs_and_a_report_naming_the_10(workdir, capsys):
    data = write_csv(workdir / "rader.csv", 200)
    out = workdir / "ut"
    code = main(["merge", str(workdir / "mote.json"), str(data), "-o", str(out),
                 "--name", "{{ort}}-{{kandidat}}.pdf", "--json", str(workdir / "report.json")])
    assert code == 1
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert len(pdfs) == 190
    report = json.loads((workdir / "report.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"ok": 190, "skipped": 0, "failed": 10}
    failed = {r["row"]: r["reason"] for r in report["records"] if r["status"] == "failed"}
    assert sorted(failed) == sorted(i + 2 for i in BROKEN)       # spreadsheet rows: header is row 1
    for index, (_, words) in BROKEN.items():
        assert words in failed[index + 2], (index, failed[index + 2])
    assert "row 47" in capsys.readouterr().err                   # printed as it happens
    for i in (0, 1, 2, 100, 199):
        pdf = out / f"Ort{i}-Åsa Öberg {i}.pdf"
        assert pdf.name in pdfs
        assert f"Möt Åsa Öberg {i} i Ort{i}" in page_text(pdf).replace("\r\n", " ").replace("\n", " ")
        assert PHOTO_WIDTHS[good_row(i)[5]] in image_widths(pdf)
        assert qr_payload(pdf) == f"https://exempel.se/anmal?ort=Ort{i}"
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]


def test_two_workers_write_the_same_bytes_as_one(workdir):
    data = write_csv(workdir / "rader.csv", 8, broken={})
    layout = workdir / "mote.json"
    assert main(["merge", str(layout), str(data), "-o", str(workdir / "ett"), "--jobs", "1"]) == 0
    assert main(["merge", str(layout), str(data), "-o", str(workdir / "tva"), "--jobs", "2"]) == 0
    one = {p.name: p.read_bytes() for p in (workdir / "ett").glob("*.pdf")}
    two = {p.name: p.read_bytes() for p in (workdir / "tva").glob("*.pdf")}
    assert len(one) == 8 and one == two


def test_an_interrupted_run_resumes_without_redoing_done_rows(workdir):
    data = write_csv(workdir / "rader.csv", 12, broken={})
    out = workdir / "ut"

    def stop_after_five(record, done):
        if done == 5:
            raise KeyboardInterrupt

    plan = MergePlan(workdir / "mote.json", data, out)
    with pytest.raises(KeyboardInterrupt):
        plan.run(resume=True, progress=stop_after_five)
    done = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    assert len(done) == 5
    report = MergePlan(workdir / "mote.json", data, out).run(resume=True)
    assert (report.count("skipped"), report.count("ok"), report.count("failed")) == (5, 7, 0)
    assert all((out / name).stat().st_mtime_ns == mtime for name, mtime in done.items())
    assert len(list(out.glob("*.pdf"))) == 12
    again = MergePlan(workdir / "mote.json", data, out).run(resume=True)
    assert again.count("skipped") == 12


def test_resume_redoes_a_row_whose_data_changed(workdir):
    data = write_csv(workdir / "rader.csv", 3, broken={})
    assert main(["merge", str(workdir / "mote.json"), str(data), "-o", str(workdir / "ut"), "--resume"]) == 0
    write_csv(data, 3, broken={1: (lambda r: [r[0], "Nytt Namn"] + r[2:], "")})
    report = MergePlan(workdir / "mote.json", data, workdir / "ut").run(resume=True)
    assert [r.status for r in report.records] == ["skipped", "ok", "skipped"]
    assert "Nytt Namn" in page_text(workdir / "ut" / "mote-3.pdf")


def test_single_file_has_one_page_per_good_row(workdir):
    data = write_csv(workdir / "rader.csv", 6, broken={k: v for k, v in BROKEN.items() if k == 3})
    out = workdir / "ut"
    code = main(["merge", str(workdir / "mote.json"), str(data), "-o", str(out), "--single-file",
                 "--name", "alla.pdf"])
    assert code == 1
    assert [p.name for p in out.glob("*.pdf")] == ["alla.pdf"]
    with pikepdf.open(out / "alla.pdf") as pdf:
        assert len(pdf.pages) == 5


def test_a_photo_used_in_many_editions_is_converted_once(workdir, monkeypatch):
    import designer.render.images as images

    monkeypatch.setenv("DESIGNER_CACHE", str(workdir / "cache"))
    images._cache_dir.cache_clear()
    images._prepared.cache_clear()
    calls = []
    real = images.to_cmyk
    monkeypatch.setattr(images, "to_cmyk", lambda *a: calls.append(a[0].size) or real(*a))
    broken = {i: (lambda r: r[:5] + ["foton/a.jpg"] + r[6:], "") for i in range(20)}
    data = write_csv(workdir / "rader.csv", 20, broken=broken)
    assert main(["merge", str(workdir / "mote.json"), str(data), "-o", str(workdir / "ut")]) == 0
    assert len(calls) == 1
    images._cache_dir.cache_clear()


def test_the_same_merge_runs_on_a_dask_cluster(workdir):
    from distributed import LocalCluster

    data = write_csv(workdir / "rader.csv", 6, broken={k: v for k, v in BROKEN.items() if k == 3})
    layout = workdir / "mote.json"
    assert main(["merge", str(layout), str(data), "-o", str(workdir / "lokal")]) == 1
    with LocalCluster(host="127.0.0.1", n_workers=1, processes=False, threads_per_worker=1,
                      protocol="tcp://", dashboard_address=None) as cluster:
        code = main(["merge", str(layout), str(data), "-o", str(workdir / "kluster"),
                     "--scheduler", cluster.scheduler_address, "--json", str(workdir / "r.json")])
    assert code == 1
    local = {p.name: p.read_bytes() for p in (workdir / "lokal").glob("*.pdf")}
    remote = {p.name: p.read_bytes() for p in (workdir / "kluster").glob("*.pdf")}
    assert len(remote) == 5 and remote == local
    report = json.loads((workdir / "r.json").read_text(encoding="utf-8"))
    assert [r["row"] for r in report["records"] if r["status"] == "failed"] == [5]


def test_an_unreachable_scheduler_is_one_clear_error(workdir, capsys, monkeypatch):
    import designer.batch.dask_runner as dask_runner

    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", "1s")
    data = write_csv(workdir / "rader.csv", 2, broken={})
    code = main(["merge", str(workdir / "mote.json"), str(data), "-o", str(workdir / "ut"),
                 "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def test_ctrl_c_stops_a_pooled_run_cleanly_and_resume_finishes_it(workdir):
    import signal
    import subprocess
    import sys
    import time

    data = write_csv(workdir / "rader.csv", 60, broken={})
    out = workdir / "ut"
    command = [sys.executable, "-m", "designer", "merge", str(workdir / "mote.json"), str(data), "-o", str(out),
               "--jobs", "2", "--resume"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while len(list(out.glob("*.pdf"))) < 3 and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "designer: interrupted" in err and "Traceback" not in err
    made = len(list(out.glob("*.pdf")))
    assert 3 <= made < 60
    assert not [p for p in out.iterdir() if p.suffix == ".part"]
    report = MergePlan(workdir / "mote.json", data, out).run(resume=True)
    assert (report.count("skipped"), report.count("ok")) == (made, 60 - made)
