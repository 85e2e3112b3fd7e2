"""QA sweep of outputs (items 4, 6, 8, 15): an output path never replaces the command's own input,
preflight of a hostile PDF stays bounded, export --dpi is a sane number, and the print-shop
package names its entries safely. Refusals are one line naming the file and the field, exit 2,
inputs unchanged byte for byte and no output written. Runs that could take gigabytes before the
fix are subprocesses with an address-space limit and a timeout."""
from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest

from designer.cli import main
from tests.conftest import ROOT
from tests.editions_rows import EDITIONS

SAMPLE = ROOT / "layouts" / "examples" / "skola-a5.json"
POSTER_A1 = ROOT / "layouts" / "examples" / "skola-valaffisch-a1.json"
PHOTO = ROOT / "assets" / "images" / "dalalven-morgon.jpg"
TIMEOUT = 300
ADDRESS_SPACE = 3 * 2**30


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    """`python -m designer ARGS` in `cwd`, bounded in memory (and, for a hang, in time)."""
    return subprocess.run([sys.executable, "-m", "designer", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=TIMEOUT, preexec_fn=_limits)


def flyer(folder: Path, photo: str = "photo.jpg", name: str = "flyer.json", **changes) -> Path:
    """The school flyer in `folder` with its photo copied next to it as `photo`."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    shutil.copy(PHOTO, folder / photo)
    data["slots"]["photo"]["image"] = photo
    data.update(changes)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(result, folder: Path, before: dict[str, bytes], line: str) -> None:
    """Exit 2, exactly `designer: error: LINE`, every file in `folder` as it was, none added."""
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [f"designer: error: {line}"], result.stderr
    assert snapshot(folder) == before


# --- 4. outputs never replace inputs ---------------------------------------------------------

@pytest.mark.parametrize(("command", "output", "line"), [
    (["package", "flyer.json"], "flyer.json", "flyer.json: --output: expected a file ending in .zip"),
    (["convert", "flyer.json", "--to", "poster-a3"], "photo.jpg",
     "photo.jpg: --output: expected a file ending in .json"),
    (["convert", "flyer.json", "--to", "poster-a3"], "flyer.json", "flyer.json: --output: is the input layout"),
    (["translations", "export", "flyer.json", "--lang", "en"], "photo.jpg",
     "photo.jpg: --output: expected a file ending in .xlf or .xliff"),
    (["export", "flyer.json"], "photo.png", "photo.png: --output: is an image the layout uses"),
    (["export", "flyer.json", "--lang", "all"], "photo.png", "photo-sv.png: --output: is an image the layout uses"),
])
def test_an_output_that_is_an_input_is_refused(tmp_path, command, output, line):
    photo = {"photo.png": "photo-sv.png" if "all" in command else "photo.png"}.get(output, "photo.jpg")
    flyer(tmp_path, photo=photo)
    shutil.copy(PHOTO, tmp_path / "photo.jpg")
    before = snapshot(tmp_path)
    assert_refused(run(*command, "-o", output, cwd=tmp_path), tmp_path, before, line)


def test_an_output_linked_to_the_layout_is_refused(tmp_path):
    flyer(tmp_path)
    (tmp_path / "link.json").symlink_to(tmp_path / "flyer.json")
    before = snapshot(tmp_path)
    result = run("convert", "flyer.json", "--to", "poster-a3", "-o", "link.json", cwd=tmp_path)
    assert_refused(result, tmp_path, before, "link.json: --output: is the input layout")


def test_convert_never_replaces_the_template_next_to_the_layout(workdir):
    before = snapshot(workdir)
    result = run("convert", "mote.json", "--to", "poster-a3", "-o", "a5-event-flyer.json", cwd=workdir)
    assert_refused(result, workdir, before, "a5-event-flyer.json: --output: is the layout's template")


@pytest.mark.parametrize(("report", "line"), [
    ("moten.csv", "moten.csv: --json: expected a file ending in .json"),
    ("mote-a5.json", "mote-a5.json: --json: is the input layout"),
])
def test_merge_json_report_never_replaces_its_inputs(tmp_path, report, line):
    shutil.copytree(EDITIONS, tmp_path / "ed")
    folder = tmp_path / "ed"
    before = snapshot(folder)
    result = run("merge", "mote-a5.json", "moten.csv", "-o", tmp_path / "out", "--json", report, cwd=folder)
    assert_refused(result, folder, before, line)
    assert not (tmp_path / "out").exists()


def test_batch_json_report_never_replaces_a_layout(tmp_path):
    flyer(tmp_path)
    before = snapshot(tmp_path)
    result = run("batch", "flyer.json", "-o", "out", "--json", "flyer.json", cwd=tmp_path)
    assert_refused(result, tmp_path, before, "flyer.json: --json: is an input layout")


# --- 8. export --dpi ---------------------------------------------------------------------------

@pytest.mark.parametrize("dpi", ["0", "-5", "nan", "inf", "1e-9", "5000", "1200"])
def test_export_dpi_outside_the_range_is_one_line(tmp_path, dpi):
    flyer(tmp_path)
    before = snapshot(tmp_path)
    result = run("export", "flyer.json", "-o", "out.png", f"--dpi={dpi}", cwd=tmp_path)
    assert_refused(result, tmp_path, before, "--dpi: expected a number from 10 to 600")


def test_export_dpi_too_fine_for_a_large_page_names_the_largest(tmp_path, capsys):
    out = tmp_path / "poster.png"
    assert main(["export", str(POSTER_A1), "-o", str(out), "--dpi", "300"]) == 2
    err = capsys.readouterr().err
    assert err == ("designer: error: poster.png: dpi: 300 dpi gives more than 40 million pixels a page; "
                   "at most 227 dpi for this page size\n")
    assert list(tmp_path.iterdir()) == []


# --- 6. preflight of hostile PDFs --------------------------------------------------------------

def blank_pdf(path: Path, pages: int, size: tuple[float, float] = (595, 842)) -> Path:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=size)
    pdf.save(path)
    return path


@pytest.mark.parametrize("side", [13_000, 14_400])
def test_preflight_of_a_huge_page_is_one_located_line(tmp_path, side):
    blank_pdf(tmp_path / "huge.pdf", 1, (side, side))
    before = snapshot(tmp_path)
    result = run("preflight", "huge.pdf", cwd=tmp_path)
    assert_refused(result, tmp_path, before, "huge.pdf: page 1: too large to check for ink")


@pytest.mark.parametrize("damage, line", [
    ("UserUnit", "odd.pdf: page 1: its page size cannot be read"),
    ("MediaBox", "odd.pdf: page 1: Ghostscript cannot render the file: no page came out"),
])
def test_preflight_of_a_page_with_a_damaged_size_is_one_located_line(tmp_path, damage, line):
    """A UserUnit or a MediaBox entry that is a name, not a number: no internal error."""
    pdf = pikepdf.Pdf.open(blank_pdf(tmp_path / "blank.pdf", 1))
    if damage == "UserUnit":
        pdf.pages[0].obj.UserUnit = pikepdf.Name("/X")
    else:
        pdf.pages[0].obj.MediaBox = pikepdf.Array([0, 0, pikepdf.Name("/A"), 842])
    pdf.save(tmp_path / "odd.pdf")
    (tmp_path / "blank.pdf").unlink()
    before = snapshot(tmp_path)
    result = run("preflight", "odd.pdf", cwd=tmp_path)
    assert_refused(result, tmp_path, before, line)


def test_preflight_of_too_many_pages_is_one_line(tmp_path):
    from designer.preflight.ink import MAX_PAGES

    blank_pdf(tmp_path / "many.pdf", MAX_PAGES + 1)
    before = snapshot(tmp_path)
    result = run("preflight", "many.pdf", cwd=tmp_path)
    line = f"many.pdf: pages: {MAX_PAGES + 1} pages, more than the {MAX_PAGES} the ink check renders"
    assert_refused(result, tmp_path, before, line)


def test_ghostscript_timeout_is_one_located_line(tmp_path, monkeypatch, capsys):
    import designer.preflight.ink as ink

    def too_slow(command, **kwargs):
        raise subprocess.TimeoutExpired(command, kwargs["timeout"])

    monkeypatch.setattr(ink.subprocess, "run", too_slow)
    blank_pdf(tmp_path / "slow.pdf", 2)
    assert main(["preflight", str(tmp_path / "slow.pdf")]) == 2
    assert capsys.readouterr().err == "designer: error: slow.pdf: page 1: too large to check for ink\n"


def test_a_decompression_bomb_page_is_one_located_line(tmp_path, monkeypatch, capsys):
    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    blank_pdf(tmp_path / "bomb.pdf", 1)
    assert main(["preflight", str(tmp_path / "bomb.pdf")]) == 2
    assert capsys.readouterr().err == "designer: error: bomb.pdf: page 1: too large to check for ink\n"


def test_a_normal_flyer_still_gets_its_ink_finding_page_by_page(tmp_path):
    from designer.export import export_layout
    from designer.preflight import check_pdf
    from designer.presets import get_preset
    from tests.print_layouts import layout_with

    brand = json.loads((ROOT / "assets/brand/default.json").read_text(encoding="utf-8"))
    brand["palette"]["mint"]["cmyk"] = [100, 90, 90, 100]          # the "Vi vill" band: 380 %
    (tmp_path / "brand.json").write_text(json.dumps(brand), encoding="utf-8")
    layout, _ = layout_with(tmp_path)
    out = tmp_path / "ink.pdf"
    export_layout(replace(layout, brand="brand.json"), out, get_preset(), force=True)
    with pikepdf.open(out) as pdf, pikepdf.open(blank_pdf(tmp_path / "blank.pdf", 1)) as blank:
        pdf.pages.extend(blank.pages)                           # page 2: nothing above the limit
        pdf.save(tmp_path / "two.pdf")
    found = [f for f in check_pdf(tmp_path / "two.pdf", get_preset()) if f.code == "ink_limit"]
    assert [f.page for f in found] == [0] and found[0].data["max_ink"] >= 370


# --- 15. package entry names -------------------------------------------------------------------

def test_package_entry_names_and_ticket_are_safe(tmp_path):
    layout = flyer(tmp_path, photo="..\\..\\..\\evil.jpg", name="job\nfil.json", title="Titel\nFil: falsk.pdf")
    result = run("package", layout.name, "-o", "job.zip", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "job.zip") as archive:
        names = archive.namelist()
        ticket = archive.read("job-ticket.txt").decode()
        packed = json.loads(archive.read("layout/job_fil.json"))
    assert {"layout/images/01-evil.jpg", "layout/job_fil.json"} <= set(names)
    assert not [n for n in names if "\\" in n or ".." in n or not n.isprintable()]
    assert packed["slots"]["photo"]["image"] == "images/01-evil.jpg"
    assert ticket.splitlines()[0] == "Arbetsorder: Titel Fil: falsk.pdf"
    assert all(line.isprintable() for line in ticket.splitlines())
