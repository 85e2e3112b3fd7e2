"""The import rules from docs/ARCHITECTURE.md, checked rather than hoped for."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "designer"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_gui_package_imports_qt():
    offenders = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                 if "gui" not in path.relative_to(PACKAGE).parts
                 and any(name.split(".")[0] == "PySide6" for name in imported_modules(path))]
    assert offenders == []


def test_nothing_outside_the_gui_imports_the_gui():
    launcher = PACKAGE / "cli" / "open.py"   # `designer` (alone or `open`) starts the app
    offenders = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                 if "gui" not in path.relative_to(PACKAGE).parts
                 and any(name.startswith("designer.gui") for name in imported_modules(path))
                 and path != launcher]
    assert offenders == []


def test_renderers_know_nothing_of_templates_and_layout_nothing_of_renderers():
    for path in (PACKAGE / "layout").rglob("*.py"):
        assert not any(n.startswith("designer.render") for n in imported_modules(path)), path
    for path in (PACKAGE / "render").rglob("*.py"):
        assert not any(n.startswith(("designer.io.template", "designer.model.template"))
                       for n in imported_modules(path)), path


def test_command_line_export_never_loads_qt(tmp_path, school_layout_path):
    code = ("import sys; from designer.cli import main; "
            f"main(['export', {str(school_layout_path)!r}, '-o', {str(tmp_path / 'x.pdf')!r}]); "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "x.pdf").stat().st_size > 10_000
