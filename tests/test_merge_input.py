"""Data files as volunteers have them (Excel CSV, XLSX) and bad ones: clear messages, no crash,
nothing read outside the allowed folders, and safe output names."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from designer.batch.datasource import MAX_DATA_BYTES, open_rows
from designer.batch.naming import NameAllocator, safe_name
from designer.batch.placeholders import MergeRules, RowError, fill_url, safe_image_path
from designer.cli import main

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "layouts" / "examples" / "editions"
HEADER = "ort;kandidat;roll;datum;tid;plats;foto;kontakt"


@pytest.fixture
def folder(tmp_path) -> Path:
    """A copy of the shipped editions example (template, layout, photos, CSV)."""
    target = tmp_path / "utgavor"
    shutil.copytree(EDITIONS, target)
    return target


def row(ort="Falun", plats="Folkets hus", foto="foton/alven.jpg") -> str:
    return f"{ort};Karin Örjes;kandidat;4 maj;18.00;{plats};{foto};info@exempel.se"


def merge(folder: Path, data: Path, *extra: str) -> int:
    return main(["merge", str(folder / "mote-a5.json"), str(data), "-o", str(folder / "ut"), *extra])


def test_the_shipped_example_is_a_swedish_excel_csv_and_merges_completely(folder):
    raw = (folder / "moten.csv").read_bytes()
    assert b"\r\n" in raw and raw.split(b"\r\n")[0].count(b";") == 7
    raw.decode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    source = open_rows(folder / "moten.csv")
    assert source.separator == ";" and source.count() >= 20
    assert next(source.rows()).values["ort"] == "Borlänge"
    assert merge(folder, folder / "moten.csv", "--name", "{{ort}}.pdf") == 0
    assert (folder / "ut" / "Älvdalen.pdf").is_file()


@pytest.mark.parametrize("encoding, separator, newline", [
    ("utf-8-sig", ",", "\r\n"), ("utf-8", "\t", "\n"), ("cp1252", ";", "\r\n"), ("utf-8", ";", "\n")])
def test_csv_encodings_and_separators_are_detected(tmp_path, encoding, separator, newline):
    text = newline.join([separator.join(["ort", "kandidat", "plats"]),
                         separator.join(["Rättvik", "Åsa Öberg", '"Kyrkan; vid sjön, Rättvik"'])]) + newline
    path = tmp_path / "data.csv"
    path.write_bytes(text.encode(encoding))
    rows = list(open_rows(path).rows())
    assert rows[0].values == {"ort": "Rättvik", "kandidat": "Åsa Öberg", "plats": "Kyrkan; vid sjön, Rättvik"}
    assert rows[0].number == 2


def test_xlsx_rows_read_as_the_volunteer_sees_them(tmp_path):
    import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ort", "nummer", "datum", None])
    sheet.append(["Säter", 12.0, datetime.datetime(2026, 5, 4), None])
    sheet.append([None, None, None, None])
    sheet.append(["Mora", 3, None, None])
    book.save(tmp_path / "data.xlsx")
    rows = list(open_rows(tmp_path / "data.xlsx").rows())
    assert [r.values for r in rows] == [{"ort": "Säter", "nummer": "12", "datum": "2026-05-04"},
                                        {"ort": "Mora", "nummer": "3", "datum": ""}]
    assert [r.number for r in rows] == [2, 4]


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"\xef\xbb\xbf\r\n\r\n", "the file is empty"),
    (HEADER.encode() + b"\r\n", "no data rows"),
    (HEADER.encode() + b"\r\n;;;;;;;\r\n", "no data rows"),
    (b"ort;kandidat;Ort\r\nA;B;C\r\n", "column name 'Ort' appears twice (columns 1 and 3)"),
    (b";;\r\nA;B;C\r\n", "must hold column names"),
])
def test_bad_data_files_stop_with_one_clear_line(folder, capsys, content, message):
    data = folder / "data.csv"
    data.write_bytes(content)
    assert merge(folder, data) == 2
    err = capsys.readouterr().err
    assert err.startswith("designer: error: data.csv") and message in err
    assert "Traceback" not in err and not (folder / "ut").exists()


def test_a_csv_above_the_limit_is_refused_before_reading(folder, capsys):
    data = folder / "stor.csv"
    with open(data, "wb") as handle:
        handle.write((HEADER + "\r\n").encode())
        handle.truncate(100 * 1024 * 1024)          # sparse: 100 MB without writing 100 MB
    assert data.stat().st_size > MAX_DATA_BYTES
    assert merge(folder, data) == 2
    assert "the limit is 50 MB" in capsys.readouterr().err


def test_a_cell_with_a_megabyte_of_text_is_an_overflow_row_not_a_crash(folder):
    data = folder / "data.csv"
    data.write_text("\r\n".join([HEADER, row(), row(ort="Mora", plats="ord " * 262_144), row(ort="Orsa")]),
                    encoding="utf-8")
    assert merge(folder, data, "--json", str(folder / "r.json")) == 1
    records = json.loads((folder / "r.json").read_text(encoding="utf-8"))["records"]
    assert [r["status"] for r in records] == ["ok", "failed", "ok"]
    assert records[1]["row"] == 3 and "body: text does not fit" in records[1]["reason"]


def test_a_cell_above_the_cell_limit_names_its_row(folder, capsys):
    data = folder / "data.csv"
    data.write_text("\r\n".join([HEADER, row(), row(plats="x" * (3 * 1024 * 1024))]), encoding="utf-8")
    assert merge(folder, data) == 2
    assert "row 3: a cell holds more than 2 MB of text" in capsys.readouterr().err


def test_image_paths_may_not_leave_the_allowed_folders(folder, tmp_path):
    secret = tmp_path / "hemligt"
    secret.mkdir()
    shutil.copy(folder / "foton" / "alven.jpg", secret / "bild.jpg")
    data = folder / "data.csv"
    data.write_text("\r\n".join([HEADER, row(foto="../../etc/passwd"), row(foto=str(secret / "bild.jpg")),
                                 row(foto="foton/../../hemligt/bild.jpg"), row()]), encoding="utf-8")
    assert merge(folder, data, "--json", str(folder / "r.json")) == 1
    records = json.loads((folder / "r.json").read_text(encoding="utf-8"))["records"]
    assert [r["status"] for r in records] == ["failed", "failed", "failed", "ok"]
    assert all("outside the allowed folders" in r["reason"] for r in records[:3])
    assert merge(folder, data, "--allow-dir", str(secret), "--json", str(folder / "r.json")) == 1
    records = json.loads((folder / "r.json").read_text(encoding="utf-8"))["records"]
    assert [r["status"] for r in records] == ["failed", "ok", "ok", "ok"]


def test_a_layout_field_missing_from_the_data_stops_before_any_row(folder, capsys):
    data = folder / "data.csv"
    data.write_text("ort;kandidat\r\nFalun;Karin\r\n", encoding="utf-8")
    assert merge(folder, data) == 2
    err = capsys.readouterr().err
    assert ("layout uses {{foto}}, {{datum}}, {{tid}}, {{plats}}, {{roll}}, {{kontakt}}, "
            "but the data has no such column") in err
    assert "(columns: ort, kandidat)" in err


def test_a_name_pattern_with_an_unknown_column_stops_before_any_row(folder, capsys):
    assert merge(folder, folder / "moten.csv", "--name", "{{stad}}.pdf") == 2
    assert "--name uses {{stad}}" in capsys.readouterr().err


def test_links_are_percent_encoded_inside_an_address_and_checked():
    assert fill_url("https://exempel.se/anmal?ort={{ort}}", {"ort": "Borlänge & Säter"}, "qr") == \
        "https://exempel.se/anmal?ort=Borl%C3%A4nge%20%26%20S%C3%A4ter"
    assert fill_url("{{lank}}", {"lank": " https://exempel.se/a?b=c "}, "qr") == "https://exempel.se/a?b=c"
    for bad in ("javascript:alert(1)", "exempel.se", "https://", "https://exempel.se/a b"):
        with pytest.raises(RowError):
            fill_url("{{lank}}", {"lank": bad}, "qr")


def test_image_path_guard_resolves_links_and_dots(tmp_path):
    inside = tmp_path / "data"
    inside.mkdir()
    (inside / "ut").symlink_to("/etc")
    rules = MergeRules(inside, (inside,))
    assert safe_image_path("foto.jpg", rules, "photo") == (inside / "foto.jpg").resolve()
    for bad in ("ut/passwd", "../x.jpg", "/etc/passwd", "", "a\x00b"):
        with pytest.raises(RowError):
            safe_image_path(bad, rules, "photo")


@pytest.mark.parametrize("text, name", [
    ("Borlänge-Åsa Öberg", "Borlänge-Åsa Öberg.pdf"),
    ("../../etc/passwd", "etc_passwd.pdf"),
    ("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j.pdf"),
    ("CON", "_CON.pdf"), ("nul.txt", "_nul.txt.pdf"), ("com1", "_com1.pdf"),
    ("rad\x00ett\x1f\ttvå\n", "rad_ett_två.pdf"), ("en  två", "en två.pdf"),
    ("  . ", "utgava.pdf"), ("Namn.pdf", "Namn.pdf"), ("A\u030agren", "Ågren.pdf"),
])
def test_safe_names(text, name):
    assert safe_name(text) == name


def test_long_names_are_cut_on_a_character_boundary_and_names_are_unique():
    long = safe_name("ö" * 300)
    assert len(long.encode("utf-8")) <= 184 and long.endswith("ö.pdf")
    names = NameAllocator()
    assert [names.take(n) for n in ("a.pdf", "A.pdf", "a.pdf", "a-2.pdf")] == \
        ["a.pdf", "A-2.pdf", "a-3.pdf", "a-2-2.pdf"]


def test_a_folder_or_missing_file_as_data(folder, capsys):
    assert merge(folder, folder / "foton") == 2
    assert merge(folder, folder / "saknas.csv") == 2
    assert merge(folder, folder / "mote-a5.json") == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "file not found" in err and "expected a .csv or .xlsx" in err
    assert not os.path.exists(folder / "ut")
