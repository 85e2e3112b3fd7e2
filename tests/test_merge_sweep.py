"""Merge input from the QA sweep (/tmp/sweep/cli/REPORT.md items 2, 7, 10, 11, 12 and the minor
list): a sparse XLSX declaring 16 384 columns, a resume manifest cut inside a character, UTF-16/32
CSV with a BOM, a stray quote, huge row messages, --jobs without limit and a FIFO as data.
Each bad input gives one line naming the file and row, exit code 2 and no output folder."""
from __future__ import annotations

import codecs
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from designer.batch import datasource
from designer.batch.datasource import open_rows
from designer.batch.manifest import MANIFEST_NAME, Manifest
from designer.cli import main
from designer.errors import MAX_LINE_CHARS

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "layouts" / "examples" / "editions"
COLUMNS = ["ort", "kandidat", "roll", "datum", "tid", "plats", "foto", "kontakt"]
FALUN = ["Falun", "Karin Örjes", "kandidat", "4 maj", "18.00", "Folkets hus", "foton/alven.jpg", "info@exempel.se"]


@pytest.fixture
def folder(tmp_path) -> Path:
    """A copy of the shipped editions example (template, layout, photos, CSV)."""
    target = tmp_path / "utgavor"
    shutil.copytree(EDITIONS, target)
    return target


def merge(folder: Path, data: Path, capsys, *extra: str) -> tuple[int, list[str]]:
    """(exit code, stderr lines) of `designer merge mote-a5.json DATA -o folder/ut`."""
    code = main(["merge", str(folder / "mote-a5.json"), str(data), "-o", str(folder / "ut"), *extra])
    lines = capsys.readouterr().err.splitlines()
    assert all(len(line) <= MAX_LINE_CHARS for line in lines), max(map(len, lines))
    assert not any("Traceback" in line or "internal error" in line for line in lines)
    return code, lines


def csv_text(*rows: list[str]) -> str:
    return "".join(";".join(row) + "\r\n" for row in (COLUMNS, *rows))


def sparse_xlsx(path: Path, rows: dict[int, list[str]], dimension: str = "A1:XFD1048576") -> Path:
    """A workbook written part by part (as Excel-like tools do) whose sheet declares `dimension`
    and holds only `rows` (row number -> cell texts from column A)."""
    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    sheet_rows = "".join(f'<row r="{n}">' + "".join(cell(f"{chr(65 + i)}{n}", t) for i, t in enumerate(cells))
                         + "</row>" for n, cells in sorted(rows.items()))
    main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_ns}/%s" Target="%s"/></Relationships>')
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/></Types>',
        "_rels/.rels": rels % ("officeDocument", "xl/workbook.xml"),
        "xl/workbook.xml": f'<workbook xmlns="{main_ns}" xmlns:r="{rel_ns}"><sheets>'
                           '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": rels % ("worksheet", "worksheets/sheet1.xml"),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main_ns}"><dimension ref="{dimension}"/>'
                                    f"<sheetData>{sheet_rows}</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
    return path


# Item 2: a sheet declaring A1:XFD1048576


def test_a_sheet_declaring_16384_columns_is_read_only_as_wide_as_its_header(tmp_path):
    path = sparse_xlsx(tmp_path / "gap.xlsx", {1: COLUMNS, 2: FALUN, 40: ["Mora"]})
    source = open_rows(path)
    records = list(source._records())
    assert [number for number, _ in records] == list(range(1, 41))
    assert max(len(cells) for _, cells in records) == len(COLUMNS)      # was 16 384 cells a row
    assert sum(1 for _, cells in records if cells) == 3                 # the empty rows are not built
    rows = list(source.rows())
    assert [(r.number, r.values) for r in rows] == [(2, dict(zip(COLUMNS, FALUN))), (40, {**dict.fromkeys(COLUMNS, ""),
                                                                                            "ort": "Mora"})]


def test_rows_beyond_the_row_limit_stop_the_file_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(datasource, "MAX_ROWS", 50)
    path = sparse_xlsx(tmp_path / "gap.xlsx", {1: COLUMNS, 2: FALUN, 1048576: ["Mora"]})
    read = []
    with pytest.raises(datasource.FileFormatError) as caught:
        read.extend(open_rows(path)._records())
    assert len(read) == 51                                               # header and 50 rows, no more
    assert caught.value.located() == ("gap.xlsx: row 52: more than 50 rows (empty rows count too); "
                                      "split the file, or delete the empty rows below the data")


