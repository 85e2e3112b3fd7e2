"""`designer merge LAYOUT.json DATA.csv -o DIR`: one edition per data row (CSV or XLSX)."""
from __future__ import annotations

from designer.cli.batch import add_run_options, check_jobs, finish, progress_for


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "merge", help="make one edition per spreadsheet row ({{column}} placeholders)",
        description="Fill the layout's {{column}} placeholders (text, image paths, QR urls) from each "
                    "row of DATA (.csv or .xlsx) and write one PDF per row, or one multi-page PDF. "
                    "Exit code: 0 all rows made, 1 some rows failed, 2 nothing could run.")
    parser.add_argument("layout", help="saved layout with placeholders (.json)")
    parser.add_argument("data", help="data file (.csv with ; or , separators, or .xlsx)")
    add_run_options(parser)
    parser.add_argument("--name", help='output name pattern, e.g. "{{ort}}-{{kandidat}}.pdf" '
                                       '(default LAYOUT-{{_rad}}.pdf; {{_rad}} is the row number)')
    parser.add_argument("--single-file", action="store_true", help="one multi-page PDF instead of one per row")
    parser.add_argument("--allow-dir", action="append", default=[], metavar="DIR",
                        help="a further folder row images may come from (default: the data file's and "
                             "the layout's folders)")
    parser.add_argument("--lang", metavar="CODE", help="language edition, or all (the code is added to "
                                                       "each name; default: the main language)")
    parser.set_defaults(func=run)


def run(args) -> int:
    import sys

    from designer.batch.merge import MergePlan
    from designer.batch.runner import Report
    from designer.io.outputs import check_report
    from designer.translations.outputs import merge_languages

    jobs = check_jobs(args)
    check_report(args.json, (args.layout, "the input layout"), (args.data, "the data file"))
    report = Report()
    for layout, name in merge_languages(args.layout, args.lang, args.name, args.single_file):
        plan = MergePlan(args.layout, args.data, args.output, name, tuple(args.allow_dir), args.preset, layout)
        progress = progress_for(plan.total())
        if args.single_file:
            output, part = plan.run_single_file(jobs, args.scheduler, progress)
            print(f"wrote {output}", file=sys.stderr)
        else:
            part = plan.run(jobs, args.scheduler, args.resume, progress)
        report.records.extend(part.records)
    return finish(report, args)
