"""One logging setup: one line per warning on stderr (more with -v), tracebacks only in the log file."""
from __future__ import annotations

import logging

import pytest

from designer import logs
from designer.cli import main


@pytest.fixture(autouse=True)
def own_home(monkeypatch, tmp_path):
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path / "home"))


    def broken(args):
        raise KeyError("a bug deep inside")

def test_a_bug_in_a_command_is_one_line_on_stderr_and_a_traceback_in_the_log(monkeypatch, capsys, school_layout_path,
                                                                           tmp_path):
    monkeypatch.setattr("designer.cli.export.run", lambda args: {}["a bug deep inside"])
    assert main(["export", str(school_layout_path), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "internal error in `designer export` (KeyError: 'a bug deep inside')" in err
    assert str(logs.log_file()) in err
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "a bug deep inside" in logged
    assert not (tmp_path / "x.pdf").exists()


def test_warnings_are_one_line_and_info_needs_verbose(capsys, school_layout_path, tmp_path):
    def say(args):
        logging.getLogger("designer.something").info("working on %s", "page 1")
        logging.getLogger("designer.something").warning("font %s substituted", "X")
        return 0

    import designer.cli.templates as templates
    original = templates.run
    try:
        templates.run = say
        main(["templates"])
        quiet = capsys.readouterr().err
        main(["-v", "templates"])
        verbose = capsys.readouterr().err
    finally:
        templates.run = original
    assert quiet == "designer: warning: font X substituted\n"
    assert verbose == "designer: info: working on page 1\ndesigner: warning: font X substituted\n"


def test_the_app_log_rotates(monkeypatch):
    monkeypatch.setattr(logs, "LOG_FILE_BYTES", 2_000)
    monkeypatch.setattr(logging.getLogger(logs.LOGGER), "handlers", [])
    log = logs.setup_app()
    for number in range(100):
        logging.getLogger("designer.test").info("line %d %s", number, "x" * 50)
    for handler in logging.getLogger(logs.LOGGER).handlers:
        handler.close()
    rotated = sorted(path.name for path in log.parent.iterdir())
    assert rotated == ["designer.log", "designer.log.1", "designer.log.2", "designer.log.3"]
    assert all(path.stat().st_size <= 2_100 for path in log.parent.iterdir())
    assert "line 99" in log.read_text(encoding="utf-8")


def test_report_unexpected_needs_no_setup_and_writes_the_traceback(monkeypatch):
    monkeypatch.setattr(logging.getLogger(logs.LOGGER), "handlers", [])
    try:
        raise ValueError("worker bug")
    except ValueError:
        log = logs.report_unexpected("row 7 failed")
    text = log.read_text(encoding="utf-8")
    assert "row 7 failed" in text and "ValueError: worker bug" in text and "Traceback" in text
