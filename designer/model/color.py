"""Named colour swatches with an explicit CMYK definition, an sRGB screen value and an optional spot."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Color:
    """A swatch. `cmyk` and `rgb` are fractions 0..1; `spot` names a Separation ink if set."""

    name: str
    cmyk: tuple[float, float, float, float]
    rgb: tuple[float, float, float]
    spot: str | None = None
    overprint: bool = False

    @property
    def total_ink(self) -> float:
        """Total area coverage in percent (C+M+Y+K)."""
        return round(sum(self.cmyk) * 100, 3)

    @property
    def is_pure_black(self) -> bool:
        """True for 100 % K with no C, M or Y (how black text must be printed)."""
        c, m, y, k = self.cmyk
        return k >= 0.999 and c == m == y == 0

    @property
    def is_white(self) -> bool:
        return not any(self.cmyk) and self.spot is None

    def rgb_hex(self) -> str:
        return "#" + "".join(f"{round(v * 255):02x}" for v in self.rgb)


def rgb_from_hex(text: str) -> tuple[float, float, float]:
    """'#1b7a3d' -> (0.106, 0.478, 0.239). Raises ValueError on anything else."""
    value = text.strip().lstrip("#")
    if len(value) != 6:
        raise ValueError(text)
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


BLACK = Color("black", (0, 0, 0, 1), (0.13, 0.12, 0.12))
REGISTRATION = Color("registration", (1, 1, 1, 1), (0, 0, 0))
PLACEHOLDER_GREY = Color("placeholder", (0, 0, 0, 0.25), (0.75, 0.75, 0.75))