def test_merge_of_the_gap_sheet_is_refused_with_one_line_and_no_output(folder, capsys):
    data = sparse_xlsx(folder / "gap.xlsx", {1: COLUMNS, 2: FALUN, 1048576: ["Mora"]})
    code, lines = merge(folder, data, capsys)
    assert code == 2
    assert lines == ["designer: error: gap.xlsx: row 100002: more than 100000 rows (empty rows count too); "
                     "split the file, or delete the empty rows below the data"]
    assert not (folder / "ut").exists()


def test_a_csv_with_more_rows_than_the_limit_is_refused(folder, capsys, monkeypatch):
    monkeypatch.setattr(datasource, "MAX_ROWS", 3)
    data = folder / "data.csv"
    data.write_text(csv_text(FALUN, [], [], ["Mora", *FALUN[1:]]), encoding="utf-8")
    code, lines = merge(folder, data, capsys)
    assert (code, lines[-1]) == (2, "designer: error: data.csv: row 5: more than 3 rows (empty rows count too); "
                                    "split the file, or delete the empty rows below the data")
    assert not (folder / "ut").exists()


# Item 7: a manifest line cut inside a UTF-8 character


def test_a_manifest_line_cut_inside_a_character_is_skipped(tmp_path):
    line = json.dumps({"output": "Älvdalen.pdf", "key": "abc"}, ensure_ascii=False) + "\n"
    (tmp_path / MANIFEST_NAME).write_bytes(line.encode("utf-8") + b'{"output": "Insj\xc3')
    assert Manifest(tmp_path).entries == {"Älvdalen.pdf": "abc"}


