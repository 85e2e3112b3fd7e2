"""`designer package LAYOUT.json -o job.zip [--preset ID]`: everything the print shop needs."""
from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser("package", help="make a zip for the print shop",
                                   description="Zip the print PDF, a preflight report, a proof PNG, a job "
                                               "ticket and the layout with its images.")
    parser.add_argument("layout", help="saved layout (.json)")
    parser.add_argument("-o", "--output", required=True, help="output .zip")
    parser.add_argument("--preset", help="printer preset id (default coated-offset)")
    parser.add_argument("--quantity", type=int, help="number of copies for the job ticket")
    parser.set_defaults(func=run)


def run(args) -> int:
    from designer.package import make_package
    from designer.presets import get_preset

    make_package(args.layout, args.output, get_preset(args.preset), quantity=args.quantity)
    print(f"wrote {args.output}")
    return 0
