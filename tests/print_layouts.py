"""Shared helpers for the print tests: bad layouts built in a temporary folder, CMYK ink renders."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PIL import Image

from designer.io.layout_file import layout_from_dict, load_layout

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = ROOT / "layouts" / "examples" / "skola-a5.json"


def school():
    return load_layout(SCHOOL)


def layout_with(tmp: Path, **slots):
    """The school flyer with some slots replaced (dicts as in the layout file), based in `tmp`."""
    import json

    data = json.loads(SCHOOL.read_text(encoding="utf-8"))
    data["slots"]["photo"]["image"] = str(ROOT / "assets" / "images" / "dalalven-morgon.jpg")
    for frame_id, slot in slots.items():
        data["slots"][frame_id] = slot
    path = tmp / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return layout_from_dict(data, base_dir=tmp), path


def small_photo(tmp: Path, size=(160, 60), mode="RGB") -> str:
    """A low-resolution image file (gradient) in `tmp`."""
    image = Image.linear_gradient("L").resize(size).convert(mode)
    path = tmp / f"small-{mode}.png"
    image.save(path)
    return str(path)


def cmyk_pages(pdf: Path, dpi: int = 50) -> list[Image.Image]:
    """Every page rendered by Ghostscript as CMYK (tiff32nc), independent of the code under test."""
    out = pdf.parent / f"{pdf.stem}-gs"
    out.mkdir(exist_ok=True)
    subprocess.run([shutil.which("gs"), "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiff32nc",
                    "-dUseBleedBox", f"-r{dpi}", f"-sOutputFile={out}/p%02d.tif", str(pdf)], check=True, timeout=120)
    return [Image.open(p).convert("CMYK") for p in sorted(out.glob("p*.tif"))]


def max_ink(image: Image.Image) -> float:
    """The highest total ink (C+M+Y+K, percent) of any pixel."""
    data = image.tobytes()
    return max(sum(data[i:i + 4]) for i in range(0, len(data), 4)) / 2.55
