"""The editions test data shared by the merge, PDF/VT and batch-output tests: the event flyer's
data columns, one good row per index, the broken rows and their expected reasons, and a CSV
writer in Swedish Excel's dialect. (The `workdir` fixture that uses them is in conftest.py.)"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "layouts" / "examples" / "editions"
HEADER = ["ort", "kandidat", "datum", "tid", "plats", "foto", "lank", "kontakt", "roll"]
PHOTO_WIDTHS = {"foton/a.jpg": 1820, "foton/b.jpg": 1700, "foton/c.jpg": 1600}
QR_RECT_MM = (102, 113, 36, 36)       # the qr frame of a5-event-flyer


def good_row(i: int) -> list[str]:
    photo = list(PHOTO_WIDTHS)[i % 3]
    return [f"Ort{i}", f"Åsa Öberg {i}", f"{i % 28 + 1} maj", "18.00", f"Folkets hus, Ort{i}", photo,
            f"https://exempel.se/anmal?ort=Ort{i}", "borlange@exempel.se", "kandidat"]


BROKEN = {   # row index (0-based data row) -> (row, expected words in the reason)
    3: (lambda r: r[:5] + ["foton/saknas.jpg"] + r[6:], "not found"),
    17: (lambda r: r[:5] + ["../../etc/passwd"] + r[6:], "outside the allowed folders"),
    31: (lambda r: r[:4], "no such cell"),
    45: (lambda r: r[:4] + ["ord " * 250_000] + r[5:], "does not fit"),
    59: (lambda r: r[:6] + ["inte en länk"] + r[7:], "invalid QR/link address"),
    73: (lambda r: [r[0], "Ett namn " * 40] + r[2:], "does not fit"),
    87: (lambda r: r[:5] + ["foton/trasig.jpg"] + r[6:], "damaged"),
    101: (lambda r: r[:5] + [""] + r[6:], "no image given"),
    115: (lambda r: r[:5] + ["/etc/hostname"] + r[6:], "outside the allowed folders"),
    129: (lambda r: r[:6] + ["https://exempel.se/" + "x" * 3000] + r[7:], "QR code"),
}


def write_csv(path: Path, count: int, broken=BROKEN) -> Path:
    """Semicolons, CRLF, Windows-1252 where possible (Swedish Excel); the 1 MB cell as UTF-8 BOM file."""
    lines = [";".join(HEADER)]
    for i in range(count):
        row = good_row(i)
        if i in broken:
            row = broken[i][0](row)
        lines.append(";".join(row))
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path
