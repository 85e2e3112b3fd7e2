"""Every corpus programme (tests/corpus/, rebuilt by make_corpus.py) imports to its expected
manifesto: title, section titles, paragraph/bullet/quote counts and the words of every section.
Prints a score per file (share of checks passed), e.g. `pytest -s tests/test_import_corpus.py`."""
from __future__ import annotations

from pathlib import Path

import pytest

from designer.importers import import_with_notes
from designer.io.manifesto_file import load_manifesto

CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(p.name for p in CORPUS.iterdir()
               if p.suffix in {".txt", ".md", ".docx", ".odt", ".html", ".pdf"})


def words(section) -> list[str]:
    return " ".join([*section.paragraphs, section.list_intro, *section.bullets]).split()


def checks(got, expected) -> dict[str, bool]:
    """Named comparisons between the imported and the expected manifesto."""
    result = {"title": got.title == expected.title,
              "slogans": got.slogans == expected.slogans,
              "section titles": [s.title for s in got.sections] == [s.title for s in expected.sections]}
    for index, want in enumerate(expected.sections):
        have = got.sections[index] if index < len(got.sections) else None
        name = want.title or "(untitled)"
        result[f"{name}: paragraphs"] = have is not None and len(have.paragraphs) == len(want.paragraphs)
        result[f"{name}: bullets"] = have is not None and len(have.bullets) == len(want.bullets)
        result[f"{name}: list intro"] = have is not None and have.list_intro == want.list_intro
        result[f"{name}: quotes"] = have is not None and have.quotes == want.quotes
        result[f"{name}: words"] = have is not None and words(have) == words(want)
    return result


def test_corpus_has_every_format_and_both_pdf_tools():
    assert len(FILES) >= 8
    assert {Path(f).suffix for f in FILES} >= {".txt", ".md", ".docx", ".odt", ".html", ".pdf"}
    producers = {(CORPUS / f).read_bytes().split(b"/Producer", 1)[1][:40] for f in FILES
                 if f.endswith(".pdf")}
    assert len(producers) == 2, producers  # ReportLab and Qt


@pytest.mark.parametrize("name", FILES)
def test_corpus_file_imports_as_expected(name):
    expected = load_manifesto(CORPUS / (Path(name).stem + ".expected.json"))
    result = import_with_notes(CORPUS / name)
    outcome = checks(result.manifesto, expected)
    failed = [check for check, ok in outcome.items() if not ok]
    print(f"\n{name}: score {sum(outcome.values())}/{len(outcome)}"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    assert not failed
