"""The wheel is self-contained: built, installed into a fresh venv and run far from the checkout.

The venv sees the machine's site-packages (the dependencies are there; nothing is downloaded),
so each test first proves that `designer` is imported from the venv and not from this checkout or
the machine's editable install. Commands run from a temporary folder without PYTHONPATH.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pikepdf
import pytest
from tests.pdf_checks import box_mm, content_operators, fonts, image_colorspaces, is_embedded, RGB_OPERATORS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("designer", "assets", "layouts", "pyproject.toml", "README.md", "LICENSE")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built offline from a copy of the sources (the checkout stays clean)."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
          "-w", str(dist), str(source)], cwd=source)
    [built] = dist.glob("designer-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; returns its bin folder."""
    folder = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--system-site-packages", str(folder)])
    bin_dir = folder / "bin"
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--no-deps", "--no-build-isolation", "-q",
          "--force-reinstall", str(wheel)])
    return bin_dir


@pytest.fixture
def elsewhere(tmp_path, monkeypatch) -> Path:
    """A working folder outside the checkout."""
    assert not tmp_path.resolve().is_relative_to(ROOT)
    return tmp_path


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return env


def _run(command: list[str], cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd or Path("/"), env=_env(), capture_output=True, text=True,
                            timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def _installed(venv: Path, expression: str, cwd: Path) -> str:
    """`expression` evaluated by the venv's Python with `designer.paths` imported."""
    return _run([str(venv / "python"), "-c", f"from designer import paths; print({expression})"],
                cwd=cwd).stdout.strip()


def test_the_wheel_holds_the_data_and_leaves_qt_to_the_gui_extra(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    for shipped in ("assets/fonts/OpenSans-Regular.ttf", "assets/icc/CoatedFOGRA39L.icc",
                    "assets/presets/coated-offset.json", "assets/brand/default.json",
                    "assets/manifesto/borlange.json", "assets/images/dalalven-morgon.jpg",
                    "layouts/a5-flyer.json", "layouts/examples/skola-a5.json"):
        assert f"designer/_data/{shipped}" in names, shipped
    requirements = [line.split(":", 1)[1].strip() for line in metadata.splitlines()
                    if line.startswith("Requires-Dist:")]
    qt = [r for r in requirements if r.lower().startswith("pyside6")]
    assert qt and all('extra == "gui"' in r for r in qt), qt
    assert not any(r.lower().startswith(("pypdf ", "pypdf>", "pytest-benchmark")) for r in requirements)


def test_the_installed_package_runs_from_the_venv_not_the_checkout(venv, elsewhere):
    location = Path(_installed(venv, "__import__('designer').__file__", elsewhere))
    assert location.is_relative_to(venv.parent), location
    for folder in ("ASSETS", "LAYOUTS"):
        data = Path(_installed(venv, f"paths.{folder}", elsewhere))
        assert data.is_relative_to(venv.parent) and data.is_dir(), data
    version = _run([str(venv / "designer"), "--version"], cwd=elsewhere).stdout.strip()
    assert version == f"designer {_checkout_version()}"


def test_the_installed_app_lists_the_templates(venv, elsewhere):
    result = _run([str(venv / "designer"), "templates", "--json"], cwd=elsewhere)
    templates = json.loads(result.stdout)
    assert len(templates) >= 12
    assert len(templates) == len(list((ROOT / "layouts").glob("*.json")))


def test_the_installed_app_exports_a_shipped_example_as_pdfx4(venv, elsewhere):
    example = Path(_installed(venv, "paths.EXAMPLES / 'skola-a5.json'", elsewhere))
    assert example.is_relative_to(venv.parent)
    output = elsewhere / "skola.pdf"
    _run([str(venv / "designer"), "export", str(example), "-o", str(output)], cwd=elsewhere)
    with pikepdf.open(output) as pdf:
        assert pdf.pdf_version == "1.6"
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFX" and intent.DestOutputProfile.N == 4
        assert intent.DestOutputProfile.read_bytes() == (ROOT / "assets/icc/CoatedFOGRA39L.icc").read_bytes()
        with pdf.open_metadata() as xmp:
            assert xmp["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        for page in pdf.pages:
            trim, bleed = box_mm(page, "/TrimBox"), box_mm(page, "/BleedBox")
            assert round(trim[2] - trim[0]) == 148 and round(trim[3] - trim[1]) == 210   # A5
            assert bleed[0] < trim[0] and bleed[2] > trim[2]
            assert fonts(page) and all(is_embedded(font) for font in fonts(page))
            assert image_colorspaces(page) == ["/DeviceCMYK"], "the sample photo, converted to CMYK"
            assert not {op for _, op in content_operators(pdf, page)} & RGB_OPERATORS
    _run(["qpdf", "--check", str(output)])
    preflight = _run([str(venv / "designer"), "preflight", str(output), "--json"], cwd=elsewhere, check=False)
    assert preflight.returncode == 0, preflight.stdout + preflight.stderr


def test_the_installed_app_imports_the_sample_manifesto(venv, elsewhere):
    brochure = Path(_installed(venv, "paths.MANIFESTO / 'borlange-brochure.txt'", elsewhere))
    assert brochure.is_relative_to(venv.parent)
    _run([str(venv / "designer"), "import", str(brochure), "-o", "manifest.json"], cwd=elsewhere)
    manifesto = json.loads((elsewhere / "manifest.json").read_text(encoding="utf-8"))
    shipped = json.loads((ROOT / "assets/manifesto/borlange.json").read_text(encoding="utf-8"))
    assert [s["title"] for s in manifesto["sections"]] == [s["title"] for s in shipped["sections"]]


# Makes PySide6 and shiboken6 unimportable, as on a core install (`pip install designer`).
WITHOUT_QT = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, NoQt())
from designer.cli import main
code = main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("QT-MODULES", qt, file=sys.stderr)
sys.exit(code)
"""


def _core(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    result = _run([str(venv / "python"), "-c", WITHOUT_QT, *args], cwd=cwd, check=False)
    assert "QT-MODULES []" in result.stderr, result.stderr
    return result


def test_the_core_install_runs_every_headless_command_without_qt(venv, elsewhere):
    example = _installed(venv, "paths.EXAMPLES / 'skola-a5.json'", elsewhere)
    editions = Path(_installed(venv, "paths.EXAMPLES / 'editions'", elsewhere))
    brochure = _installed(venv, "paths.MANIFESTO / 'borlange-brochure.txt'", elsewhere)
    commands = [
        ("templates",), ("presets",), ("import", brochure, "-o", "m.json"),
        ("export", example, "-o", "a.pdf"), ("preflight", "a.pdf"),
        ("package", example, "-o", "job.zip"), ("batch", example, "-o", "batch"),
        ("merge", str(editions / "mote-a5.json"), str(editions / "moten.csv"), "-o", "editions"),
    ]
    for command in commands:
        result = _core(venv, elsewhere, *command)
        assert result.returncode == 0, (command, result.stderr)
    assert (elsewhere / "a.pdf").stat().st_size > 10_000 and (elsewhere / "job.zip").is_file()
    assert list((elsewhere / "editions").glob("*.pdf"))


def test_the_core_install_says_how_to_get_the_app(venv, elsewhere):
    for command in ((), ("open",)):
        result = _core(venv, elsewhere, *command)
        assert result.returncode == 2
        [line] = [line for line in result.stderr.splitlines() if not line.startswith("QT-MODULES")]
        assert 'pip install "designer[gui]"' in line and "Traceback" not in result.stderr


def _checkout_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
