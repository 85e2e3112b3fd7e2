"""The brochure pipeline on the Borlänge seed and on small made-up brochure texts."""
from __future__ import annotations

import json
import re

import pytest

from designer.importers import import_file, import_text, import_with_notes
from designer.importers.hyphenation import join_lines
from designer.importers.people import fix_name_case, parse_names
from designer.io.manifesto_file import load_manifesto
from designer.paths import MANIFESTO, ROOT

SEED = MANIFESTO / "borlange-brochure.txt"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_9e808262c40fa7ba.txt"
POLICY_TITLES = [
    "En skola där varje elev når sin fulla potential",
    "Valfrihet för äldre att själv styra över sin tillvaro",
    "Internationalisering som en väg till framgång",
    "Företagande är en förutsättning för en välmående kommun",
]


@pytest.fixture(scope="module")
def seed():
    return import_with_notes(SEED)


def sections_by_title(manifesto):
    return {s.title: s for s in manifesto.sections}


def test_seed_sections_in_order_with_their_headings(seed):
    m = seed.manifesto
    assert [s.title for s in m.sections] == ["", "Vi för Borlänge framåt", *POLICY_TITLES]
    assert [s.id for s in m.sections] == ["inledning", "borlange", "skola", "valfrihet",
                                          "internationalisering", "foretagande"]
    assert [len(s.bullets) for s in m.sections] == [0, 0, 6, 8, 6, 8]
    assert [len(s.paragraphs) for s in m.sections] == [4, 5, 1, 3, 3, 4]
    assert all(s.list_intro == "Vi vill:" for s in m.sections[2:])


def test_seed_front_matter(seed):
    m = seed.manifesto
    assert m.title == "Nytt ledarskap för Borlänge"
    assert m.slogans == ["Framåt!"]
    assert m.people == ["Sören Hellberg", "Karin Örjes", "Oscar Sjökvist"]
    assert m.sections[1].quotes == ["Att lyssna är en förutsättning för att leda",
                                    "Tillsammans för vi Borlänge framåt."]
    every_text = json.dumps(m.to_dict(), ensure_ascii=False)
    assert "NYTT" not in every_text and "FRAMÅT" not in every_text and "BORLÄNGE" not in every_text


def test_seed_intro_and_reflowed_paragraphs(seed):
    intro, forward, *_ = seed.manifesto.sections
    assert intro.paragraphs[0] == ("Centerpartiets Borlänge är hållbart, smart, omtänksamt, "
                                   "internationellt, engagerande och inkluderande.")
    assert forward.paragraphs[2].startswith("När Centerpartiet får bestämma kommer vi att skapa "
                                            "ett nytt ledarskap i vår kommun")
    business = seed.manifesto.sections[5]
    assert "Vi vill skapa förutsättningar för befintliga företag" in business.paragraphs[0]
    assert "dialog för att tillsammans ta fram" in business.paragraphs[2]
    assert "vi automatiserar många processer" in business.paragraphs[2]
    assert "kan konkurrensutsättas och" in business.paragraphs[3]
    assert "områdent" in intro.paragraphs[2]  # the brochure's typo is kept as written


def test_seed_bullets_are_whole_sentences(seed):
    for section in seed.manifesto.sections:
        for bullet in section.bullets:
            assert bullet[0].isupper(), bullet
            assert not re.search(r"\w- \w|\w-$|[\t\n•]|  ", bullet), bullet
    school, elderly, international, business = seed.manifesto.sections[2:]
    assert school.bullets[3] == (
        "Se utökade satsningar på 2047 Science Center för att erbjuda moderna undervisningsmetoder "
        "och komplettera skolan med spetsundervisning inom naturvetenskap, teknik och "
        "programmering. 2047 Science Center ska också fortsätta vara en mötesplats för skola, "
        "akademi och näringsliv.")
    assert "driva UF-företag (Ung Företagsamhet)" in school.bullets[4]
    assert school.bullets[5] == "Maten ska lagas på varje skola – av i första hand lokala råvaror"
    assert elderly.bullets[0] == ("Tillåta fler aktörer att erbjuda borlängeborna hemtjänst och "
                                  "särskilda boenden")
    assert international.bullets[5] == ("Tillhandahålla kontinuerligt föräldrastöd utifrån olika "
                                        "behov.")
    assert business.bullets[4] == ("Utveckla samarbetet mellan företag, kommunen och "
                                   "arbetsförmedlingen för att hitta och matcha arbetskraft")


def test_seed_report_names_the_guesses(seed):
    notes = [str(n) for n in seed.notes]
    for title in POLICY_TITLES[1:]:
        assert any("heading printed after its section" in n and title in n for n in notes)
    assert any("pull quote" in n and "Att lyssna" in n for n in notes)
    assert all(n.startswith("line ") for n in notes)


