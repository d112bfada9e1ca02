"""Clustering one article's mentions into entities (graphbuild.extract.mentions.entities, .names)."""
from __future__ import annotations

from graphbuild.extract.mentions.entities import cluster_mentions
from graphbuild.extract.mentions.labels import choose_label, vote_type
from graphbuild.extract.mentions.namekeys import name_keys
from graphbuild.extract.mentions.spans import Mention
from graphbuild.extract.mentions.names import (acronym_form, acronyms, first_names_agree, is_role_phrase,
                                      same_person)
from graphbuild.records import Article

ARTICLE = Article("a1", "")


def mention(text: str, type_: str, at: int, titles=(), source="ner") -> Mention:
    return Mention(text, type_, at, at + len(text), 0, at, at + len(text.split()),
                   titles=list(titles), source=source)


def cluster(*specs):
    ms = [mention(text, type_, i * 100) for i, (text, type_) in enumerate(specs)]
    entities, links = cluster_mentions(ARTICLE, ms)
    assert len(links) == len(ms) and all(0 <= i < len(entities) for i in links)
    assert [e.key for e in entities] == [f"e{i}" for i in range(len(entities))]
    return entities


def test_surname_joins_full_name_and_gets_its_type():
    entities = cluster(("Jeff Sessions", "PERSON"), ("Sessions", "PERSON"), ("Trump", "ORG"),
                       ("Donald Trump", "PERSON"), ("Trump", "PERSON"))
    assert [(e.label, e.type, e.mentions) for e in entities] == [
        ("Jeff Sessions", "PERSON", 2), ("Donald Trump", "PERSON", 3)]
    rules = {m.alias: m.rule for m in entities[0].merges}
    assert rules == {"Jeff Sessions": "fullest name", "Sessions": "surname of 'Jeff Sessions'"}


def test_two_people_sharing_a_surname_stay_apart():
    entities = cluster(("Raul Castro", "PERSON"), ("Fidel Castro", "PERSON"),
                       ("Castro", "PERSON"))
    assert [e.label for e in entities] == ["Raul Castro", "Fidel Castro"]
    assert entities[1].mentions == 2  # the surname joins the one named last before it


def test_acronyms_and_forms_of_one_organization_join():
    entities = cluster(("Justice Department", "ORG"), ("Department of Justice", "ORG"),
                       ("Justice Dept", "ORG"), ("Federal Bureau of Investigation", "ORG"),
                       ("FBI", "ORG"))
    assert [(e.label, e.mentions) for e in entities] == [
        ("Department of Justice", 3), ("Federal Bureau of Investigation", 2)]


def test_forms_of_a_country_and_a_state_join():
    entities = cluster(("United States", "GPE"), ("U.S.", "GPE"), ("US", "GPE"),
                       ("Ala.", "GPE"), ("Alabama", "GPE"))
    assert [(e.label, e.mentions) for e in entities] == [("United States", 3), ("Alabama", 2)]


def test_company_short_form_joins_the_company():
    entities = cluster(("Global Vending Services, Inc.", "ORG"), ("Global", "ORG"),
                       ("House", "ORG"), ("House Intelligence Committee", "ORG"))
    assert [e.label for e in entities] == ["Global Vending Services, Inc.", "House",
                                           "House Intelligence Committee"]


def test_type_vote_weighs_titles_and_full_names():
    ms = [mention("Pence", "ORG", 0), mention("Pence", "ORG", 10),
          mention("Pence", "PERSON", 20, titles=["Vice President"])]
    assert vote_type(ms) == "PERSON"
    assert vote_type([mention("Operation Costly Influence", "ORG", 0)]) == "EVENT"


def test_label_is_the_fullest_proper_name():
    assert choose_label(["WASHINGTON, D.C.", "Washington"], "GPE") == "Washington, D.C."
    assert choose_label(["VOA news", "VOA"], "ORG") == "VOA"
    assert choose_label(["U.S."], "GPE") == "United States"


def test_name_keys():
    assert "justice department" in name_keys("Justice Dept.", "ORG")
    assert "gadsden" in name_keys("Gadsden, Ala.", "GPE")
    # a bare "Washington" may be the state: "Washington, D.C." is matched as the district
    assert {"district of columbia", "washington dc"} == name_keys("Washington, D.C.", "GPE")


