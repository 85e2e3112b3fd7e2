"""segno's encoder internals that the fast QR mask choice (designer.layout.qr_mask) needs (segno 1.6).

segno documents `segno.make`; everything here comes from the undocumented `segno.encoder`:
the function-pattern matrix segno builds to tell function patterns from the encoding region,
its format-information writer and its 8 data-mask predicates. Contract: tests/test_adapters.py.
"""
from __future__ import annotations

from segno import encoder as _encoder


def function_matrix(size: int) -> tuple[bytearray, ...]:
    """The size x size matrix segno scores masks against: finders, separators, timing and
    alignment patterns as 0/1, format and version areas 0, the encoding region 0x2."""
    rows = _encoder.make_matrix(size, size)
    _encoder.add_finder_patterns(rows, size, size)
    _encoder.add_alignment_patterns(rows, size, size)
    return rows


def write_format_info(rows, version: int, error: str, mask: int) -> None:
    """Write the format information for (error level name "M"/"m"/..., mask) into `rows` in place."""
    _encoder.add_format_info(rows, version, _encoder.normalize_errorlevel(error), mask)


def mask_functions() -> list:
    """segno's 8 QR (not Micro QR) data-mask predicates, `(row, column) -> bool`, in mask order."""
    return list(_encoder.get_data_mask_functions(False))
