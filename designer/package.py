"""The print-shop package: one zip with everything needed to print now and reorder next year.

    job.zip
      <name>.pdf              the print PDF for the preset
      preflight.pdf           the preflight report (Swedish and English)
      proof.png               a low-resolution screen proof
      job-ticket.txt / .json  format, pages, paper, colours, quantity, finishing
      layout/<name>.json      the saved layout, image paths rewritten to layout/images/...
      layout/images/...       the images it uses, each opened and checked as an image first
      layout/<id>.json        its template, when it is not a shipped one
      layout/brand/...        its brand kit and the fonts that are not shipped, when the kit is its own
Only what belongs is packed: a layout naming something that is not an image (a private file,
/etc/passwd) stops the package with an error naming the layout file and field. The job ticket
lists every file in the zip. Written atomically; the zip is deterministic (entry dates are the
layout's date). The export policy (designer.policy) applies: a layout that may not be printed
is not packaged.
"""
from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

from designer import paths
from designer.batch.naming import safe_name
from designer.io.jsonfile import MAX_JSON_BYTES
from designer.io.limited import read_limited
from designer.layout.fonts import MAX_FONT_BYTES
from designer.units import to_mm

PROOF_DPI = 50.0
SAFE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def make_package(layout_path, output, preset, quantity: int | None = None) -> Path:
    """Write the package zip for `layout_path` printed with `preset`; returns the zip path."""
    from designer.export import export_layout
    from designer.io.atomic import atomic_write_bytes
    from designer.io.layout_file import load_layout
    from designer.io.outputs import check_output, layout_inputs
    from designer.layout.engine import brand_for, build_document, template_for
    from designer.presets import effective_bleed
    from designer.preflight.pdf import check_pdf
    from designer.preflight.report import report_pdf
    from designer.render.raster import png_bytes

    layout_path, output = Path(layout_path), Path(output)
    layout = load_layout(layout_path)
    check_output(output, (".zip",), layout_inputs(layout_path, layout))     # never over the layout or its images
    name = Path(preset.output_name(layout.title, layout.template, layout.date)).stem
    with tempfile.TemporaryDirectory(prefix="designer-package-") as folder:
        pdf = Path(folder) / f"{name}.pdf"
        result = export_layout(layout, pdf, preset, source=layout_path.name)   # the policy decides first
        entries: dict[str, bytes] = layout_entries(layout, layout_path)
        findings = result.findings + check_pdf(pdf, preset, Path(folder) / "ink")
        entries[pdf.name] = pdf.read_bytes()
        for overlay in sorted((Path(folder) / "ink").glob("*.png")):
            entries[f"ink/{overlay.name}"] = overlay.read_bytes()
    brand = brand_for(layout)
    template = template_for(layout, brand)
    bleed = effective_bleed(template, preset)
    document = build_document(layout, template, brand, bleed=bleed)
    entries["preflight.pdf"] = report_pdf(findings, document.title, preset, layout.date)
    entries["proof.png"] = png_bytes(document, PROOF_DPI)
    ticket = job_ticket(document, layout, preset, quantity, pdf.name)
    ticket["files"] = [{"name": key, "bytes": len(value)} for key, value in sorted(entries.items())]
    entries["job-ticket.json"] = (json.dumps(ticket, ensure_ascii=False, indent=2) + "\n").encode()
    entries["job-ticket.txt"] = ticket_text(ticket).encode()
    atomic_write_bytes(output, zip_bytes(entries, layout.date))
    return output


def job_ticket(document, layout, preset, quantity: int | None, pdf_name: str) -> dict:
    """Format, pages, paper, colours, quantity and finishing, as the print shop reads them."""
    from designer.layout.engine import brand_for, template_for

    template = template_for(layout, brand_for(layout))
    page = document.pages[0]
    spots = sorted({c.spot for p in document.pages for i in p.items
                    for c in (getattr(i, "color", None), getattr(i, "fill", None)) if c and c.spot})
    folds = [round(to_mm(f), 1) for p in document.pages for f in p.fold_marks]
    colours = ("CMYK 4/0" if len(document.pages) == 1 else "CMYK 4/4") if preset.print_mode else "RGB"
    return {"title": document.title, "file": pdf_name, "preset": preset.id,
            "pdfx": preset.pdfx, "profile": preset.profile.name if preset.print_mode else None,
            "format_mm": [round(to_mm(page.width), 1), round(to_mm(page.height), 1)],
            "bleed_mm": round(to_mm(document.pages[0].bleed), 1) if preset.print_mode else 0, "pages": len(document.pages), "paper": template.paper,
            "colours": colours + (" + " + ", ".join(spots) if spots else ""),
            "quantity": quantity, "finishing": {"folds_mm": folds, "trim": True},
            "date": layout.date[:10]}


def ticket_text(ticket: dict) -> str:
    """The job ticket as plain Swedish text with a blank for the quantity; a title or name cannot
    add lines (control characters become spaces)."""
    folds = ", ".join(f"{f} mm" for f in ticket["finishing"]["folds_mm"]) or "inga"
    quantity = ticket["quantity"] if ticket["quantity"] else "________"
    lines = [
        f"Arbetsorder: {ticket['title']}", f"Fil: {ticket['file']} ({ticket['pdfx'] or 'PDF'})",
        f"Format: {ticket['format_mm'][0]:g} × {ticket['format_mm'][1]:g} mm, utfall {ticket['bleed_mm']:g} mm",
        f"Sidor: {ticket['pages']}", f"Papper: {ticket['paper']}",
        f"Färger: {ticket['colours']} ({ticket['profile'] or '-'})", f"Upplaga: {quantity} ex",
        f"Efterbehandling: skärning till slutformat; falsar: {folds}", f"Datum: {ticket['date']}",
        "Filer i paketet:", *(f"  {f['name']} ({f['bytes']} byte)" for f in ticket.get("files", ())),
        "  job-ticket.json, job-ticket.txt", ""]
    return "\n".join(CONTROL.sub(" ", line) for line in lines)


