"""Brochure-text heuristics added for issue 12: headings in capitals, soft hyphens, bullets of
any kind, running footers, list intros inside paragraphs, what counts as Markdown."""
from __future__ import annotations

from designer.importers import import_text

ISSUE_EXAMPLE = """Vårt program för Falun

Vi vill göra Falun till en tryggare och grönare kommun för alla som bor och arbetar här.

TRYGGHET I VARDAGEN
Alla ska kunna känna sig trygga på väg hem. Vi satsar på belysning och fler vuxna
ute på kvällarna i alla stadsdelar.
Vi vill:
• Bygga fler gång-
  och cykelvägar
• Tända fler gatlyktor

MILJÖ OCH KLIMAT
Trygg\u00ad
het och miljö hänger ihop. Därför satsar vi på kollektivtrafik i hela kommunen.
"""


def test_capital_headings_title_and_introduction_apart():
    result = import_text(ISSUE_EXAMPLE)
    manifesto = result.manifesto
    assert manifesto.title == "Vårt program för Falun"
    assert [s.title for s in manifesto.sections] == ["", "TRYGGHET I VARDAGEN", "MILJÖ OCH KLIMAT"]
    intro, safety, climate = manifesto.sections
    assert intro.paragraphs == ["Vi vill göra Falun till en tryggare och grönare kommun för alla "
                                "som bor och arbetar här."]
    assert safety.paragraphs == ["Alla ska kunna känna sig trygga på väg hem. Vi satsar på "
                                 "belysning och fler vuxna ute på kvällarna i alla stadsdelar."]
    assert safety.list_intro == "Vi vill:"
    assert safety.bullets == ["Bygga fler gång- och cykelvägar", "Tända fler gatlyktor"]
    assert climate.paragraphs[0].startswith("Trygghet och miljö hänger ihop.")
    notes = [str(n) for n in result.notes]
    assert "line 5: heading guessed from capitals: 'TRYGGHET I VARDAGEN'" in notes
    assert "line 1: first heading taken as the title: 'Vårt program för Falun'" in notes


def test_soft_hyphen_inside_a_line_disappears_and_at_a_line_end_joins():
    text = "Rubrik\n\nEn trygg\u00adhet för alla som bor i kommunen, och en lands\u00ad  \nbygd som lever.\n"
    [section] = import_text(text).manifesto.sections
    assert section.paragraphs == ["En trygghet för alla som bor i kommunen, och en landsbygd som lever."]


def test_bullets_of_any_kind():
    items = ["\uf0b7 Från Word", "➤ Pil", "▸ Triangel", "◆ Romb", "✓ Bock", "→ Pil två"]
    text = "Skola\n\nVi vill satsa på skolan i hela kommunen varje år framöver.\n\nVi vill:\n" + \
        "\n".join(items) + "\n"
    [section] = import_text(text).manifesto.sections
    assert section.bullets == ["Från Word", "Pil", "Triangel", "Romb", "Bock", "Pil två"]


def test_running_footer_with_page_number_is_dropped():
    page = ("{title}\n\nVi vill satsa på {title} i hela kommunen varje år framöver, med fler "
            "lärare och mer tid.\n\nFalun · Valprogram 2026 · {n}\n\n\n")
    text = "".join(page.format(title=t, n=n) for n, t in enumerate(("Skola", "Vård", "Jobb"), 1))
    manifesto = import_text(text).manifesto
    assert [s.title for s in manifesto.sections] == ["Skola", "Vård", "Jobb"]
    assert all(len(s.paragraphs) == 1 and not s.quotes for s in manifesto.sections)


def test_numbered_headings_that_open_pages_are_kept():
    page = "Mål {n}\n\nVi vill satsa på skolan i hela kommunen varje år framöver.\n\n\n"
    manifesto = import_text("".join(page.format(n=n) for n in (1, 2, 3))).manifesto
    assert [s.title for s in manifesto.sections] == ["Mål 1", "Mål 2", "Mål 3"]


def test_dash_lists_alone_are_not_markdown():
    text = ("A fresh start\n\n\n\nSchools\n\nOur schools need more teachers and warm classrooms "
            "for every child.\n\nOur promises:\n- Hire teachers\n- Fix roofs\n")
    manifesto = import_text(text).manifesto
    assert manifesto.title == "A fresh start"
    assert [(s.title, s.list_intro, s.bullets) for s in manifesto.sections] == [
        ("Schools", "Our promises:", ["Hire teachers", "Fix roofs"])]
