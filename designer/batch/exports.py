"""Batch export: many saved layout files (names, globs, folders) -> one PDF each in one folder."""
from __future__ import annotations

import glob
import logging
from pathlib import Path
from typing import Iterator

from designer import __version__
from designer.batch.jobs import Job, Record
from designer.batch.manifest import Manifest, file_identity, input_key
from designer.batch.naming import NameAllocator, safe_name
from designer.errors import DesignerError

log = logging.getLogger(__name__)


def expand_inputs(patterns: list[str]) -> list[Path]:
    """Layout files named by paths, globs (`flyers/*.json`, `**`) or folders (their *.json), in
    the order given, each once. Nothing found raises DesignerError."""
    found: dict[Path, None] = {}
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            matches = sorted(path.glob("*.json"))
        elif glob.has_magic(pattern):
            matches = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
        else:
            matches = [path]
        for match in matches:
            found.setdefault(match, None)
    if not found:
        raise DesignerError(f"no saved layouts found in {' '.join(patterns)}", field="LAYOUT")
    return list(found)


def export_jobs(inputs: list[Path], out_dir: Path, preset: str | None,
                manifest: Manifest | None = None) -> Iterator[Job | Record]:
    """One Job per layout file (output: its name with .pdf), or a skipped Record if up to date."""
    names = NameAllocator()
    for index, path in enumerate(inputs):
        output = out_dir / names.take(safe_name(path.stem))
        key = input_key(file_identity(path.resolve()), _sources(path), preset, __version__)
        if manifest is not None and manifest.up_to_date(output, key):
            yield Record(index, str(path), str(output), "skipped", key=key)
        else:
            yield Job(index, str(path), str(output), key, preset=preset)


def _sources(path: Path) -> list:
    """The identities of the files the layout at `path` is made from (designer.batch.sources);
    none for a layout that cannot be read: its job fails and says why."""
    from designer.batch.sources import image_sources, style_sources
    from designer.io.layout_file import load_layout
    from designer.layout.engine import brand_for, template_for

    try:
        layout = load_layout(path)
        brand = brand_for(layout)
        template = template_for(layout, brand)
    except DesignerError as exc:
        log.debug("%s: no sources for the resume key: %s", path, exc)
        return []
    return [style_sources(template, brand), image_sources(layout, template)]
