"""Any input gives a manifesto or a DesignerError, deterministically, and big files stay fast."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.errors import DesignerError
from designer.importers import import_file, import_text, import_with_notes
from designer.model.manifesto import Manifesto
from designer.paths import MANIFESTO

BROCHURE_LINES = [
    "", "", "Vi vill:", "•\tGöra satsningar på att utveckla ledar-", "\t skap i skolan",
    "En skola där varje elev", "når sin fulla potential", "KARIN örjes", "NYTT LEDARSKAP",
    "Sida 3", "3 (12)", "- punkt", "1. första", "2047 Science Center", "gång-", "och cykelvägar",
    "Sören Hellberg, Karin Örjes och Oscar Sjökvist.", "Framåt!", "# Rubrik", "> citat",
    "Det här är en vanlig rad med brödtext som fortsätter på nästa rad och",
    "\ufb01na\u00ad ord\u00a0här",
]
fast = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])


def outcome(path: Path):
    try:
        result = import_with_notes(path)
    except DesignerError as exc:
        return ("error", exc.located())
    assert isinstance(result.manifesto, Manifesto)
    return ("ok", result.manifesto.to_dict(), [str(n) for n in result.notes])


def import_bytes_twice(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"program{suffix}"
        path.write_bytes(data)
        first = outcome(path)
        assert outcome(path) == first
        return first


@fast
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".docx", ".pdf", ""]))
def test_any_bytes(data, suffix):
    import_bytes_twice(data, suffix)


@fast
@given(st.text(max_size=1500), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252"]))
def test_any_text_in_any_encoding(text, encoding):
    import_bytes_twice(text.encode(encoding, errors="replace"), ".txt")


@fast
@given(st.lists(st.sampled_from(BROCHURE_LINES), max_size=60), st.sampled_from([None, True, False]))
def test_brochure_like_text(lines, markdown):
    text = "\n".join(lines)
    first = import_text(text, markdown=markdown)
    second = import_text(text, markdown=markdown)
    assert first.manifesto.to_dict() == second.manifesto.to_dict()
    ids = [s.id for s in first.manifesto.sections]
    assert len(ids) == len(set(ids))


def test_utf16_and_mixed_encodings_decode():
    text = "Skola\n\nVi vill göra mer för äldre och för skolan i hela kommunen varje\ndag året om.\n"
    for data in (text.encode("utf-16-le"), text.encode("utf-16-be"), b"\xef\xbb\xbf" + text.encode(),
                 text.encode("cp1252"), text.encode() + "ö".encode("cp1252")):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "p.txt"
            path.write_bytes(data)
            assert import_file(path).sections[0].title == "Skola", data[:20]


def test_binary_junk_is_refused_plainly(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 50)
    kind, message = outcome(path)
    assert kind == "error" and "does not look like a text file" in message


def test_a_brochure_up_to_the_text_limit_imports_whole_and_ten_megabytes_is_refused(tmp_path):
    from designer.importers.chars import MAX_TEXT_CHARS

    seed = (MANIFESTO / "borlange-brochure.txt").read_text(encoding="utf-8")
    path = tmp_path / "big.txt"
    path.write_text(seed * (MAX_TEXT_CHARS // len(seed)), encoding="utf-8")
    manifesto = import_file(path)
    assert len(manifesto.sections) > 300
    assert manifesto.sections[-1].title == "Företagande är en förutsättning för en välmående kommun"
    path.write_text(seed * (10 * 2**20 // len(seed) + 1), encoding="utf-8")
    kind, message = outcome(path)
    assert kind == "error" and message.startswith("big.txt: the file holds more than 1 000 000 characters")


def test_file_over_twenty_megabytes_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21 * 2**20)
    kind, message = outcome(path)
    assert kind == "error" and "larger than 20 MB" in message


def test_missing_file_and_folder(tmp_path):
    assert outcome(tmp_path / "nope.txt") == ("error", "nope.txt: file not found")
    assert outcome(tmp_path)[1].endswith("is a folder, not a file")
