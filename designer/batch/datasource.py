"""Rows from a CSV or XLSX file, streamed: header row -> column names, then one Row per record.

CSV: UTF-8 with or without BOM, UTF-16 or UTF-32 with BOM, UTF-16 without, else Windows-1252;
separator `;`, `,` or tab, detected from the header line (Swedish Excel writes semicolons). A UTF-8
file with a few invalid bytes stays UTF-8: the rows holding them carry a `problem` naming the
column, instead of the whole file being re-read as Windows-1252. A quote that is never closed (or
closes inside a cell) stops the file naming the row where it opens, instead of swallowing the rows
after it into one cell. XLSX: the first sheet, via openpyxl, after the archive is checked
(designer.io.zipguard), only as wide as its header row. Limits: files above MAX_DATA_BYTES, cells
above MAX_CELL_CHARS and more than MAX_ROWS data rows (empty ones count, so that a sheet with one
cell in row 1 048 576 is not read a million rows deep) are refused with a message.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from designer.errors import DesignerError, FileFormatError, excerpt
from designer.io.zipguard import check_archive

MAX_DATA_BYTES = 50 * 1024 * 1024
MAX_CELL_CHARS = 2 * 1024 * 1024
MAX_ROWS = 100_000          # data rows below the header, empty ones included
SEPARATORS = ";,\t"
_UNDECODABLE = re.compile("[\udc80-\udcff]")     # bytes kept by the surrogateescape error handler
_BOM_CODECS = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",    # codecs that
               "utf-32-le": "utf-32", "utf-32-be": "utf-32"}                           # drop the BOM


@dataclass(frozen=True)
class Row:
    """One data row: `number` is the row number a spreadsheet shows (the header is row 1).

    `problem` is "" for a usable row, else why it cannot be used (e.g. bytes that are not UTF-8).
    """

    number: int
    values: dict[str, str]
    problem: str = ""


class DataSource:
    """A CSV/XLSX file opened for reading; `columns` is known at once, `rows()` streams."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        _check_file(self.path)
        self.xlsx = self.path.suffix.lower() in (".xlsx", ".xlsm")
        if self.xlsx:
            check_archive(self.path, "Excel")
        self.encoding, self.separator = (None, None) if self.xlsx else _csv_dialect(self.path)
        header = next(self._records(), None)
        if header is None:
            raise FileFormatError("the file is empty (expected a header row with column names)", file=self.path)
        if any(_UNDECODABLE.search(cell) for cell in header[1]):
            raise FileFormatError("the column names are not valid UTF-8 text; save the file as UTF-8",
                                  file=self.path, field="row 1")
        self.columns = _column_names(header[1], self.path)

    def rows(self) -> Iterator[Row]:
        """Data rows in file order; rows with every cell empty are left out.

        A row shorter than the header has no value for the missing columns (not "").
        """
        records = self._records()
        next(records, None)
        for number, cells in records:
            values = {name: cells[i] for i, name in enumerate(self.columns[:len(cells)]) if name}
            if any(v.strip() for v in values.values()):
                yield Row(number, values, self._problem(cells))

    def _problem(self, cells: list[str]) -> str:
        column = _undecodable_column(cells, self.columns) if self.encoding in ("utf-8", "utf-8-sig") else None
        if column is None:
            return ""
        return (f"column {excerpt(column)} holds bytes that are not UTF-8 text; the row is skipped "
                "(fix it, or save the whole file as UTF-8)")

    def count(self) -> int:
        """How many data rows `rows()` yields (one extra pass over the file)."""
        return sum(1 for _ in self.rows())

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        records = _xlsx_records(self.path) if self.xlsx else _csv_records(self.path, self.encoding, self.separator)
        return _within_row_limit(records, self.path)


def _within_row_limit(records: Iterator[tuple[int, list[str]]], path: Path) -> Iterator[tuple[int, list[str]]]:
    """`records` as they are, until a row number beyond the header and MAX_ROWS: FileFormatError."""
    for number, cells in records:
        if number > MAX_ROWS + 1:
            raise FileFormatError(f"more than {MAX_ROWS} rows (empty rows count too); split the file, or "
                                  "delete the empty rows below the data", file=path, field=f"row {number}")
        yield number, cells


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileFormatError("file not found", file=path) from None
    except OSError as exc:
        raise FileFormatError(f"cannot read ({exc.strerror or exc})", file=path) from None
    if path.is_dir():
        raise FileFormatError("is a folder, not a file", file=path)
    if not path.is_file():
        raise FileFormatError("is not a regular file (a device, pipe or socket)", file=path)
    if path.suffix.lower() not in (".csv", ".txt", ".tsv", ".xlsx", ".xlsm"):
        raise FileFormatError("expected a .csv or .xlsx file", file=path)
    if size > MAX_DATA_BYTES:
        raise FileFormatError(f"the file is {size / 2**20:.0f} MB; the limit is {MAX_DATA_BYTES // 2**20} MB "
                              "(split it into several files)", file=path)


