"""Build the one-folder app bundle with PyInstaller, and smoke-test it headless.

    python packaging/build_bundle.py            # -> dist/campaign-designer/campaign-designer
    python packaging/build_bundle.py --smoke    # build, then run the checks below on the bundle
    python packaging/build_bundle.py --smoke-only

The smoke test runs the bundled executable from a temporary folder with its own user folders:
`--version`, `templates --json` (at least 12), `export` of the shipped school flyer to PDF/X-4
(checked with pikepdf), `preflight` of that PDF (exit 0), and `open` with Qt's offscreen platform
until the log says the window is shown. Only the Linux bundle is built and tested in this
repository; see docs/install.md for Windows and macOS.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
APP_ID = "io.github.campaign_designer.CampaignDesigner"
NAME = "campaign-designer"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; add the freedesktop files under share/. Returns the bundle folder."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / f"{NAME}.spec")],
                   cwd=REPO, check=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    bundle = dist / NAME
    if sys.platform.startswith("linux"):
        share = bundle / "share"
        shutil.copy2(HERE / "linux" / f"{APP_ID}.desktop", _mkdir(share / "applications"))
        shutil.copy2(HERE / "linux" / f"{APP_ID}.metainfo.xml", _mkdir(share / "metainfo"))
        shutil.copytree(HERE / "icons" / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)
    return bundle


def smoke(bundle: Path) -> dict:
    """Run the bundled executable headless; raises AssertionError on the first failure."""
    executable = bundle / (NAME + (".exe" if sys.platform == "win32" else ""))
    with tempfile.TemporaryDirectory(prefix="designer-smoke-") as folder:
        work = Path(folder)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env.update(DESIGNER_HOME=str(work / "home"), DESIGNER_CACHE=str(work / "cache"),
                   QT_QPA_PLATFORM="offscreen")

        def run(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([str(executable), *args], cwd=work, env=env, capture_output=True, text=True,
                                  timeout=300)

        result = {"version": run("--version").stdout.strip()}
        templates = json.loads(run("templates", "--json").stdout)
        assert len(templates) >= 12, templates
        result["templates"] = len(templates)
        layout = REPO / "layouts" / "examples" / "skola-a5.json"
        exported = run("export", str(layout), "-o", "out.pdf")
        assert exported.returncode == 0, exported.stderr
        result["pdf"] = _check_pdfx4(work / "out.pdf")
        preflight = run("preflight", "out.pdf")
        assert preflight.returncode == 0, preflight.stdout + preflight.stderr
        result["preflight"] = preflight.stdout.strip()
        result["window shown after s"] = round(time_to_window([str(executable)], env, work), 2)
    return result


def time_to_window(command: list[str], env: dict, cwd: Path, timeout: float = 60.0) -> float:
    """Seconds from starting `command` (the app) until its log says "window shown"; then it is stopped."""
    log = Path(env["DESIGNER_HOME"]) / "logs" / "designer.log"
    if log.exists():
        log.unlink()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while time.perf_counter() - started < timeout:
            if log.exists() and "window shown" in log.read_text(encoding="utf-8", errors="replace"):
                return time.perf_counter() - started
            if process.poll() is not None:
                raise AssertionError(f"the app exited with {process.returncode}: {process.stderr.read()}")
            time.sleep(0.01)
        raise AssertionError(f"no window within {timeout} s")
    finally:
        process.terminate()
        process.wait(timeout=30)


def _check_pdfx4(path: Path) -> str:
    import pikepdf

    with pikepdf.open(path) as pdf:
        assert pdf.pdf_version == "1.6" and str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFX"
        assert all("/TrimBox" in page and "/BleedBox" in page for page in pdf.pages)
        return f"PDF/X-4, {len(pdf.pages)} page(s), {path.stat().st_size} bytes"


def _mkdir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle after building it")
    parser.add_argument("--smoke-only", action="store_true", help="smoke-test an existing bundle")
    args = parser.parse_args()
    bundle = args.dist / NAME
    if not args.smoke_only:
        started = time.perf_counter()
        bundle = build(args.dist, args.work)
        print(f"built {bundle} in {time.perf_counter() - started:.0f} s")
    if args.smoke or args.smoke_only:
        for key, value in smoke(bundle).items():
            print(f"smoke: {key}: {value}")
        print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