def test_person_name_agreement():
    assert same_person("Donald J. Trump", "Donald Trump")
    assert not same_person("Jimmy L. Armstrong", "Jimmy K. Armstrong")
    assert first_names_agree("Al", "Albert") and not first_names_agree("Al", "Barack")
    assert is_role_phrase("Senate Minority Leader") is False  # "senate" is not a title word
    assert "FTC" in acronyms("Federal Trade Commission")


def test_an_honorific_picks_the_person_and_two_full_names_never_merge():
    ms = [mention("Hillary Clinton", "PERSON", 0), mention("Bill Clinton", "PERSON", 100),
          mention("Clinton", "PERSON", 200, titles=["Mrs."]), mention("Clinton", "PERSON", 300)]
    entities, links = cluster_mentions(ARTICLE, ms)
    assert [(e.label, e.mentions) for e in entities] == [("Hillary Clinton", 3),
                                                         ("Bill Clinton", 1)]
    assert links == [0, 1, 0, 0]


def test_government_of_a_country_joins_the_country():
    ms = [mention("Austria", "GPE", 0),
          mention("Austrian government", "GPE", 100, source="government")]
    entities, _ = cluster_mentions(ARTICLE, ms)
    assert [(e.label, e.aliases) for e in entities] == [("Austria", ["Austria",
                                                                     "Austrian government"])]


def test_a_lone_place_name_tagged_as_a_person_is_a_place():
    assert vote_type([mention("Kyiv", "PERSON", 0)]) == "GPE"
    assert vote_type([mention("Kyiv", "PERSON", 0, titles=["Mr."])]) == "PERSON"
    assert vote_type([mention("Besigye", "PERSON", 0)]) == "PERSON"


def test_a_place_and_a_person_of_one_name_stay_apart():
    entities = cluster(("Michael Jordan", "PERSON"), ("Jordan", "GPE"), ("Jordan", "PERSON"),
                       ("Jordan", "GPE"))
    assert [(e.label, e.type, e.mentions) for e in entities] == [
        ("Michael Jordan", "PERSON", 2), ("Jordan", "GPE", 2)]


def test_a_company_short_form_joins_whatever_its_tag_unless_it_is_a_persons_surname():
    entities = cluster(("Twitter Inc.", "ORG"), ("Twitter", "PERSON"), ("Twitter", "PERSON"))
    assert [(e.label, e.type, e.mentions) for e in entities] == [("Twitter Inc.", "ORG", 3)]
    entities = cluster(("Gerald Ford", "PERSON"), ("Ford Motor Co.", "ORG"), ("Ford", "PERSON"))
    assert [(e.label, e.mentions) for e in entities] == [("Gerald Ford", 2),
                                                         ("Ford Motor Co.", 1)]


def test_an_organization_with_its_country_in_front_is_the_same_organization():
    entities = cluster(("U.S. Senate", "ORG"), ("Senate", "ORG"),
                       ("U.S. Department of Justice", "ORG"), ("Justice Department", "ORG"),
                       ("China Southern Airlines", "ORG"), ("Southern Airlines", "ORG"))
    assert [e.mentions for e in entities] == [2, 2, 1, 1]


def test_a_nationality_named_before_a_title_is_its_country():
    ms = [mention("Portuguese", "GPE", 0, source="demonym"),
          mention("Portugal", "GPE", 100), mention("Spanish", "GPE", 200, source="demonym")]
    entities, links = cluster_mentions(ARTICLE, ms)
    assert [(e.label, e.type) for e in entities] == [("Portugal", "GPE"), ("Spain", "GPE")]
    assert links == [0, 0, 1]
    assert entities[1].merges[0].rule == "written out from 'Spanish'"


def test_the_last_words_of_an_organization_name_join_it_when_it_is_the_only_one():
    entities = cluster(("Ohio State Senate", "ORG"), ("Senate", "ORG"), ("Port Authority", "ORG"))
    assert [(e.label, e.aliases) for e in entities] == [
        ("Ohio State Senate", ["Ohio State Senate", "Senate"]),
        ("Port Authority", ["Port Authority"])]
    assert {m.alias: m.rule for m in entities[0].merges}["Senate"] == \
        "short for 'Ohio State Senate'"


