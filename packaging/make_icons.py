"""Draw the app icon with Pillow: PNG in the freedesktop sizes, a Windows .ico and a macOS .icns.

Run once after changing the drawing: `python packaging/make_icons.py`; the results are committed
(packaging/icons/), so a bundle build needs nothing but PyInstaller.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

APP_ID = "io.github.campaign_designer.CampaignDesigner"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
OUT = Path(__file__).resolve().parent / "icons"
GREEN, DARK, YELLOW, PAPER = (0, 110, 58), (0, 70, 36), (255, 205, 40), (255, 253, 246)


def draw(size: int = 1024) -> Image.Image:
    """The icon at `size` px: a flyer with a yellow banner and text lines on a green tile."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 64
    pen.rounded_rectangle((2 * unit, 2 * unit, 62 * unit, 62 * unit), radius=12 * unit, fill=GREEN)
    sheet = (15 * unit, 9 * unit, 49 * unit, 55 * unit)
    pen.rounded_rectangle(sheet, radius=2 * unit, fill=PAPER)
    fold = 9 * unit
    pen.polygon([(sheet[2] - fold, sheet[1]), (sheet[2], sheet[1]), (sheet[2], sheet[1] + fold)], fill=GREEN)
    pen.polygon([(sheet[2] - fold, sheet[1]), (sheet[2] - fold, sheet[1] + fold), (sheet[2], sheet[1] + fold)],
                fill=(214, 226, 214))
    pen.rectangle((sheet[0], 17 * unit, 38 * unit, 25 * unit), fill=YELLOW)
    for top, right in ((31, 44), (37, 44), (43, 36)):
        pen.rounded_rectangle((20 * unit, top * unit, right * unit, (top + 3) * unit), radius=1.5 * unit, fill=DARK)
    return image


def main() -> None:
    master = draw()
    (OUT / "hicolor").mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        master.resize((size, size), Image.LANCZOS).save(folder / f"{APP_ID}.png", optimize=True)
    master.save(OUT / "campaign-designer.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    master.save(OUT / "campaign-designer.icns", sizes=[(s, s) for s in (16, 32, 64, 128, 256, 512, 1024)])


if __name__ == "__main__":
    main()
