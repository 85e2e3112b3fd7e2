"""`designer open [LAYOUT.json]` (and `designer` alone): the desktop app, the only way into Qt."""
from __future__ import annotations

import sys

GUI_INSTALL = 'pip install "designer[gui]"'
QT_PACKAGES = ("PySide6", "shiboken6")


def register(subparsers) -> None:
    parser = subparsers.add_parser("open", help="open the desktop app, optionally with a saved layout",
                                   description="Open the desktop app (same as `designer` alone), "
                                               "optionally with a saved layout.")
    parser.add_argument("layout", nargs="?", help="saved layout (.json) to open")
    parser.set_defaults(func=run)


def run(args) -> int:
    return launch([args.layout] if args.layout else [], args.verbose)


def launch(argv: list[str], verbosity: int = 0) -> int:
    """Start the app; without PySide6 or Qt's libraries, one plain line and exit code 2."""
    try:
        from designer.gui.app import run_app
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in QT_PACKAGES:
            raise
        print(f"designer: the desktop app is not installed (no {exc.name}): {GUI_INSTALL}; "
              "the other commands work without it (designer --help)", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(f"designer: the desktop app cannot start ({exc}); the other commands work without it "
              "(designer --help)", file=sys.stderr)
        return 2
    return run_app(argv, verbosity)
