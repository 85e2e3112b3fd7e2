"""One message catalogue (issue #13 item 4, for findings): domain code reports a code and data;
Swedish and English words come only from designer.messages."""
from __future__ import annotations

import re
import string
from pathlib import Path

from designer import messages
from designer.preflight.findings import finding

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = [*sorted((ROOT / "designer" / "preflight").glob("*.py")), ROOT / "designer" / "policy.py",
          ROOT / "designer" / "locks.py", ROOT / "designer" / "layout" / "engine.py",
          ROOT / "designer" / "layout" / "images.py"]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_entry_has_both_languages_and_formats():
    for code, (sv, en) in messages.CATALOGUE.items():
        assert sv.strip() and en.strip() and sv != en or code.startswith(("part.", "word.")), code
        values = {name: 1 for name in _fields(sv) | _fields(en)}
        assert messages.text(code, "sv", **values) and messages.text(code, "en", **values)


def test_every_code_the_domain_reports_is_in_the_catalogue():
    codes = set()
    for path in DOMAIN:
        source = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'finding\(\s*"([a-z_0-9]+)"', source))
        codes |= set(re.findall(r'key="([a-z_0-9.]+)"', source))
        codes |= set(re.findall(r'(?:\.warn|ImageProblem)\(\s*"([a-z_0-9]+)"', source))
    assert len(codes) > 25
    missing = sorted(c for c in codes if not messages.has(c))
    assert missing == []


def test_domain_code_writes_no_swedish():
    for path in DOMAIN:
        code = re.sub(r'("""|\'\'\')(.|\n)*?\1', "", path.read_text(encoding="utf-8"))   # docstrings
        code = "\n".join(line.split("#")[0] for line in code.splitlines())
        assert not re.search(r"[åäöÅÄÖ]", code), path.name


def test_a_finding_speaks_both_languages_from_its_data():
    item = finding("overflow", "error", frame_id="body", page=0, words=12)
    assert item.message == "texten får inte plats: 12 ord syns inte"
    assert item.message_en == "text does not fit: 12 words are not shown"
    assert item.fix_description("en") == "Shorten the text or make the frame larger."
    assert item.to_dict()["data"] == {"words": 12}


def test_an_unknown_code_is_never_lost():
    assert messages.text("no_such_code", "en", frame="x") == "no_such_code (frame=x)"
