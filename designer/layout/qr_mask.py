"""segno's QR data-mask choice (ISO/IEC 18004:2015 §7.8.3), scored with numpy instead of pure Python.

`segno.make` spends most of its time choosing the data mask: `find_and_apply_best_mask` masks the
symbol 8 times and scores each with `mask_scores` (N1 runs, N2 blocks, N3 finder-like patterns,
N4 dark proportion). This module reaches the same choice at a fraction of the cost:

1. Make the symbol once with mask 0 (`segno.make(..., mask=0)`, public API).
2. Rebuild the matrix exactly as segno scores it. That is segno's function matrix (`make_matrix`,
   `add_finder_patterns`, `add_alignment_patterns`, the calls `find_and_apply_best_mask` makes):
   finders, separators, timing and alignment patterns, with the format and version areas and the
   dark module still 0 (segno writes them only after choosing), and the modules at (6, 8) and
   (8, 6) 1 (timing). The encoding region (segno's `is_encoding_region`, value 0x2 there) holds
   the data: mask 0's pattern XOR-ed back out of the mask-0 symbol. Remainder bits are zeros
   there (`make_final_message`), so every module is 0 or 1 when segno scores.
3. XOR in each of the 8 patterns of `get_data_mask_functions` and score all 8 at once, with
   segno's quirks: N1 adds n - 2 per run of n >= 5; N2 adds 3 per 2x2 block; N3 adds 40 per
   1:1:3:1:1 match found by segno's `bytes.find` walk (a match at either end of the line, or with
   no dark module in the up to 4 modules before or after, counts and the search resumes past it;
   any other resumes 4 modules on); N4 is 10 * int(|dark % - 50| / 5) in the same float steps.
4. The first lowest score wins (segno keeps a candidate only if it is strictly better). The symbol
   is the mask-0 one with that mask's pattern XOR-ed in over the encoding region and the format
   information rewritten by segno's own `add_format_info` (version information does not depend on
   the mask): module for module what `segno.make` returns, without a second encoding pass.

segno's internals used here live in designer/adapters/segno_encoder.py (contract tests there).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import segno

from designer.adapters import segno_encoder


def qr_matrix_fast(content: str):
    """The matrix (tuple of bytearrays) of `segno.make(content, error="m", micro=False)`.

    Raises what `segno.make` raises (DataOverflowError, ValueError).
    """
    code = segno.make(content, error="m", micro=False, mask=0)
    size = len(code.matrix)
    symbol = np.frombuffer(b"".join(code.matrix), dtype=np.uint8).reshape(size, size)
    best = best_mask(symbol)
    rows = tuple(bytearray(row) for row in symbol ^ _layout(size)[2][best])
    # segno may have raised the error level above M ("boost_error"): write the level it used
    segno_encoder.write_format_info(rows, code.version, code.error, best)
    return rows


def best_mask(masked0: np.ndarray) -> int:
    """The mask segno chooses for the QR code (not Micro QR) whose mask-0 matrix is `masked0` (n x n)."""
    region, function, flips = _layout(len(masked0))
    candidates = np.where(region, masked0, function) ^ flips           # (8, n, n) as segno scores
    lines = np.stack((candidates, candidates.transpose(0, 2, 1)), axis=1)  # rows and columns
    scores = [sum(parts) for parts in zip(_n1(lines), _n2(candidates), _n3(lines), _n4(candidates))]
    return scores.index(min(scores))


@lru_cache(maxsize=None)
def _layout(size: int):
    """(encoding region, function matrix as segno scores it, the 8 patterns XOR mask 0's in the region)."""
    function = np.array(segno_encoder.function_matrix(size), dtype=np.uint8)
    region = function > 1
    i, j = np.indices((size, size))
    patterns = np.stack([(i + j) % 2 == 0, i % 2 == 0, j % 3 == 0, (i + j) % 3 == 0,
                         (i // 2 + j // 3) % 2 == 0, (i * j) % 2 + (i * j) % 3 == 0,
                         ((i * j) % 2 + (i * j) % 3) % 2 == 0,
                         ((i + j) % 2 + (i * j) % 3) % 2 == 0])
    flips = ((patterns ^ patterns[0]) & region).astype(np.uint8)
    return region, function, flips


def _n1(lines: np.ndarray) -> list[int]:
    """Per candidate: n - 2 for each run of n >= 5 equal modules in a row or column."""
    same = lines[..., 1:] == lines[..., :-1]
    five = same[..., :-3] & same[..., 1:-2] & same[..., 2:-1] & same[..., 3:]
    starts = five.copy()
    starts[..., 1:] &= ~same[..., :-4]
    # a run of n >= 5 holds n - 4 windows of five: n - 2 = windows + 2 per run
    return (five.sum(axis=(1, 2, 3)) + 2 * starts.sum(axis=(1, 2, 3))).tolist()


def _n2(candidates: np.ndarray) -> list[int]:
    """Per candidate: 3 for each 2x2 block of one colour (blocks may overlap)."""
    across = candidates[:, :, 1:] == candidates[:, :, :-1]
    block = across[:, 1:] & across[:, :-1] & (candidates[:, 1:, 1:] == candidates[:, :-1, 1:])
    return (3 * block.sum(axis=(1, 2))).tolist()


def _n3(lines: np.ndarray) -> list[int]:
    """Per candidate: 40 for each 1:1:3:1:1 match counted by segno's `n3_pattern_occurrences` walk."""
    size = lines.shape[-1]
    dark = lines.astype(bool)
    found = (dark[..., :-6] & ~dark[..., 1:-5] & dark[..., 2:-4] & dark[..., 3:-3] & dark[..., 4:-2]
             & ~dark[..., 5:-1] & dark[..., 6:])
    mask, direction, line, start = np.nonzero(found)
    before = np.zeros(lines.shape[:-1] + (size + 1,), dtype=np.int32)  # dark modules before each index
    np.cumsum(lines, axis=-1, out=before[..., 1:])
    cut = before[mask, direction, line]
    hits = np.arange(len(start))
    # no dark module in the (up to) 4 before or after; at either end of a line that window is empty,
    # which covers segno's `idx in (0, qr_size - 7)`
    light_before = cut[hits, start] == cut[hits, np.maximum(start - 4, 0)]
    light_after = cut[hits, np.minimum(start + 11, size)] == cut[hits, start + 7]
    counts = light_before | light_after
    scores = [0] * lines.shape[0]
    current, resume = None, 0
    for m, d, k, s, counted in zip(mask.tolist(), direction.tolist(), line.tolist(),
                                   start.tolist(), counts.tolist()):
        if (m, d, k) != current:
            current, resume = (m, d, k), 0
        if s < resume:
            continue
        if counted:
            scores[m] += 40
        resume = s + (7 if counted else 4)
    return scores


def _n4(candidates: np.ndarray) -> list[int]:
    """Per candidate: 10 per full 5 % the dark proportion is away from 50 %, in segno's float steps."""
    total = candidates.shape[1] ** 2
    return [10 * int(abs(float(dark) / total * 100 - 50) / 5)
            for dark in candidates.sum(axis=(1, 2)).tolist()]