def test_seed_source_lines_point_into_the_brochure(seed):
    lines = SEED.read_text(encoding="utf-8").split("\n")
    school = seed.manifesto.sections[2]
    assert lines[school.source_lines[0] - 1].startswith("En skola där varje elev")
    assert lines[school.source_lines[1] - 1].startswith("•\tMaten ska lagas")


def test_shipped_manifesto_is_the_importer_output(seed):
    assert load_manifesto(MANIFESTO / "borlange.json").to_dict() == seed.manifesto.to_dict()


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="shared seeds not beside the clone")
def test_asset_copy_matches_the_shared_seed():
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_seed_in_other_encodings(tmp_path, seed, encoding):
    text = SEED.read_text(encoding="utf-8").replace("–", "-").replace("•", "*")  # cp1252 has neither
    path = tmp_path / "seed.txt"
    path.write_bytes(text.encode(encoding))
    expected = import_text(text).manifesto.to_dict()
    assert import_file(path).to_dict() == expected
    assert [len(s.bullets) for s in import_file(path).sections] == [0, 0, 6, 8, 6, 8]


def test_bullets_lost_in_copying_leave_tab_marked_items(seed):
    text = SEED.read_text(encoding="utf-8").replace("•\t", "\t")
    assert "•" not in text
    assert import_text(text).manifesto.to_dict() == seed.manifesto.to_dict()


@pytest.mark.parametrize("lines, joined", [
    (["interna- ", "tionellt,"], "internationellt,"),
    (["nytt ledar-", "skap i"], "nytt ledarskap i"),
    (["och arbetsför-", "medlingen för"], "och arbetsförmedlingen för"),
    (["förutsätt-", "ningar"], "förutsättningar"),
    (["driva UF-", "företag"], "driva UF-företag"),
    (["Per-", "Erik Svensson"], "Per-Erik Svensson"),
    (["gång-", "och cykelvägar"], "gång- och cykelvägar"),
    (["för-", "eller efterskott"], "för- eller efterskott"),
    (["kommun-", ", region- och"], "kommun- , region- och"),
    (["2000-", "talet"], "2000-talet"),
    (["på plats –", "i stället"], "på plats – i stället"),
])
def test_line_end_hyphens(lines, joined):
    assert join_lines([l.strip() for l in lines])[0] == joined


def test_join_not_in_dictionary_is_reported():
    text, doubtful = join_lines(["xqz-", "vbnm"])
    assert text == "xqzvbnm" and doubtful == ["xqzvbnm"]


def test_page_furniture_ligatures_and_odd_spaces_are_cleaned():
    text = ("Rubrik för\u00a0avsnittet\n\n"
            "Det här är en lång rad med  dubbla mellanslag och e\ufb03cient\n"
            "text som fortsät\u00adter här.\n\n3\n\nSida 4\n\n5 (12)\n\n"
            "En ny   stycke\trad här som\nfortsätter.\n")
    section = import_text(text).manifesto.sections[0]
    assert section.title == "Rubrik för avsnittet"
    assert section.paragraphs == ["Det här är en lång rad med dubbla mellanslag och efficient "
                                  "text som fortsätter här.", "En ny stycke rad här som fortsätter."]


def test_other_list_markers_and_a_dash_inside_a_paragraph():
    text = ("Trafik\n\nVi vill bygga fler vägar i hela kommunen så att alla kan ta sig fram och\n"
            "– i stället för bilen – ta cykeln på nya gång- och cykelvägar varje dag.\n\n"
            "Vi vill:\n– Bygga fler\n  gång- och cykelvägar\n* Sänka farten\n1. Laga gatorna\n")
    section = import_text(text).manifesto.sections[0]
    assert section.title == "Trafik"
    assert len(section.paragraphs) == 1 and "– i stället för bilen –" in section.paragraphs[0]
    assert section.bullets == ["Bygga fler gång- och cykelvägar", "Sänka farten", "Laga gatorna"]


def test_names_and_caps_artefacts():
    assert fix_name_case("KARIN örjes") == "Karin Örjes"
    assert fix_name_case("PER-ERIK mcLean") == "Per-Erik mcLean"
    assert parse_names("Sören Hellberg, Karin Örjes och Oscar Sjökvist.") == [
        "Sören Hellberg", "Karin Örjes", "Oscar Sjökvist"]
    assert parse_names("Vi ses i Borlänge och Falun.") == []


def test_upper_case_heading_before_body_text():
    text = ("Titel\n\n\nSKOLA\n\nVi vill göra mer för skolan i hela kommunen varje dag och\n"
            "hela året om.\n\n\nRÖSTA PÅ OSS\n")
    result = import_text(text)
    assert [s.title for s in result.manifesto.sections] == ["SKOLA"]
    assert result.manifesto.slogans == ["RÖSTA PÅ OSS"]
    assert any("upper-case line taken as a heading" in str(n) for n in result.notes)
