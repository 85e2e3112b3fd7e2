"""Entry point of the app bundle: the same executable opens the app or runs a CLI subcommand.

`campaign-designer` alone opens the app; `campaign-designer export LAYOUT -o OUT.pdf` (and every
other subcommand) runs headless, as `designer ...` does in a pip install.
"""
import multiprocessing
import sys

from designer.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()   # batch/merge worker processes re-enter this executable
    sys.exit(main())