def test_a_short_name_with_two_candidates_or_an_adjective_in_front_stays_apart():
    entities = cluster(("Senate Ethics Committee", "ORG"), ("House Rules Committee", "ORG"),
                       ("Committee", "ORG"), ("Blue House", "ORG"), ("House", "ORG"))
    assert [e.label for e in entities] == ["Senate Ethics Committee", "House Rules Committee",
                                           "Committee", "Blue House", "House"]


def test_a_short_name_heading_two_longer_names_makes_no_node():
    from graphbuild.extract.mentions.heads import without_ambiguous_heads
    ms = [mention("House Ways and Means Committee", "ORG", 0), mention("Committee", "ORG", 100),
          mention("Senate Budget Committee", "ORG", 200), mention("Authority", "ORG", 300),
          mention("Tennessee Valley Authority", "ORG", 400)]
    assert [m.text for m in without_ambiguous_heads(ms)] == [
        "House Ways and Means Committee", "Senate Budget Committee", "Authority",
        "Tennessee Valley Authority"]


def test_a_lone_word_tagged_person_that_starts_one_organization_name_is_it():
    entities = cluster(("Halvorsen Shipping", "ORG"), ("Halvorsen", "PERSON"),
                       ("Maria Lund", "PERSON"), ("Lund", "PERSON"), ("Lund Group", "ORG"))
    assert [(e.label, e.type, e.mentions) for e in entities] == [
        ("Halvorsen Shipping", "ORG", 2), ("Maria Lund", "PERSON", 2), ("Lund Group", "ORG", 1)]


def test_a_stock_listing_names_no_entity():
    from graphbuild.extract.listings import without_listings
    text = "Brightline Foods Inc. (NYSE: BFI) bought a farm."
    ms = [Mention("Brightline Foods Inc.", "ORG", 0, 21, 0, 0, 3),
          Mention("NYSE", "ORG", 23, 27, 0, 4, 5), Mention("BFI", "ORG", 29, 32, 0, 6, 7)]
    assert [m.text for m in without_listings(Article("a", text), ms)] == ["Brightline Foods Inc."]


def test_a_clipped_name_joins_the_full_name():
    entities = cluster(("Federal Reserve", "ORG"), ("Fed", "ORG"), ("FedEx", "ORG"))
    assert [(e.label, sorted(e.aliases)) for e in entities] == [
        ("Federal Reserve", ["Fed", "Federal Reserve"]), ("FedEx", ["FedEx"])]
    assert "federal reserve" in name_keys("the Fed", "ORG")


def test_a_company_name_is_an_organization_whatever_its_tag():
    assert vote_type([mention("Harwell Grain Co.", "FAC", 0)]) == "ORG"
    assert vote_type([mention("Brixton Analytics Ltd", "GPE", 0),
                      mention("Brixton", "PERSON", 30)]) == "ORG"


def test_acronyms_leave_the_department_word_out_and_may_be_hyphenated():
    assert "HUD" in acronyms("Department of Housing and Urban Development")
    assert acronym_form("DHS-OIG") == "DHSOIG"
    assert "DHSOIG" in acronyms("Department of Homeland Security Office of Inspector General")
    assert acronym_form("HOUSTON") is None and acronym_form("-AP-") is None


def test_a_firm_word_may_be_dropped_even_when_the_short_form_is_tagged_a_place():
    entities = cluster(("Larchmont Partners", "ORG"), ("Larchmont", "ORG"),
                       ("Silver Fern Capital", "ORG"), ("Silver Fern", "GPE"),
                       ("Boston Capital", "ORG"), ("Boston", "GPE"))
    assert [(e.label, e.mentions) for e in entities] == [
        ("Larchmont Partners", 2), ("Silver Fern Capital", 2), ("Boston Capital", 1),
        ("Boston", 1)]


def test_a_shared_surname_is_the_person_named_most_before_it():
    entities = cluster(("Margit Sandor", "PERSON"), ("Margit Sandor", "PERSON"),
                       ("Peter Sandor", "PERSON"), ("Sandor", "PERSON"))
    assert [(e.label, e.mentions) for e in entities] == [("Margit Sandor", 3),
                                                         ("Peter Sandor", 1)]


