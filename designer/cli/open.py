"""`designer open [LAYOUT.json]` (and `designer` alone): the desktop app, the only way into Qt."""
from __future__ import annotations

import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("open", help="open the desktop app, optionally with a saved layout",
                                   description="Open the desktop app (same as `designer` alone), "
                                               "optionally with a saved layout.")
    parser.add_argument("layout", nargs="?", help="saved layout (.json) to open")
    parser.set_defaults(func=run)


def run(args) -> int:
    return launch([args.layout] if args.layout else [])


def launch(argv: list[str]) -> int:
    """Start the app; a machine without Qt's libraries gets one plain line, not a traceback."""
    try:
        from designer.gui.app import run_app
    except ImportError as exc:
        print(f"designer: the desktop app cannot start ({exc}); the other commands work without it "
              "(designer --help)", file=sys.stderr)
        return 1
    return run_app(argv)
