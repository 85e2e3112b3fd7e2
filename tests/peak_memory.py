"""Run `designer ARGS` in a child process and read the child's own peak resident memory.

Used by tests/test_fuzz_cli.py and bench/bench_bad_input.py (it is not a conftest). The peak is
VmHWM of the child's address space, written by the child as it exits: rusage's max RSS would
include the parent's peak, which the child inherits through fork and exec.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRAPPER = """
import os, sys
from designer.cli import main
try:
    code = main(sys.argv[1:])
finally:
    status = open("/proc/self/status").read().splitlines()
    peak_kb = next(line for line in status if line.startswith("VmHWM")).split()[1]
    open(os.environ["DESIGNER_PEAK_FILE"], "w").write(peak_kb)
sys.exit(code)
"""


@dataclass
class Run:
    code: int
    stderr: str
    peak_bytes: int          # 0 when the child died before it could report


def run_measured(args: list[str], cwd: Path, timeout: float, preexec_fn=None) -> Run:
    """`designer ARGS` in `cwd`; raises subprocess.TimeoutExpired (child killed) after `timeout` s."""
    peak_file = Path(cwd) / ".designer-peak"
    peak_file.unlink(missing_ok=True)
    result = subprocess.run([sys.executable, "-c", WRAPPER, *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, preexec_fn=preexec_fn, timeout=timeout,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "DESIGNER_PEAK_FILE": str(peak_file)})
    peak = int(peak_file.read_text()) * 1024 if peak_file.exists() else 0
    peak_file.unlink(missing_ok=True)
    return Run(result.returncode, result.stderr.decode("utf-8", "replace"), peak)
