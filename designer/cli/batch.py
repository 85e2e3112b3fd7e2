"""`designer batch LAYOUT.json... -o DIR`: export many saved layouts at once, in parallel."""
from __future__ import annotations

import sys

MAX_JOBS = 64           # worker processes; each takes about 60 MB


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "batch", help="export many saved layouts to PDF in parallel",
        description="Export every saved layout given (files, globs, folders) to DIR/<name>.pdf. "
                    "Exit code: 0 all made, 1 some failed, 2 nothing could run.")
    parser.add_argument("layouts", nargs="+", metavar="LAYOUT", help="saved layouts (.json), globs or folders")
    add_run_options(parser)
    parser.add_argument("--lang", metavar="CODE", help="language edition of each layout, or all "
                                                       "(DIR/<name>-<code>.pdf; default: the main language)")
    parser.set_defaults(func=run)


def add_run_options(parser) -> None:
    """Options shared by `batch` and `merge`."""
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--preset", help="printer preset id (see `designer presets`)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help=f"worker processes, 1 to {MAX_JOBS} (default 1)")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="run on a Dask cluster (outputs must be a folder the workers share)")
    parser.add_argument("--resume", action="store_true",
                        help="skip outputs that are already up to date (manifest in the output folder)")
    parser.add_argument("--json", metavar="REPORT", help="write a JSON report (one record per output)")


def run(args) -> int:
    from pathlib import Path

    from designer.batch.exports import expand_inputs, export_jobs
    from designer.batch.jobs import preset_for
    from designer.batch.manifest import Manifest
    from designer.batch.runner import prepare_folder, run as run_jobs
    from designer.io.outputs import check_report

    jobs = check_jobs(args)
    inputs = expand_inputs(args.layouts)
    check_report(args.json, *((path, "an input layout") for path in inputs))
    preset_for(args.preset)
    out_dir = prepare_folder(Path(args.output))
    manifest = Manifest(out_dir) if args.resume else None
    if args.lang:
        from designer.translations.outputs import language_jobs

        items = language_jobs(inputs, out_dir, args.preset, args.lang, manifest)
    else:
        items = export_jobs(inputs, out_dir, args.preset, manifest)
    total = len(items) if args.lang else len(inputs)
    report = run_jobs(items, manifest, jobs, args.scheduler, progress_for(total))
    return finish(report, args)


def check_jobs(args) -> int:
    """The --jobs number, or DesignerError when it is outside 1 to MAX_JOBS."""
    from designer.errors import DesignerError

    if not 1 <= args.jobs <= MAX_JOBS:
        raise DesignerError(f"expected a number from 1 to {MAX_JOBS}", field="--jobs")
    return args.jobs


def progress_for(total: int):
    from designer.batch.progress import ProgressPrinter

    return ProgressPrinter(total)


def finish(report, args) -> int:
    """Write the JSON report if asked, print the summary; the exit code (0 ok, 1 some failed)."""
    if args.json:
        report.write_json(args.json)
    print(report.summary(), file=sys.stderr)
    return report.exit_code