def test_an_acronym_joins_a_department_named_before_the_word_department():
    entities = cluster(("Labor Department", "ORG"), ("DOL", "ORG"))
    assert [(e.label, e.mentions) for e in entities] == [("Labor Department", 2)]


def test_transliterated_names_agree():
    from graphbuild.extract.mentions.names import same_person
    assert same_person("Arseniy Yatsenyuk", "Arseny Yatsenyuk")
    assert same_person("Oleksiy Danylenkyy", "Oleksiy Danylenkiy")
    assert not same_person("Maria Rossi", "Maria Ross")


def test_transliterated_first_names_agree():
    from graphbuild.extract.mentions.names import first_names_agree
    assert first_names_agree("Yekaterina", "Ekaterina")
    assert first_names_agree("Aleksandr", "Alexander")
    assert not first_names_agree("Alexander", "Alexandra")


def test_spelling_variants_of_one_organization_are_one_entity():
    """Hyphen or space, a parent's abbreviation written out, a legal form abbreviated, a unit
    word dropped: one organization each time (invented names)."""
    for a, b in [("Northwind Revenue Agency-Audit Unit", "Northwind Revenue Agency Audit Unit"),
                 ("U.N. Trade Council", "United Nations Trade Council"),
                 ("E.U. Energy Board", "European Union Energy Board"),
                 ("Zarnica Telecom Limited", "Zarnica Telecom Ltd."),
                 ("Harbor City Police Department", "Harbor City Police")]:
        assert len(cluster((a, "ORG"), (b, "ORG"))) == 1, (a, b)
    assert len(cluster(("Kim Jong-il", "PERSON"), ("Kim Jong Il", "PERSON"))) == 1
    # a unit word is not dropped down to one word: "Justice Department" is no "Justice"
    assert len(cluster(("Energy Department", "ORG"), ("Energy", "ORG"))) == 2


def test_an_acronym_leaves_out_small_words_and_stays_in_capitals():
    assert "OSTE" in acronyms("Office for Safety and Trade in Europe")
    entities = cluster(("Office for Safety and Trade in Europe", "ORG"), ("OSTE", "ORG"))
    assert len(entities) == 1
    assert choose_label(["OSTE"], "ORG") == "OSTE"


def test_a_country_name_tagged_as_an_organization_is_a_place():
    entities = cluster(("Kyrgyzstan", "ORG"))
    assert entities[0].type == "GPE"
    assert cluster(("Turkey Hill Dairy", "ORG"))[0].type == "ORG"


def test_a_first_name_alone_joins_by_nickname_or_bracketed_nickname():
    entities = cluster(("James Holloway", "PERSON"), ("Tobias (Toby) Renwick", "PERSON"),
                       ("Jim", "PERSON"), ("Toby", "PERSON"), ("Renwick", "PERSON"))
    assert [(e.label, e.mentions) for e in entities] == [("James Holloway", 2),
                                                        ("Tobias (Toby) Renwick", 3)]
    # a first name that is no nickname of anyone named stays apart
    assert len(cluster(("James Holloway", "PERSON"), ("Ann", "PERSON"))) == 2


def test_a_plural_unit_name_and_a_legal_form_in_acronyms():
    assert len(cluster(("Tax Agency Criminal Investigations", "ORG"),
                       ("Tax Agency Criminal Investigation", "ORG"))) == 1
    assert "SL" in acronyms("Siberian Link PJSC")


def test_a_center_named_after_someone_is_called_by_that_name_and_bodies_stay_apart():
    entities = cluster(("Whitcombe Space Flight Center", "ORG"), ("Whitcombe", "ORG"),
                       ("House", "ORG"), ("House Ethics Committee", "ORG"))
    assert [(e.label, e.mentions) for e in entities] == [
        ("Whitcombe Space Flight Center", 2), ("House", 1), ("House Ethics Committee", 1)]


def test_a_name_less_its_last_part_and_the_first_of_two_surnames_join():
    entities = cluster(("Abu Hamza Qasimi", "PERSON"), ("Abu Hamza", "PERSON"),
                       ("Jorge Andres Vidal Ortega", "PERSON"), ("Vidal", "PERSON"))
    assert [(e.label, e.mentions) for e in entities] == [("Abu Hamza Qasimi", 2),
                                                        ("Jorge Andres Vidal Ortega", 2)]


