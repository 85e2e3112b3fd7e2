"""Printer presets: shipped set, schema, user presets (broken ones skipped), clear errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import ImageCms

from designer import paths
from designer.errors import DesignerError
from designer.io.jsonfile import validate
from designer.presets import get_preset, load_preset, load_presets, user_preset_dir
from designer.units import mm, to_mm

ROOT = Path(__file__).resolve().parent.parent


def preset_data(**changes) -> dict:
    data = json.loads((paths.ASSETS / "presets" / "coated-offset.json").read_text(encoding="utf-8"))
    data.update(id="mitt-tryckeri", name="Mitt tryckeri")
    data.update(changes)
    return data


def test_shipped_presets_validate_and_match_the_norms():
    for path in sorted((paths.ASSETS / "presets").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        validate(data, "preset", path)
        assert path.stem == data["id"]          # get_preset reads <id>.json alone
    presets = load_presets().presets
    assert set(presets) == {"coated-offset", "uncoated-offset", "digital-print", "office-printer",
                            "screen-proof"}
    coated = get_preset()
    assert (coated.id, coated.pdfx, coated.profile.name, coated.bleed_mm, coated.max_ink, coated.min_ppi) == \
        ("coated-offset", "x4", "CoatedFOGRA39L.icc", 3, 300, 300)
    assert get_preset("uncoated-offset").pdfx == "x1a"
    office = get_preset("office-printer")
    assert office.bleed_mm == 0 and round(to_mm(office.imposition.margin)) == 5
    assert office.imposition.plan(mm(148), mm(210)).copies == 2
    proof = get_preset("screen-proof")
    assert proof.color == "rgb" and not proof.crop_marks and proof.pdfx is None


def test_user_preset_added_and_broken_one_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path))
    folder = user_preset_dir()
    folder.mkdir(parents=True)
    (folder / "mine.json").write_text(json.dumps(preset_data(bleed_mm=5)), encoding="utf-8")
    (folder / "broken.json").write_text(json.dumps(preset_data(id="trasig", max_ink="mycket")),
                                        encoding="utf-8")
    catalog = load_presets()
    assert catalog.presets["mitt-tryckeri"].bleed_mm == 5
    assert "trasig" not in catalog.presets
    assert catalog.problems == ["broken.json: max_ink: expected a total-ink limit in percent from 100 to 400"]
    assert get_preset("mitt-tryckeri").bleed == pytest.approx(5 * 72 / 25.4)


def test_user_supplied_cmyk_profile_beside_the_preset(tmp_path):
    (tmp_path / "shop.icc").write_bytes((paths.ICC / "UncoatedFOGRA29L.icc").read_bytes())
    path = tmp_path / "p.json"
    path.write_text(json.dumps(preset_data(profile="shop.icc")), encoding="utf-8")
    assert load_preset(path).profile == (tmp_path / "shop.icc").resolve()


@pytest.mark.parametrize("profile,expected", [
    ("sRGB.icc", "p.json: profile: sRGB.icc: expected a CMYK profile, got RGB"),
    ("corrupt.icc", "p.json: profile: corrupt.icc: not a readable ICC profile"),
    ("missing.icc", "p.json: profile: colour profile 'missing.icc' not found"),
])
def test_bad_profile_is_a_one_line_error(tmp_path, profile, expected):
    (tmp_path / "corrupt.icc").write_bytes(b"acsp" * 40)
    (tmp_path / "sRGB.icc").write_bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    path = tmp_path / "p.json"
    path.write_text(json.dumps(preset_data(profile=profile)), encoding="utf-8")
    with pytest.raises(DesignerError) as info:
        load_preset(path)
    assert info.value.located().startswith(expected)
    assert "\n" not in info.value.located()


def test_unknown_preset():
    with pytest.raises(DesignerError, match="unknown preset 'nope' \\(available: coated-offset"):
        get_preset("nope")


def test_cli_presets_json_and_table():
    out = subprocess.run([sys.executable, "-m", "designer", "presets", "--json"], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    rows = {row["id"]: row for row in json.loads(out.stdout)}
    assert rows["coated-offset"] == {"id": "coated-offset", "name": rows["coated-offset"]["name"], "pdfx": "x4",
                                     "bleed_mm": 3, "profile": "CoatedFOGRA39L.icc", "max_ink": 300,
                                     "min_ppi": 300}
    assert rows["uncoated-offset"]["pdfx"] == "x1a" and rows["screen-proof"]["pdfx"] is None
    table = subprocess.run([sys.executable, "-m", "designer", "presets"], capture_output=True, text=True,
                           cwd=ROOT, check=True).stdout
    assert "coated-offset" in table and "FOGRA29" in table
    bad = subprocess.run([sys.executable, "-m", "designer", "export", "layouts/examples/skola-a5.json",
                          "-o", "/tmp/never.pdf", "--preset", "nope"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "unknown preset 'nope'" in bad.stderr
