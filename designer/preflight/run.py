"""Preflight a file by its type: a PDF is checked as written; a layout is checked, rendered with
the preset into a temporary PDF and that PDF checked too."""
from __future__ import annotations

import tempfile
from pathlib import Path

from designer.errors import DesignerError
from designer.preflight.findings import Finding


def preflight_file(path: Path, preset, overlay_dir: Path | None = None) -> list[Finding]:
    """Findings for a .pdf or a saved layout .json (`overlay_dir` receives ink overlays)."""
    from designer.preflight.pdf import check_pdf

    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return check_pdf(path, preset, overlay_dir)
    if suffix != ".json":
        raise DesignerError("expected a .pdf or a saved layout .json", file=path, field="file")
    return preflight_layout(path, preset, overlay_dir)


def preset_for(path: Path, preset_id: str | None):
    """The preset named `preset_id`; without one: for a PDF, a preset of the PDF/X level (and
    output condition) the file itself declares; screen proof for a layout on a screen template
    (social images are never printed); the default print preset for everything else."""
    from designer.presets import get_preset

    if preset_id is None and path.suffix.lower() == ".pdf":
        from designer.preflight.pdf import preset_for_pdf

        return preset_for_pdf(path)
    if preset_id is None and path.suffix.lower() == ".json":
        from designer.export import export_preset
        from designer.io.layout_file import load_layout

        return export_preset(load_layout(path))
    return get_preset(preset_id)


def preflight_layout(path: Path, preset, overlay_dir: Path | None = None) -> list[Finding]:
    """Layout findings plus the findings of the PDF the preset would produce."""
    from designer.export import pdf_options
    from designer.io.layout_file import load_layout
    from designer.layout.engine import brand_for, build_document, template_for
    from designer.preflight.layout import check_layout
    from designer.preflight.pdf import check_pdf
    from designer.presets import effective_bleed
    from designer.render.pdf import write_pdf

    layout = load_layout(path)
    brand = brand_for(layout)
    template = template_for(layout, brand)
    document = build_document(layout, template, brand, bleed=effective_bleed(template, preset))
    findings = check_layout(layout, preset, document, template, brand, source=path.name)
    with tempfile.TemporaryDirectory(prefix="designer-preflight-") as folder:
        pdf = Path(folder) / f"{path.stem}.pdf"
        write_pdf(document, pdf, pdf_options(preset))
        findings += check_pdf(pdf, preset, overlay_dir)
    return findings
