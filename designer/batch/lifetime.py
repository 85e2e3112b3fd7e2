"""Worker processes die with the process that started them, even when it is killed (SIGKILL,
SIGTERM, a crash): a killed `designer merge --jobs 2` leaves no workers writing PDFs behind it.

Two mechanisms: on Linux the kernel sends the worker SIGKILL when its parent dies
(prctl PR_SET_PDEATHSIG); everywhere a daemon thread waits on multiprocessing's parent sentinel
and ends the worker when the parent is gone.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import multiprocessing
import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1        # from <linux/prctl.h>
ORPHAN_EXIT_CODE = 70

log = logging.getLogger(__name__)


def die_with_parent(parent_pid: int) -> None:
    """Call in a freshly started worker; `parent_pid` is the pid of the process that started it."""
    _ask_kernel_for_death_signal()
    if os.getppid() != parent_pid:          # the parent died before the signal was set up
        os._exit(ORPHAN_EXIT_CODE)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_when_gone, args=(parent,), name="parent-watch", daemon=True).start()


def _ask_kernel_for_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            log.warning("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
    except (OSError, AttributeError) as exc:
        log.warning("no parent-death signal for this worker: %s", exc)


def _exit_when_gone(parent) -> None:
    parent.join()                           # returns when the parent's sentinel closes
    os._exit(ORPHAN_EXIT_CODE)
