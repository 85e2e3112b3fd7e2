"""One call from a saved layout to an output file (PDF or PNG), as used by the CLI, GUI and batch.

    result = export_layout(layout, Path("flyer.pdf"), get_preset("coated-offset"))

PDFs follow the printer preset (PDF/X level, profile, bleed, marks, black-text policy,
imposition); PNGs are screen proofs. A missing or placeholder printer line (tryckort) blocks
every export meant for paper.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from designer.errors import DesignerError, ExportError
from designer.layout.frames import Document
from designer.model.layout import SavedLayout

BLOCKING = {"printer_line_missing"}


@dataclass
class ExportResult:
    """What was written, the engine's warnings and the preflight findings of the layout."""

    output: Path
    warnings: list
    findings: list = field(default_factory=list)


def export_file(layout_path, output, dpi: float = 150.0, proof: bool = False,
                preset_id: str | None = None) -> ExportResult:
    """Load `layout_path`, lay it out and write `output` (format from its extension).

    `proof` is an alias of the screen-proof preset; otherwise `preset_id` (default coated offset).
    """
    from designer.io.layout_file import load_layout
    from designer.presets import PROOF_PRESET, get_preset

    preset = get_preset(PROOF_PRESET if proof else preset_id)
    return export_layout(load_layout(layout_path), Path(output), preset, dpi)


def export_layout(layout: SavedLayout, output: Path, preset=None, dpi: float = 150.0) -> ExportResult:
    """Lay out `layout` for `preset` (default coated-offset PDF/X-4) and write `output` atomically.

    Raises ExportError when the printer line is missing and the preset is meant for paper.
    """
    from designer.layout.engine import brand_for, build_document, template_for
    from designer.preflight.layout import check_layout
    from designer.presets import get_preset

    output = Path(output)
    preset = preset or get_preset()
    brand = brand_for(layout)
    template = template_for(layout, brand)
    document = build_document(layout, template, brand, bleed=preset.bleed if preset.print_mode else None)
    findings = check_layout(layout, preset, document, template, brand)
    if output.suffix.lower() == ".pdf" and preset.needs_printer_line:
        blocking = [f for f in findings if f.code in BLOCKING]
        if blocking:
            raise ExportError(f"{blocking[0].message_en} (frame {blocking[0].frame_id})", file=output,
                              field="printer-line")
    write_document(document, output, dpi=dpi, preset=preset)
    return ExportResult(output, document.warnings, findings)


def pdf_options(preset):
    """The renderer's PdfOptions for a preset."""
    from designer.render.images import ImageSettings
    from designer.render.pdf import PdfOptions
    from designer.render.pdfx import PdfxSettings
    from designer.units import mm

    pdfx = PdfxSettings(preset.pdfx, preset.profile, preset.output_condition) if preset.pdfx else None
    return PdfOptions(mode="print" if preset.print_mode else "proof", crop_marks=preset.crop_marks,
                      mark_offset=mm(preset.mark_offset_mm),
                      images=ImageSettings(profile=preset.profile, intent=preset.intent), pdfx=pdfx,
                      black_overprint=preset.black_text == "overprint", imposition=preset.imposition)


def write_document(document: Document, output: Path, dpi: float = 150.0, proof: bool = False,
                   preset=None) -> None:
    """Write an already laid-out document to `output` (.pdf or .png), atomically.

    PDFs use `preset` (default: coated offset, or screen proof when `proof`).
    """
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix == ".pdf":
        from designer.presets import PROOF_PRESET, get_preset
        from designer.render.pdf import write_pdf

        preset = preset or get_preset(PROOF_PRESET if proof else None)
        write_pdf(document, output, pdf_options(preset))
    elif suffix == ".png":
        from designer.render.raster import write_png

        write_png(document, output, dpi=dpi)
    else:
        raise DesignerError("expected an output file ending in .pdf or .png", file=output, field="output")
