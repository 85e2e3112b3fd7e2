"""The `designer` command. Each module in this package is one subcommand.

A subcommand module defines `register(subparsers)` (adds its parser and sets `func`) and keeps
heavy imports inside the function that runs it, so `designer export` starts fast and never
loads Qt. With no subcommand, `designer` opens the desktop app.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from designer import __version__, logs
from designer.errors import DesignerError


VERBOSE_FLAGS = ("-v", "-vv", "-vvv", "--verbose")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand module registered, or just the module `only`
    (what a run of one known command needs: the others are not imported)."""
    parser = argparse.ArgumentParser(
        prog="designer",
        description="Campaign Designer: print-ready campaign material from a manifesto. "
                    "Without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"designer {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="say more on stderr (-v progress, -vv debug details)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only else _command_modules():
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def _command_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))


def _named_command(argv: list[str]) -> str | None:
    """The subcommand module `argv` runs (its first word after -v/--verbose), or None when there
    is none (help, --version, the app, a typo: then the full parser answers)."""
    first = next((word for word in argv if word not in VERBOSE_FLAGS), None)
    if first is None or first.startswith("-"):
        return None
    module = "import_" if first == "import" else first
    return module if module.isidentifier() and (Path(__path__[0]) / f"{module}.py").is_file() else None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(_named_command(argv)).parse_args(argv)
    logs.setup_cli(args.verbose)
    if args.command is None:
        from designer.cli.open import launch
        return launch([], args.verbose)
    try:
        return int(args.func(args) or 0)
    except DesignerError as exc:
        print(f"designer: error: {exc.located()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("designer: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug: one line here, the traceback in the log file
        problem = f"internal error in `designer {args.command}` ({type(exc).__name__}: {exc})"
        log = logs.report_unexpected(problem)
        print(f"designer: {problem}; details in {log}", file=sys.stderr)
        return 2
