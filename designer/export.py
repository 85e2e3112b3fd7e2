"""One call from a saved layout file to an output file (PDF or PNG), as used by the CLI and GUI."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from designer.errors import DesignerError
from designer.layout.frames import Document


@dataclass
class ExportResult:
    output: Path
    warnings: list


def export_file(layout_path, output, dpi: float = 150.0, proof: bool = False) -> ExportResult:
    """Load `layout_path`, lay it out and write `output` (format from its extension)."""
    from designer.io.layout_file import load_layout
    from designer.layout.engine import build_document

    output = Path(output)
    document = build_document(load_layout(layout_path))
    write_document(document, output, dpi=dpi, proof=proof)
    return ExportResult(output, document.warnings)


def write_document(document: Document, output: Path, dpi: float = 150.0, proof: bool = False) -> None:
    """Write an already laid-out document to `output` (.pdf or .png), atomically."""
    suffix = output.suffix.lower()
    if suffix == ".pdf":
        from designer.render.pdf import PdfOptions, write_pdf

        write_pdf(document, output, PdfOptions(mode="proof" if proof else "print"))
    elif suffix == ".png":
        from designer.render.raster import write_png

        write_png(document, output, dpi=dpi)
    else:
        raise DesignerError("expected an output file ending in .pdf or .png", file=output, field="output")
