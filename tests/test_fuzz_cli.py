"""Fuzzing the command line in subprocesses with an address-space limit: for random, mutated and
damaged layouts and data files, `designer export|convert|merge` ends with exit code 0, 1 or 2,
never a traceback, leaves no file at the output path when it fails, and stays below 500 MB of
resident memory (read from the child's rusage; the timeout only guards against a hang)."""
from __future__ import annotations

import json
import resource
import shutil
import subprocess
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.fuzz_inputs import dump, fuzz_settings, mutated, mutated_bytes, plausible_layouts, workbook
from tests.peak_memory import run_measured

ADDRESS_SPACE = 3 * 2**30
PEAK_RSS = 500 * 2**20
TIMEOUT = 120
PHOTO = ROOT / "assets" / "images" / "dalalven-morgon.jpg"
EDITIONS = ROOT / "layouts" / "examples" / "editions"
LAYOUT = json.loads((ROOT / "layouts" / "examples" / "skola-a5.json").read_text(encoding="utf-8"))
LAYOUT["slots"]["photo"]["image"] = "photo.jpg"


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_designer(*args: str, cwd: Path) -> tuple[int, str, int]:
    """(exit code, stderr, peak resident bytes) of `designer ARGS` run in `cwd` under the limits."""
    try:
        run = run_measured(list(args), cwd, TIMEOUT, preexec_fn=_limits)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"designer {' '.join(args)[:200]} ran longer than {TIMEOUT} s") from None
    return run.code, run.stderr, run.peak_bytes


def assert_well_behaved(code: int, stderr: str, peak: int, output: Path) -> None:
    assert code in (0, 1, 2), f"exit code {code}: {stderr[-1500:]}"
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr[-3000:]
    assert all(len(line) <= 600 for line in stderr.splitlines()), max(stderr.splitlines(), key=len)[:700]
    assert peak < PEAK_RSS, f"peak memory {peak / 2**20:.0f} MB"
    leftovers = [p.name for p in output.parent.glob(f".{output.name}*")]
    assert not leftovers, leftovers
    if code == 2:
        assert not output.exists(), "a failed run left its output file"
    elif output.suffix == ".pdf":
        assert output.read_bytes().startswith(b"%PDF-")


def fresh_folder(factory) -> Path:
    return fresh_folder_at(factory.mktemp("cli"))


def fresh_folder_at(folder: Path) -> Path:
    shutil.copy(PHOTO, folder / "photo.jpg")
    return folder


layout_texts = st.one_of(plausible_layouts(LAYOUT).map(dump), mutated(LAYOUT).map(dump),
                         mutated_bytes(dump(LAYOUT).encode("utf-8"), max_changes=4).map(lambda b: b.decode("latin-1")))


@fuzz_settings(12)
@given(text=layout_texts)
def test_export_of_hostile_layouts(tmp_path_factory, text):
    folder = fresh_folder(tmp_path_factory)
    (folder / "flyer.json").write_bytes(text.encode("utf-8", "surrogatepass"))
    output = folder / "ut" / "flyer.pdf"
    code, stderr, peak = run_designer("export", "flyer.json", "-o", str(output), cwd=folder)
    assert_well_behaved(code, stderr, peak, output)


@fuzz_settings(5)
@given(text=layout_texts, target=st.sampled_from(["poster-a3", "a4-folded-a5", "social-square"]))
def test_convert_of_hostile_layouts(tmp_path_factory, text, target):
    folder = fresh_folder(tmp_path_factory)
    (folder / "flyer.json").write_bytes(text.encode("utf-8", "surrogatepass"))
    output = folder / "converted.json"
    code, stderr, peak = run_designer("convert", "flyer.json", "--to", target, "-o", str(output), cwd=folder)
    assert_well_behaved(code, stderr, peak, output)


CSV = (EDITIONS / "moten.csv").read_bytes()


@fuzz_settings(6)
@given(data=st.one_of(mutated_bytes(CSV, max_changes=4),
                      mutated_bytes(CSV.decode("cp1252").encode("utf-8"), max_changes=4)))
def test_merge_of_damaged_data(tmp_path_factory, data):
    merge_damaged(tmp_path_factory, "data.csv", data)


def merge_damaged(factory, name: str, data: bytes) -> None:
    """`designer merge --single-file` of the editions example with `data` as its data file `name`."""
    folder = factory.mktemp("merge")
    shutil.copytree(EDITIONS, folder, dirs_exist_ok=True)
    (folder / name).write_bytes(data)
    output = folder / "ut" / "alla.pdf"
    code, stderr, peak = run_designer("merge", "mote-a5.json", name, "-o", str(output.parent),
                                      "--single-file", "--name", "alla.pdf", cwd=folder)
    assert_well_behaved(code, stderr, peak, output)


def test_a_50_mb_layout_exports_below_500_mb(tmp_path):
    """The largest layout file the loader accepts (a long string in meta) stays below 500 MB."""
    folder = fresh_folder_at(tmp_path)
    data = json.loads(json.dumps(LAYOUT))
    data["meta"] = {"note": "y" * (49 * 2**20)}
    (folder / "big.json").write_text(json.dumps(data), encoding="utf-8")
    assert (folder / "big.json").stat().st_size < 50 * 2**20
    output = folder / "big.pdf"
    code, stderr, peak = run_designer("export", "big.json", "-o", str(output), cwd=folder)
    assert code in (0, 1), stderr
    assert_well_behaved(code, stderr, peak, output)
    assert peak > 50 * 2**20              # the measurement is real: the text alone is 49 MB


@fuzz_settings(5)
@given(data=mutated_bytes(PHOTO.read_bytes()[:60_000] + PHOTO.read_bytes()[-2:], max_changes=3))
def test_export_with_a_damaged_photo(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("photo")
    (folder / "photo.jpg").write_bytes(data)
    (folder / "flyer.json").write_text(dump(LAYOUT), encoding="utf-8")
    output = folder / "flyer.pdf"
    code, stderr, peak = run_designer("export", "flyer.json", "-o", str(output), cwd=folder)
    assert_well_behaved(code, stderr, peak, output)


WORKBOOK_ROWS = [line.split(";") for line in CSV.decode("cp1252").splitlines() if line.strip()][:4]


@fuzz_settings(4)
@given(data=mutated_bytes(workbook(WORKBOOK_ROWS), max_changes=3))
def test_merge_of_damaged_workbooks(tmp_path_factory, data):
    merge_damaged(tmp_path_factory, "data.xlsx", data)
