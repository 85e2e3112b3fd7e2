"""Hostile data files for merge: a UTF-8 CSV with a few bad bytes, garbage and zip-bomb XLSX.

Before: one invalid byte switched the whole CSV to Windows-1252 (mojibake in every edition, exit 0);
a zip-bomb XLSX ended in an lxml traceback."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from designer.batch.datasource import DataSource, open_rows
from designer.cli import main
from designer.errors import FileFormatError
from designer.io import zipguard
from designer.io.zipguard import check_archive
from tests.conftest import ROOT

EDITIONS = ROOT / "layouts" / "examples" / "editions"
REST = "kandidat;4 maj;18.00;Folkets hus;foton/alven.jpg;info@exempel.se"
ROWS = ["ort;kandidat;roll;datum;tid;plats;foto;kontakt",
        f"Borlänge;Sören Hellberg;{REST}",
        f"Björbo;Karin Örjes;{REST}",
        f"Säter;Oscar Sjökvist;{REST}",
        f"Gagnef;Åsa Ärlig;{REST}"]


def utf8_csv_with_a_bad_byte(path: Path, row_index: int = 3) -> Path:
    lines = [line.encode("utf-8") for line in ROWS]
    lines[row_index] = lines[row_index].replace("ö".encode(), b"\xf6")   # a Latin-1 ö in a UTF-8 file
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return path


def test_one_bad_byte_does_not_turn_a_utf8_file_into_windows_1252(tmp_path):
    source = DataSource(utf8_csv_with_a_bad_byte(tmp_path / "data.csv"))
    assert source.encoding == "utf-8"
    rows = {row.number: row for row in source.rows()}
    assert rows[2].values["ort"] == "Borlänge" and rows[3].values["kandidat"] == "Karin Örjes"
    assert rows[5].values["kandidat"] == "Åsa Ärlig"
    assert [n for n, r in rows.items() if r.problem] == [4]
    assert "column 'kandidat' holds bytes that are not UTF-8 text" in rows[4].problem


def test_a_windows_1252_file_is_still_read_as_windows_1252(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("\r\n".join(ROWS).encode("cp1252"))
    source = DataSource(path)
    assert source.encoding == "cp1252"
    assert [r.values["ort"] for r in source.rows()] == ["Borlänge", "Björbo", "Säter", "Gagnef"]
    assert not any(r.problem for r in source.rows())
    shipped = DataSource(EDITIONS / "moten.csv")
    assert shipped.encoding == "cp1252" and next(shipped.rows()).values["ort"] == "Borlänge"


@pytest.mark.parametrize("column", [b"ort", b"kandidat"])
def test_a_bad_byte_in_the_header_refuses_the_file(tmp_path, column):
    path = tmp_path / "data.csv"
    path.write_bytes("ort;kandidat\r\nBorlänge;Sören\r\nFalun;Åsa\r\n".encode().replace(column, column + b"\xff", 1))
    with pytest.raises(FileFormatError) as caught:
        DataSource(path)
    assert caught.value.located() == ("data.csv: row 1: the column names are not valid UTF-8 text; "
                                      "save the file as UTF-8")


def test_merge_names_the_bad_row_and_makes_the_others_without_mojibake(tmp_path, capsys):
    folder = tmp_path / "utgavor"
    shutil.copytree(EDITIONS, folder)
    data = utf8_csv_with_a_bad_byte(folder / "data.csv")
    code = main(["merge", str(folder / "mote-a5.json"), str(data), "-o", str(folder / "ut"),
                 "--name", "{{ort}}.pdf"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "failed: data.csv row 4: column 'kandidat' holds bytes that are not UTF-8 text" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in (folder / "ut").glob("*.pdf")) == ["Björbo.pdf", "Borlänge.pdf", "Gagnef.pdf"]


def test_a_real_workbook_passes_the_archive_check(tmp_path):
    book = Workbook()
    book.active.append(["ort", "kandidat"])
    book.active.append(["Falun", "Åsa"])
    book.save(tmp_path / "data.xlsx")
    assert {m.filename for m in check_archive(tmp_path / "data.xlsx", "Excel")} >= {"xl/workbook.xml"}
    assert [r.values for r in open_rows(tmp_path / "data.xlsx").rows()] == [{"ort": "Falun", "kandidat": "Åsa"}]


def zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def lying_zip(path: Path) -> Path:
    """A member that declares 1 000 bytes unpacked but holds 50 MB (central and local headers)."""
    zip_with(path, {"xl/worksheets/sheet1.xml": b"<x>" + b" " * (50 * 2**20) + b"</x>"})
    data = bytearray(path.read_bytes())
    real = (50 * 2**20 + 7).to_bytes(4, "little")
    fake = (1000).to_bytes(4, "little")
    assert data.count(real) == 2
    path.write_bytes(bytes(data).replace(real, fake))
    return path


@pytest.mark.parametrize("make, message", [
    (lambda p: written(p, b"PK\x03\x04" + b"x" * 1000), "not a readable Excel file"),
    (lambda p: written(p, b""), "not a readable Excel file"),
    (lambda p: zip_with(p, {"[Content_Types].xml": b"<a>" + b" " * (300 * 2**20) + b"</a>"}), "zip bomb"),
    (lambda p: zip_with(p, {f"f{i}.xml": b"" for i in range(zipguard.MAX_MEMBERS + 1)}), "zip bomb"),
    (lying_zip, "Excel file"),
    (lambda p: zip_with(p, {"hello.txt": b"not a workbook"}), "not a readable Excel file"),
])
def test_garbage_and_bomb_workbooks_give_one_line(tmp_path, capsys, make, message):
    data = make(tmp_path / "data.xlsx")
    code = main(["merge", str(EDITIONS / "mote-a5.json"), str(data), "-o", str(tmp_path / "ut")])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("designer: error: data.xlsx: "), err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "ut").exists()


def test_a_lying_member_is_caught_while_unpacking(tmp_path, monkeypatch):
    """With the ratio check out of the way, the actual unpacked size still stops the read."""
    monkeypatch.setattr(zipguard, "MAX_RATIO", 10**9)
    with pytest.raises(FileFormatError):
        check_archive(lying_zip(tmp_path / "data.xlsx"), "Excel")
