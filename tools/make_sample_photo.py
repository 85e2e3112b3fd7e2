"""Generate assets/images/dalalven-morgon.jpg: a painted-style morning landscape (our own work, CC0).

Run: python tools/make_sample_photo.py  (deterministic: fixed random seed)
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

WIDTH, HEIGHT = 4800, 3000     # over 150 ppi on an A1 poster, about 800 ppi on an A5 flyer
SCALE = HEIGHT / 1500            # the drawing was designed at 1500 px high
OUT = Path(__file__).resolve().parent.parent / "assets" / "images" / "dalalven-morgon.jpg"


def ridge(rng, base, amplitude, roughness):
    """A 1-D fractal ridge line (y per x column)."""
    line = np.zeros(WIDTH)
    for octave in range(7):
        points = 4 * 2 ** octave
        knots = rng.uniform(-1, 1, points + 1)
        line += np.interp(np.linspace(0, points, WIDTH), np.arange(points + 1), knots) * amplitude * roughness ** octave
    return base + line


def main():
    rng = np.random.default_rng(2026)
    y = np.linspace(0, 1, HEIGHT)[:, None]
    x = np.linspace(0, 1, WIDTH)[None, :]
    sky_top, sky_low = np.array([70, 120, 175]), np.array([250, 214, 160])
    sky = sky_top + (sky_low - sky_top) * (y ** 0.8)[..., None]
    sun_x, sun_y = 0.68, 0.42
    dist = np.sqrt(((x - sun_x) * WIDTH / HEIGHT) ** 2 + (y - sun_y) ** 2)
    glow = np.exp(-dist * 6)[..., None]
    image = sky * (1 - glow * 0.6) + np.array([255, 236, 190]) * glow * 0.6
    image[dist < 0.045] = [255, 246, 220]
    rows = np.arange(HEIGHT)[:, None]
    layers = [(0.50, 60, (120, 150, 150)), (0.58, 70, (72, 110, 95)), (0.68, 60, (40, 84, 62)),
              (0.80, 45, (22, 58, 40))]
    for base, amp, color in layers:
        line = ridge(rng, base * HEIGHT, amp * SCALE, 0.55)
        mask = rows > line[None, :]
        haze = np.clip((rows - line[None, :]) / (400 * SCALE), 0, 1)[..., None]
        tone = np.array(color) * (1 - 0.25 * haze)
        image = np.where(mask[..., None], tone, image)
        if base == 0.68:
            river_mask = (rows > HEIGHT * 0.74) & (rows < HEIGHT * 0.74 + (40 + 60 * x) * SCALE) & mask
            reflect = sky[::-1][:HEIGHT] * 0.85
            image = np.where(river_mask[..., None], reflect, image)
    noise = rng.normal(0, 3.5, (HEIGHT, WIDTH, 1))
    image = np.clip(image + noise, 0, 255).astype(np.uint8)
    picture = Image.fromarray(image, "RGB").filter(ImageFilter.GaussianBlur(1.2 * SCALE))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    picture.save(OUT, "JPEG", quality=90, dpi=(150, 150))   # nominal size 81 × 51 cm


if __name__ == "__main__":
    main()