def test_a_mission_joins_its_short_names_and_an_epithet_its_place():
    entities = cluster(("Venus Kestrel Mission", "EVENT"), ("Kestrel", "EVENT"),
                       ("Venus Kestrel", "LOC"))
    assert [(e.label, e.type, e.mentions) for e in entities] == [
        ("Venus Kestrel Mission", "EVENT", 3)]
    assert "mars" in name_keys("the Red Planet", "LOC")


def test_a_compass_initial_is_the_compass_point():
    assert len(cluster(("S. Sudan", "GPE"), ("South Sudan", "GPE"))) == 1


def test_names_joined_by_also_known_as_are_one_entity():
    ms = [mention("Hassan Korane", "PERSON", 0), mention("Abdiwali Mohamed Farah", "PERSON", 29)]
    entities, _ = cluster_mentions(Article("a", "Hassan Korane, also known as Abdiwali Mohamed "
                                                "Farah, planned it."), ms)
    assert len(entities) == 1
    ms = [mention("Hassan Korane", "PERSON", 0), mention("Abdiwali Mohamed Farah", "PERSON", 23)]
    entities, _ = cluster_mentions(Article("a", "Hassan Korane met with Abdiwali Mohamed Farah "
                                                "there."), ms)
    assert len(entities) == 2


def test_an_acronym_given_in_brackets_joins_the_name_before_it():
    text = "charges against ORVANI LINK PJSC (\u201cOLTS\u201d), a company"
    ms = [mention("ORVANI LINK PJSC", "ORG", 16), mention("OLTS", "ORG", 35)]
    assert text[16:32] == "ORVANI LINK PJSC" and text[35:39] == "OLTS"
    entities, _ = cluster_mentions(Article("a", text), ms)
    assert len(entities) == 1
    text = "ORVANI LINK PJSC and OLTS met."
    ms = [mention("ORVANI LINK PJSC", "ORG", 0), mention("OLTS", "ORG", 21)]
    assert len(cluster_mentions(Article("a", text), ms)[0]) == 2


def test_a_name_ending_in_a_head_word_says_what_it_is():
    entities = cluster(("Whitcombe Research Center", "PERSON"), ("Whitcombe", "PERSON"),
                       ("Whitcombe", "PERSON"), ("Tessaly Space Station", "ORG"),
                       ("Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "ORG"))
    assert [(e.label, e.type) for e in entities] == [
        ("Whitcombe Research Center", "ORG"), ("Tessaly Space Station", "FAC"),
        ("Trump", "PERSON")]
    assert vote_type([mention("Ann Arena", "PERSON", 0, titles=["Judge"])]) == "PERSON"


def test_a_preparatory_school_is_keyed_by_its_short_forms():
    from graphbuild.extract.mentions.namekeys import name_keys
    short = name_keys("Harlow Valley Prep", "ORG")
    assert short & name_keys("Harlow Valley Preparatory School", "ORG")
    assert short & name_keys("Harlow Valley Preparatory", "ORG")


def test_a_surname_without_its_arabic_article_is_the_same_person(relations_of):
    found = relations_of("Iraqi Prime Minister Nouri al-Maliki arrived in Tehran on Sunday. "
                         "Mr. Maliki last visited Iran in 2008.")
    people = [e for e in found.extraction.entities if e.type == "PERSON"]
    assert [p.label for p in people] == ["Nouri al-Maliki"]


def test_a_known_place_tagged_as_an_organization_is_a_place(relations_of):
    found = relations_of("Officials in Dhaka said the army has been deployed to help.")
    assert {e.label: e.type for e in found.extraction.entities}.get("Dhaka") == "GPE"


def test_an_ocean_named_without_its_feature_word_is_the_same_ocean():
    entities = cluster(("Pacific Ocean", "LOC"), ("Pacific", "LOC"), ("Indian Ocean", "LOC"),
                       ("Indian", "GPE"))
    assert [(e.label, e.mentions) for e in entities] == [
        ("Pacific Ocean", 2), ("Indian Ocean", 1), ("India", 1)]  # a demonym is no ocean