def layout_entries(layout, layout_path: Path) -> dict[str, bytes]:
    """The saved layout and its images, with image paths relative inside the zip, plus its
    template and brand kit (with their fonts and images) when they are not shipped ones, so the
    packed layout opens again anywhere. Every image is opened and checked first; anything that
    is not a readable image raises a DesignerError."""
    from designer.io.layout_file import layout_to_dict
    from designer.layout.engine import brand_for, resolve_path, template_for

    entries, renamed = {}, {}

    def packed_image(source: Path, field: str, shown: str) -> str:
        if source not in renamed:
            content = verified_image(source, layout_path, field, shown)
            renamed[source] = image_entry(len(renamed) + 1, source)
            entries[f"layout/{renamed[source]}"] = content
        return renamed[source]

    data = layout_to_dict(layout)
    for frame_id, slot in sorted(data["slots"].items()):
        if slot.get("image"):
            slot["image"] = packed_image(resolve_path(layout, slot["image"]), f"slots.{frame_id}.image",
                                         slot["image"])
    brand = brand_for(layout)
    template = template_for(layout, brand)
    name = safe_name(layout_path.stem, ".json")
    if not _shipped(template.source, paths.LAYOUTS):
        entries.update(template_entry(template, layout, name, packed_image))
    if layout.brand and not _shipped(brand.source, paths.BRAND):
        data["brand"] = "brand/brand.json"
        entries.update(brand_entries(brand))
    entries[f"layout/{name}"] = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
    return entries


def _shipped(source: str, folder: Path) -> bool:
    return Path(source).resolve().is_relative_to(folder.resolve())


def template_entry(template, layout, layout_name: str, packed_image) -> dict[str, bytes]:
    """A user's template as `layout/<id>.json` (found there by the layout beside it; named
    template-<id>.json if the layout has that name), the default images the layout shows (its
    own image not set) packed and re-pointed."""
    data = json.loads(read_limited(template.source, MAX_JSON_BYTES))
    folder = Path(template.source).parent
    for page in data.get("pages", []):
        for frame in page.get("frames", []):
            default = frame.get("default") or {}
            if default.get("image") and layout.slot(frame.get("id")).image is None:
                default["image"] = packed_image(folder / default["image"], f"{Path(template.source).name}: "
                                                f"frames.{frame.get('id')}.default.image", default["image"])
    name = safe_name(template.id, ".json")
    name = f"template-{name}" if name == layout_name else name
    return {f"layout/{name}": (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()}


def brand_entries(brand) -> dict[str, bytes]:
    """A user's brand kit as `layout/brand/brand.json` with the fonts it does not take from the
    shipped ones beside it (their names made safe and the kit re-pointed to them)."""
    data = json.loads(read_limited(brand.source, MAX_JSON_BYTES))
    entries = {}
    sections = [data.get("fonts", {}), *data.get("script_fonts", {}).values()]
    resolved = [brand.fonts, *brand.script_fonts.values()]
    for section, paths_by_key in zip(sections, resolved):
        for key, path in paths_by_key.items():
            if key in section and not _shipped(str(path), paths.FONTS):
                suffix = Path(path).suffix if SAFE_SUFFIX.fullmatch(Path(path).suffix) else ".ttf"
                packed = safe_name(Path(path).stem, suffix)
                entries[f"layout/brand/{packed}"] = read_limited(path, MAX_FONT_BYTES)
                section[key] = packed
    entries["layout/brand/brand.json"] = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
    return entries


def image_entry(number: int, source: Path) -> str:
    """`images/01-photo.jpg`: the image's name made safe for every unzip tool (no separators,
    `..` or control characters; an odd suffix becomes .img)."""
    suffix = source.suffix if SAFE_SUFFIX.fullmatch(source.suffix) else ".img"
    return f"images/{number:02d}-{safe_name(source.stem, suffix)}"


def verified_image(source: Path, layout_path: Path, field: str, name: str) -> bytes:
    """The bytes of `source` once they have been decoded as an image (format, size and pixels);
    a DesignerError naming the layout file and field otherwise. Read once, checked on those bytes."""
    from PIL import Image

    from designer import messages
    from designer.errors import DesignerError
    from designer.layout.images import ImageProblem, image_info

    refuse = DesignerError(messages.text("package_not_image", "en", name=str(name)[:80]), file=layout_path,
                           field=field)
    try:
        image_info(source)                    # size and pixel limits, allowed formats
        content = source.read_bytes()
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
    except (ImageProblem, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise refuse from None
    return content


def zip_bytes(entries: dict[str, bytes], date_text: str) -> bytes:
    """A deterministic zip: sorted names, fixed dates (clamped to the 1980–2107 zip can hold), deflated."""
    stamp = tuple(int(v) for v in (date_text[:4], date_text[5:7], date_text[8:10], 0, 0, 0))
    stamp = min(max(stamp, (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 0, 0, 0))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()
