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

from designer import __version__, logs
from designer.errors import DesignerError


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand module registered."""
    parser = argparse.ArgumentParser(
        prog="designer",
        description="Campaign Designer: print-ready campaign material from a manifesto. "
                    "Without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"designer {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="say more on stderr (-v progress, -vv debug details)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
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
