"""One call from a saved layout to an output file (PDF or PNG), as used by the CLI, GUI and batch.

    result = export_layout(layout, Path("flyer.pdf"), get_preset("coated-offset"))

PDFs follow the printer preset (PDF/X level, profile, bleed, marks, black-text policy,
imposition); PNGs are screen proofs. What may be written is decided by designer.policy: an
error finding blocks a print export (ExportBlocked, nothing written) unless forced, and then a
watermarked proof without any PDF/X claim is written instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from designer.errors import DesignerError
from designer.layout.frames import Document
from designer.model.layout import SavedLayout



@dataclass
class ExportResult:
    """What was written, the engine's warnings, the policy's findings and whether it is a proof."""

    output: Path
    warnings: list
    findings: list = field(default_factory=list)
    proof: bool = False


def export_file(layout_path, output, dpi: float = 150.0, proof: bool = False,
                preset_id: str | None = None, force: bool = False) -> ExportResult:
    """Load `layout_path`, lay it out and write `output` (format from its extension).

    `proof` is an alias of the screen-proof preset; otherwise `preset_id` (default coated offset).
    `force`: when the policy blocks the export, write a watermarked proof instead of failing.
    """
    from designer.io.layout_file import load_layout

    layout = load_layout(layout_path)
    return export_layout(layout, Path(output), export_preset(layout, preset_id, proof), dpi, force=force,
                         source=Path(layout_path).name)


def export_preset(layout: SavedLayout, preset_id: str | None = None, proof: bool = False):
    """The preset an export of `layout` uses: the screen proof for `proof`, else the one named,
    else the default for the layout's template (designer.presets.preset_for_kind)."""
    from designer.layout.engine import brand_for, template_for
    from designer.presets import PROOF_PRESET, get_preset, preset_for_kind

    if proof or preset_id:
        return get_preset(PROOF_PRESET if proof else preset_id)
    return preset_for_kind(None, template_for(layout, brand_for(layout)).kind)


def export_layout(layout: SavedLayout, output: Path, preset=None, dpi: float = 150.0, force: bool = False,
                  source: str = "layout") -> ExportResult:
    """Lay out `layout` for `preset` (default coated-offset PDF/X-4) and write `output` atomically,
    if the export policy allows it (designer.policy).

    Raises ExportBlocked (nothing written) when a finding blocks the export, unless `force`: then
    a proof is written (no PDF/X claim, "KORREKTUR – EJ FÖR TRYCK" across every page).
    """
    return write_checked(check_export(layout, output, preset, source), dpi, force)


@dataclass
class CheckedExport:
    """A layout laid out for one output, with the policy's verdict on it (nothing written yet)."""

    output: Path
    preset: object
    document: Document
    findings: list
    verdict: object


def check_export(layout: SavedLayout, output: Path, preset=None, source: str = "layout") -> CheckedExport:
    """Lay out `layout` for `preset` and `output` and judge it with the export policy."""
    from designer.layout.engine import brand_for, build_document, template_for
    from designer.policy import judge, target_for
    from designer.preflight.layout import check_layout
    from designer.presets import effective_bleed, get_preset

    output = Path(output)
    preset = preset or get_preset()
    brand = brand_for(layout)
    template = template_for(layout, brand)
    document = build_document(layout, template, brand, bleed=effective_bleed(template, preset))
    findings = check_layout(layout, preset, document, template, brand, source=source)
    return CheckedExport(output, preset, document, findings, judge(findings, target_for(output, preset)))


def write_checked(checked: CheckedExport, dpi: float = 150.0, force: bool = False) -> ExportResult:
    """Write a checked export; ExportBlocked (nothing written) if blocked and not `force`."""
    from designer.policy import ExportBlocked

    if checked.verdict.blocked and not force:
        raise ExportBlocked(checked.verdict, checked.output)
    write_document(checked.document, checked.output, dpi=dpi, preset=checked.preset,
                   proof_copy=checked.verdict.blocked)
    return ExportResult(checked.output, checked.document.warnings, checked.findings, proof=checked.verdict.blocked)


def pdf_options(preset, pdfx: bool = True):
    """The renderer's PdfOptions for a preset (`pdfx` False: the same without the PDF/X claim)."""
    from designer.render.images import ImageSettings
    from designer.render.pdf import PdfOptions
    from designer.render.pdfx import PdfxSettings
    from designer.units import mm

    pdfx = PdfxSettings(preset.pdfx, preset.profile, preset.output_condition) if preset.pdfx and pdfx else None
    return PdfOptions(mode="print" if preset.print_mode else "proof", crop_marks=preset.crop_marks,
                      mark_offset=mm(preset.mark_offset_mm),
                      images=ImageSettings(profile=preset.profile, intent=preset.intent), pdfx=pdfx,
                      black_overprint=preset.black_text == "overprint", imposition=preset.imposition)


def write_document(document: Document, output: Path, dpi: float = 150.0, proof: bool = False,
                   preset=None, proof_copy: bool = False) -> None:
    """Write an already laid-out document to `output` (.pdf or .png), atomically.

    PDFs use `preset` (default: coated offset, or screen proof when `proof`). `proof_copy`: a
    forced export of a blocked layout, written in the preset's colours without any PDF/X claim
    and with the proof watermark on every page.
    """
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix == ".pdf":
        from designer.presets import PROOF_PRESET, get_preset
        from designer.render.pdf import write_pdf

        preset = preset or get_preset(PROOF_PRESET if proof else None)
        if proof_copy:
            _write_proof_copy(document, output, preset)
        else:
            write_pdf(document, output, pdf_options(preset))
    elif suffix == ".png":
        from designer.render.raster import write_png

        write_png(document, output, dpi=dpi)
    else:
        raise DesignerError("expected an output file ending in .pdf or .png", file=output, field="output")


def _write_proof_copy(document: Document, output: Path, preset) -> None:
    """The preset's PDF without PDF/X identification, watermarked, written atomically."""
    from designer.io.atomic import atomic_write_bytes
    from designer.policy import WATERMARK
    from designer.render.pdf import render_pdf
    from designer.render.watermark import watermarked

    pdf = render_pdf(document, pdf_options(preset, pdfx=False))
    atomic_write_bytes(output, watermarked(pdf, WATERMARK, cmyk=preset.print_mode))