def test_resume_after_an_append_cut_inside_a_character(folder, capsys):
    data = folder / "data.csv"
    data.write_text(csv_text(FALUN, ["Insjön", *FALUN[1:]]), encoding="utf-8")
    assert merge(folder, data, capsys, "--name", "{{ort}}.pdf", "--resume")[0] == 0
    with open(folder / "ut" / MANIFEST_NAME, "ab") as handle:
        handle.write(b'{"output": "Insj\xc3')
    code, lines = merge(folder, data, capsys, "--name", "{{ort}}.pdf", "--resume")
    assert (code, lines[-1]) == (0, "0 made, 2 up to date, 0 failed")
    lines = (folder / "ut" / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()     # rewritten whole
    assert sorted(json.loads(line)["output"] for line in lines) == ["Falun.pdf", "Insjön.pdf"]


# Item 10: UTF-16 and UTF-32 with a BOM (Excel "Unicode text")


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_unicode_csv_with_a_bom_keeps_its_first_column_name(tmp_path, codec, bom):
    path = tmp_path / "u.csv"
    path.write_bytes(bom + csv_text(FALUN).replace(";", "\t").encode(codec))
    source = open_rows(path)
    assert source.columns == COLUMNS and source.separator == "\t"
    assert [r.values for r in source.rows()] == [dict(zip(COLUMNS, FALUN))]


def test_merge_of_a_utf16_csv_with_a_bom(folder, capsys):
    data = folder / "u16.csv"
    data.write_bytes(csv_text(FALUN).encode("utf-16"))          # Python writes the BOM
    code, lines = merge(folder, data, capsys, "--name", "{{ort}}.pdf")
    assert (code, lines[-1]) == (0, "1 made, 0 up to date, 0 failed")
    assert (folder / "ut" / "Falun.pdf").is_file()


# Item 11: a stray quote


def test_a_quote_that_is_never_closed_refuses_the_file_naming_its_row(folder, capsys):
    data = folder / "stray.csv"
    data.write_text(csv_text(FALUN, ['"Mora', *FALUN[1:]], *([f"Ort {i}", *FALUN[1:]] for i in range(20))),
                    encoding="cp1252")
    code, lines = merge(folder, data, capsys)
    assert code == 2
    assert lines == ['designer: error: stray.csv: row 3: a quote is never closed, so every later row would be '
                     'read into one cell; remove the stray " or close it']
    assert not (folder / "ut").exists()


def test_a_quote_that_closes_inside_a_cell_refuses_the_file_naming_its_row(folder, capsys):
    data = folder / "stray.csv"
    data.write_text(csv_text(FALUN, FALUN, ['"Mora', *FALUN[1:]], FALUN, ['Orsa"s', *FALUN[1:]]), encoding="utf-8")
    code, lines = merge(folder, data, capsys)
    assert code == 2
    assert lines == ['designer: error: stray.csv: row 4: a quote opened in this row closes in the middle of a '
                     'cell; remove the stray ", or put the whole cell in quotes and write "" for each quote inside it']
    assert not (folder / "ut").exists()


def test_quoted_cells_with_separators_quotes_and_line_breaks_still_read(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text('ort;plats\r\n"Rättvik";"Kyrkan; ""vid"" sjön\r\nRättvik"\r\nMora;Hus "Lilla"\r\n',
                    encoding="utf-8")
    assert [r.values for r in open_rows(path).rows()] == [
        {"ort": "Rättvik", "plats": 'Kyrkan; "vid" sjön\r\nRättvik'}, {"ort": "Mora", "plats": 'Hus "Lilla"'}]


# Item 12: row messages and error lines stay within 400 characters


def test_row_failures_quote_a_long_image_path_and_list_few_columns(folder, capsys):
    extra = [f"k{i:05d}" for i in range(3000)]
    layout = json.loads((folder / "mote-a5.json").read_text(encoding="utf-8"))
    layout["slots"]["contact"]["text"] = "{{k02999}}"
    (folder / "mote-a5.json").write_text(json.dumps(layout, ensure_ascii=False), encoding="utf-8")
    data = folder / "long.csv"
    data.write_text("\r\n".join([";".join(COLUMNS + extra),
                                 ";".join([*FALUN[:6], "/etc/" + "A" * 100_000, "k"] + ["v"] * 3000),
                                 ";".join([*FALUN, *["v"] * 100])]) + "\r\n", encoding="utf-8")
    code, lines = merge(folder, data, capsys, "--json", str(folder / "r.json"))
    assert code == 1
    failed = [line for line in lines if line.startswith("failed:")]
    assert failed[0].startswith("failed: long.csv row 2: photo: image '/etc/AAAA")
    assert "… (100005 characters) lies outside the allowed folders (" in failed[0]
    assert failed[1] == ("failed: long.csv row 3: contact: unknown column {{k02999}}: this row has no such cell "
                         "(it has: datum, foto, k00000, k00001, k00002, k00003, k00004, k00005, k00006, k00007 "
                         "and 98 more)")
    records = json.loads((folder / "r.json").read_text(encoding="utf-8"))["records"]
    assert [r["status"] for r in records] == ["failed", "failed"]
    assert all(len(f"failed: {r['input']}: {r['reason']}") <= MAX_LINE_CHARS for r in records)


def test_an_error_line_with_its_prefix_is_at_most_400_characters(folder, capsys):
    code, lines = merge(folder, folder / "moten.csv", capsys, "--name", "{{" + "x" * 5000 + "}}.pdf")
    assert code == 2 and len(lines) == 1
    assert lines[0].startswith("designer: error: moten.csv: columns: --name uses {{xxx")
    assert len(lines[0]) == MAX_LINE_CHARS and lines[0].endswith("…")


# Minor: --jobs without limit, a FIFO as data


@pytest.mark.parametrize("jobs", ["65", "1000000"])
def test_jobs_above_the_limit_are_refused_before_anything_is_read(folder, capsys, jobs):
    code, lines = merge(folder, folder / "saknas.csv", capsys, "--jobs", jobs)
    assert (code, lines) == (2, ["designer: error: --jobs: expected a number from 1 to 64"])
    assert not (folder / "ut").exists()


def test_batch_jobs_above_the_limit_are_refused(folder, capsys):
    assert main(["batch", str(folder / "mote-a5.json"), "-o", str(folder / "ut"), "--jobs", "65"]) == 2
    assert capsys.readouterr().err == "designer: error: --jobs: expected a number from 1 to 64\n"
    assert not (folder / "ut").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_as_data_is_not_called_a_folder(folder, capsys):
    os.mkfifo(folder / "pipe.csv")
    code, lines = merge(folder, folder / "pipe.csv", capsys)
    assert (code, lines) == (2, ["designer: error: pipe.csv: is not a regular file (a device, pipe or socket)"])
    assert not (folder / "ut").exists()
