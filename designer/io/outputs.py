"""Output paths checked before anything is written: the right kind of file, never one of the
command's own inputs (the layout, its images, brand kit or template, the data file).

    flyer.json: --output: is the input layout
"""
from __future__ import annotations

import os
from pathlib import Path

from designer.errors import DesignerError

Inputs = list[tuple[Path, str]]          # (a file the command reads, what it is in a message)


def check_output(output: str | Path, suffixes: tuple[str, ...], inputs: Inputs, field: str = "--output") -> Path:
    """`output` as a Path once its suffix is one of `suffixes` and it is none of `inputs`;
    otherwise a DesignerError naming the output file and `field`."""
    path = Path(output)
    if path.suffix.lower() not in suffixes:
        raise DesignerError(f"expected a file ending in {' or '.join(suffixes)}", file=path, field=field)
    refuse_overwriting_inputs(path, inputs, field)
    return path


def check_report(report: str | None, *inputs: tuple[str | Path, str]) -> None:
    """A `--json REPORT` option: nothing to check without one, else a .json file none of `inputs`."""
    if report is not None:
        check_output(report, (".json",), [(Path(path), what) for path, what in inputs], "--json")


def refuse_overwriting_inputs(output: Path, inputs: Inputs, field: str = "--output") -> None:
    """A DesignerError when `output` is (also through a link) one of `inputs`."""
    for source, what in inputs:
        if _same_file(output, source):
            raise DesignerError(f"is {what}", file=output, field=field)


def layout_inputs(layout_path: str | Path, layout, template=None) -> Inputs:
    """What a saved layout reads: the file itself, its images, its brand kit and `template`'s file."""
    inputs = [(Path(layout_path), "the input layout")]
    inputs += [(layout.file_path(slot.image), "an image the layout uses")
               for slot in layout.slots.values() if slot.image]
    if layout.brand:
        inputs.append((layout.file_path(layout.brand), "the layout's brand kit"))
    if template is not None and template.source:
        inputs.append((Path(template.source), "the layout's template"))
    return inputs


def _same_file(output: Path, source: Path) -> bool:
    """True when both exist and are the same file (a missing output replaces nothing)."""
    return output.exists() and source.exists() and os.path.samefile(output, source)
