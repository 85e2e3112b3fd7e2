"""The one logging setup of Campaign Designer (command line, app, worker processes).

- `setup_cli(verbosity)`: records of the `designer` logger go to stderr as one line each
  ("designer: warning: ..."): warnings by default, `-v` info, `-vv` debug (with tracebacks).
- `setup_app()`: the same, plus a rotating log file in the user log folder (`log_file()`) that
  keeps info and up with tracebacks.
- `report_unexpected(what)`: for code that catches an exception it did not expect (the crash
  guard, background jobs, batch workers): the traceback goes to the log file, in any process,
  whatever was set up; returns the file so the caller can tell the user where it is.
Modules log through `logging.getLogger(__name__)`; nothing here imports Qt.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from designer import paths

LOGGER = "designer"
LOG_FILE_BYTES = 1_000_000
LOG_FILE_BACKUPS = 3
_LEVELS = {0: logging.WARNING, 1: logging.INFO}
_FILE_ONLY = "designer_file_only"   # a record the caller already told the user about


def log_file() -> Path:
    """The current log file (older ones beside it end in .1, .2, .3)."""
    return paths.user_log_dir() / "designer.log"


class _OneLine(logging.Formatter):
    """`designer: warning: message`; the traceback only when `tracebacks` is set."""

    def __init__(self, tracebacks: bool):
        super().__init__()
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        line = f"designer: {record.levelname.lower()}: {record.getMessage()}"
        if self.tracebacks and record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def setup_cli(verbosity: int = 0) -> None:
    """Log to stderr: warnings (0), info (1), debug with tracebacks (2 or more)."""
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
        logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.setLevel(_LEVELS.get(verbosity, logging.DEBUG))
    handler.setFormatter(_OneLine(tracebacks=verbosity >= 2))
    logger.addHandler(handler)
    _follow_handlers(logger)


def setup_app(verbosity: int = 0) -> Path:
    """Log to stderr as `setup_cli` and to the rotating log file (info and up); returns the file."""
    setup_cli(verbosity)
    _add_file_handler(logging.getLogger(LOGGER))
    return log_file()


def report_unexpected(what: str, exc_info=True) -> Path:
    """Log `what` with the traceback of the exception being handled (or `exc_info`) to the log file.

    Returns the log file; telling the user is the caller's job (nothing goes to stderr). Works in
    any process: the file handler is added when missing.
    """
    logger = logging.getLogger(LOGGER)
    _add_file_handler(logger)
    logger.error("%s", what, exc_info=exc_info, extra={_FILE_ONLY: True})
    return log_file()


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is when a record comes (tests and the app may replace it)."""

    def __init__(self):
        super().__init__()
        self.addFilter(lambda record: not getattr(record, _FILE_ONLY, False))

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value):
        """The stream is always the current `sys.stderr`."""


def _file_handler(logger: logging.Logger) -> logging.Handler | None:
    return next((h for h in logger.handlers if hasattr(h, "baseFilename")), None)


def _add_file_handler(logger: logging.Logger) -> None:
    """Make sure records reach the rotating UTF-8 log file (opened at the first record).

    A log folder that cannot be made costs only the file: the stderr line still goes out.
    """
    path = log_file()
    current = _file_handler(logger)
    if current is not None:
        if Path(current.baseFilename) == path.absolute():
            return
        logger.removeHandler(current)   # the user log folder moved ($DESIGNER_HOME changed)
        current.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file: cannot create %s (%s)", path.parent, exc)
        return
    from logging.handlers import RotatingFileHandler   # imports socket & co.: only when a file is needed

    handler = RotatingFileHandler(path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS,
                                  encoding="utf-8", delay=True)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    _follow_handlers(logger)


def _follow_handlers(logger: logging.Logger) -> None:
    """The logger lets through what its most talkative handler keeps (and no more)."""
    logger.setLevel(min(handler.level for handler in logger.handlers))