def _csv_dialect(path: Path) -> tuple[str, str]:
    """(encoding, separator) of a CSV file."""
    from designer.importers.encoding import guess_encoding

    data = path.read_bytes()
    encoding, skip = guess_encoding(data)      # "utf-8" also for UTF-8 with a few damaged bytes
    if not data[skip:].strip():
        raise FileFormatError("the file is empty (expected a header row with column names)", file=path)
    if skip:
        encoding = _BOM_CODECS[encoding]
    head = data[:skip + 65536].decode(encoding, errors="replace")
    return encoding, _separator(head.splitlines()[0] if head.strip() else "")


def _undecodable_column(cells: list[str], columns: list[str]) -> str | int | None:
    """The name (or 1-based number) of the first column whose cell holds undecodable bytes, else None."""
    for index, cell in enumerate(cells):
        if _UNDECODABLE.search(cell):
            return columns[index] if index < len(columns) and columns[index] != "" else index + 1
    return None


def _separator(header: str) -> str:
    """The separator that occurs most often in the header line (`;` on ties: Swedish Excel)."""
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ";"


def _csv_records(path: Path, encoding: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    csv.field_size_limit(MAX_CELL_CHARS)
    errors = "surrogateescape" if encoding in ("utf-8", "utf-8-sig") else "replace"
    with open(path, encoding=encoding, errors=errors, newline="") as handle:
        reader = csv.reader(handle, delimiter=separator, strict=True)
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                yield number, cells
        except csv.Error as exc:
            raise FileFormatError(f"row {number + 1}: {_csv_message(exc)}", file=path) from None


def _csv_message(exc: csv.Error) -> str:
    """What a csv module error means to the person who typed the file."""
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a cell holds more than {MAX_CELL_CHARS // 2**20} MB of text"
    if "unexpected end of data" in text:
        return ('a quote is never closed, so every later row would be read into one cell; '
                'remove the stray " or close it')
    if "expected after" in text:
        return ('a quote opened in this row closes in the middle of a cell; remove the stray ", '
                'or put the whole cell in quotes and write "" for each quote inside it')
    return text


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(row number, cell texts) of the first sheet; rows are cut to the header's width (a sheet
    may declare 16 384 columns) and an empty row is [] (a sheet may pad a million of them)."""
    from openpyxl import load_workbook

    number = 0
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            header = next(sheet.iter_rows(max_row=1, values_only=True), None)
            if header is None:
                return
            width = _filled_width(header)
            number = 1
            yield number, [_cell_text(v) for v in header[:width]]
            if not width:
                return
            for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
                yield number, [_cell_text(v) for v in values] if any(v is not None for v in values) else []
        finally:
            book.close()
    except Exception as exc:  # openpyxl and lxml raise many types for damaged workbooks  # noqa: BLE001
        where = f" (row {number + 1})" if number else ""
        raise FileFormatError(f"not a readable Excel file{where}: {type(exc).__name__}: {excerpt(str(exc))}",
                              file=path) from None


def _filled_width(values: tuple) -> int:
    """The number of cells up to the last one that holds a value."""
    filled = [index for index, value in enumerate(values) if value is not None]
    return filled[-1] + 1 if filled else 0


def _cell_text(value) -> str:
    """An Excel cell as the text a volunteer sees (whole numbers without '.0', dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text.replace("T", " ")
    return str(value)


def _column_names(cells: list[str], path: Path) -> list[str]:
    """Trimmed header names; unnamed columns become ''. Duplicates and an all-empty header raise."""
    names = [cell.strip() for cell in cells]
    if not any(names):
        raise FileFormatError("the first row must hold column names, but it is empty", file=path, field="row 1")
    seen: dict[str, int] = {}
    for index, name in enumerate(names, start=1):
        if not name:
            continue
        key = name.casefold()
        if key in seen:
            raise FileFormatError(f"column name {excerpt(name)} appears twice (columns {seen[key]} and {index}); "
                                  "rename one of them", file=path, field="row 1")
        seen[key] = index
    return names


def open_rows(path: str | Path) -> DataSource:
    """Open a data file; a header-only file raises (there is nothing to make)."""
    source = DataSource(path)
    if next(source.rows(), None) is None:
        raise DesignerError("the file has a header row but no data rows", file=source.path)
    return source
