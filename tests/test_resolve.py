"""Merging the entities of many articles into corpus entities (graphbuild.resolve.merge)."""
from __future__ import annotations

from graphbuild.records import DocEntity, DocExtraction
from graphbuild.resolve.merge import resolve


def doc(doc_id: str, *entities: tuple[str, str, list[str]]) -> DocExtraction:
    return DocExtraction(article={"id": doc_id}, entities=[
        DocEntity(key=f"e{i}", label=label, type=type_, aliases=aliases or [label], mentions=1)
        for i, (label, type_, aliases) in enumerate(entities)])


def labels(entities):
    return sorted((e.label, tuple(e.documents)) for e in entities)


def test_same_entity_in_two_articles_is_one_node_with_merged_aliases():
    entities, _ = resolve([doc("a", ("Department of Justice", "ORG", ["Justice Department"])),
                           doc("b", ("Justice Department", "ORG", []))])
    assert labels(entities) == [("Department of Justice", ("a", "b"))]


def test_a_name_bridging_two_groups_joins_them():
    entities, _ = resolve([doc("a", ("FBI", "ORG", [])),
                           doc("b", ("Federal Bureau of Investigation", "ORG", [])),
                           doc("c", ("Federal Bureau of Investigation", "ORG", ["FBI"]))])
    assert labels(entities) == [("Federal Bureau of Investigation", ("a", "b", "c"))]


def test_acronym_alone_joins_its_one_expansion_in_another_article():
    entities, _ = resolve([doc("a", ("FTC", "ORG", [])),
                           doc("b", ("Federal Trade Commission", "ORG", []))])
    assert labels(entities) == [("Federal Trade Commission", ("a", "b"))]


def test_people_join_when_their_full_names_agree():
    entities, _ = resolve([doc("a", ("Mike Flynn", "PERSON", ["Flynn"]),
                               ("Sergey Kislyak", "PERSON", [])),
                           doc("b", ("Michael Flynn", "PERSON", []),
                               ("Sergei Kislyak", "PERSON", ["Kislyak"]))])
    assert len(entities) == 2
    assert all(e.documents == ["a", "b"] for e in entities)


def test_a_shared_surname_does_not_merge_two_people():
    entities, _ = resolve([doc("a", ("Raul Castro", "PERSON", [])),
                           doc("b", ("Fidel Castro", "PERSON", [])),
                           doc("c", ("Castro", "PERSON", []))])
    assert labels(entities) == [("Castro", ("c",)), ("Fidel Castro", ("b",)),
                                ("Raul Castro", ("a",))]


def test_a_surname_joins_the_only_person_of_that_name():
    entities, _ = resolve([doc("a", ("Pence", "PERSON", [])),
                           doc("b", ("Mike Pence", "PERSON", []))])
    assert labels(entities) == [("Mike Pence", ("a", "b"))]
    rules = [m.rule for e in entities for m in e.merges]
    assert any("the only one in the corpus" in r for r in rules)


def test_resolution_does_not_depend_on_input_order():
    docs = [doc("a", ("Pence", "PERSON", [])), doc("b", ("Mike Pence", "PERSON", [])),
            doc("c", ("U.S.", "GPE", ["United States"]))]
    first, _ = resolve(docs)
    second, _ = resolve(list(reversed(docs)))
    assert labels(first) == labels(second)


def test_a_surname_tagged_as_an_organization_joins_the_one_person_of_that_name():
    entities, _ = resolve([doc("a", ("Donald Trump", "PERSON", ["Trump"])),
                           doc("b", ("Trump", "ORG", []), ("Ford", "ORG", []))])
    assert sorted((e.label, e.type, tuple(e.documents)) for e in entities) == [
        ("Donald Trump", "PERSON", ("a", "b")), ("Ford", "ORG", ("b",))]


def test_surname_of_another_type_joins_in_either_article_order():
    entities, _ = resolve([doc("a", ("Trump", "ORG", [])),
                           doc("b", ("Donald Trump", "PERSON", ["Trump"]))])
    assert [(e.label, e.type, e.documents) for e in entities] == [
        ("Donald Trump", "PERSON", ["a", "b"])]


def test_a_short_name_standing_for_an_organization_in_one_article_joins_nothing_elsewhere():
    from graphbuild.extract.mentions.entities import cluster_mentions
    from graphbuild.extract.mentions.spans import Mention
    from graphbuild.records import Article, DocExtraction
    from graphbuild.resolve.merge import resolve

    def extraction(doc_id: str, long_name: str) -> DocExtraction:
        ms = [Mention(long_name, "ORG", 0, len(long_name), 0, 0, len(long_name.split())),
              Mention("Commission", "ORG", 100, 110, 1, 0, 1)]
        entities, _ = cluster_mentions(Article(doc_id, ""), ms)
        return DocExtraction(article={"id": doc_id}, entities=entities, relations=[])

    entities, _ = resolve([extraction("a", "Federal Maritime Commission"),
                           extraction("b", "Nuclear Regulatory Commission")])
    assert sorted((e.label, tuple(e.aliases)) for e in entities) == [
        ("Federal Maritime Commission", ("Commission", "Federal Maritime Commission")),
        ("Nuclear Regulatory Commission", ("Commission", "Nuclear Regulatory Commission"))]


def test_a_clipped_name_in_one_article_joins_the_full_name_in_another():
    entities, _ = resolve([doc("a", ("Fed", "ORG", [])), doc("b", ("Federal Reserve", "ORG", []))])
    assert labels(entities) == [("Federal Reserve", ("a", "b"))]


def _located(extraction: DocExtraction, subject: str, container: str) -> DocExtraction:
    from graphbuild.records import Evidence, RelationMention
    extraction.relations.append(RelationMention(subject, "located in", container,
                                                Evidence("x", "", 0, 0), kind="role"))
    return extraction


def test_a_place_its_article_locates_elsewhere_is_not_the_capital_of_that_name():
    cairo_ga = _located(doc("a", ("Cairo", "GPE", []), ("Georgia", "GPE", ["Ga."])), "e0", "e1")
    entities, _ = resolve([cairo_ga, doc("b", ("Cairo", "GPE", [])),
                           doc("c", ("Oregon", "GPE", ["Ore."])), doc("d", ("Oregon", "GPE", [])),
                           doc("e", ("Washington", "GPE", ["Wash.", "Washington"])),
                           doc("f", ("Washington", "GPE", []))])
    assert labels(entities) == [("Cairo", ("a",)), ("Cairo", ("b",)), ("Georgia", ("a",)),
                                ("Oregon", ("c", "d")), ("Washington", ("e",)),
                                ("Washington", ("f",))]


def test_a_town_in_one_state_joins_the_same_town_unqualified_or_in_that_state():
    springfield = _located(doc("a", ("Springfield", "GPE", []), ("Ohio", "GPE", [])), "e0", "e1")
    springfield_il = _located(doc("b", ("Springfield", "GPE", []), ("Illinois", "GPE", [])),
                              "e0", "e1")
    entities, _ = resolve([springfield, springfield_il, doc("c", ("Springfield", "GPE", []))])
    assert sorted(e.documents for e in entities if e.label == "Springfield") == [
        ["a", "c"], ["b"]]
    assert "Springfield, Illinois" in next(e for e in entities if e.documents == ["b"]).aliases


def test_a_town_and_the_country_it_lies_in_stay_two_places():
    town = _located(doc("a", ("Suva", "GPE", []), ("Fiji", "GPE", [])), "e0", "e1")
    entities, _ = resolve([town, doc("b", ("Fiji", "GPE", []))])
    assert labels(entities) == [("Fiji", ("a", "b")), ("Suva", ("a",))]
    assert "Suva, Fiji" in next(e for e in entities if e.label == "Suva").aliases


def test_a_company_typed_as_a_person_joins_the_company_of_that_short_name():
    entities, _ = resolve([doc("a", ("Brightwater Mining Corp.", "ORG", [])),
                           doc("b", ("Brightwater Mining", "PERSON", ["Brightwater"]))])
    assert labels(entities) == [("Brightwater Mining Corp.", ("a", "b"))]
    assert entities[0].type == "ORG"


def test_a_person_with_a_title_is_not_taken_for_a_company():
    a = doc("a", ("Brightwater Mining Corp.", "ORG", []))
    b = doc("b", ("Brightwater Mining", "PERSON", []))
    b.entities[0].titles = ["Senator"]
    entities, _ = resolve([a, b])
    assert len(entities) == 2


def test_a_company_with_its_legal_ending_joins_the_same_name_without_it():
    entities, _ = resolve([doc("a", ("Northwind Traders, Inc.", "ORG", [])),
                           doc("b", ("Northwind Traders", "ORG", [])),
                           doc("c", ("Lund Group", "ORG", [])),
                           doc("d", ("Lund", "PERSON", []))])
    assert labels(entities) == [("Lund", ("d",)), ("Lund Group", ("c",)),
                                ("Northwind Traders, Inc.", ("a", "b"))]


def test_an_acronym_joins_the_department_an_article_names_the_short_way_round():
    entities, _ = resolve([doc("a", ("DOE", "ORG", [])),
                           doc("b", ("Energy Department", "ORG", []))])
    assert labels(entities) == [("Energy Department", ("a", "b"))]


def test_a_state_name_that_is_also_a_city_is_the_city_unless_its_article_shows_the_state():
    from graphbuild.records import Evidence, RelationMention
    governor = doc("d", ("Kathy Hochul", "PERSON", []), ("New York", "GPE", []))
    governor.relations = [RelationMention("e0", "governor of", "e1", Evidence("d", "", 0, 1),
                                          kind="role")]
    entities, _ = resolve([doc("a", ("New York", "GPE", [])),
                           doc("b", ("New York City", "GPE", [])),
                           doc("c", ("New York", "GPE", ["N.Y."])),
                           governor])
    places = sorted((e.label, tuple(e.documents)) for e in entities if e.type == "GPE")
    assert places == [("New York", ("c", "d")), ("New York City", ("a", "b"))]


def test_a_surname_of_two_people_joins_the_one_whose_articles_share_its_story():
    entities, _ = resolve([doc("a", ("Anna Lindqvist", "PERSON", []), ("Corvex Ltd", "ORG", []),
                               ("Harbor Safety Board", "ORG", [])),
                           doc("b", ("Erik Lindqvist", "PERSON", []), ("Mapleton", "GPE", [])),
                           doc("c", ("Lindqvist", "PERSON", []), ("Corvex Ltd", "ORG", []),
                               ("Harbor Safety Board", "ORG", []))])
    people = sorted((e.label, tuple(e.documents)) for e in entities if e.type == "PERSON")
    assert people == [("Anna Lindqvist", ("a", "c")), ("Erik Lindqvist", ("b",))]


def test_a_surname_whose_story_both_people_share_joins_neither():
    entities, _ = resolve([doc("a", ("Anna Lindqvist", "PERSON", []), ("Corvex Ltd", "ORG", []),
                               ("Mapleton", "GPE", [])),
                           doc("b", ("Erik Lindqvist", "PERSON", []), ("Corvex Ltd", "ORG", []),
                               ("Mapleton", "GPE", [])),
                           doc("c", ("Lindqvist", "PERSON", []), ("Corvex Ltd", "ORG", []),
                               ("Mapleton", "GPE", []))])
    assert ("Lindqvist", ("c",)) in labels(entities)


def test_a_company_typed_as_a_facility_joins_the_organization_of_that_name():
    entities, _ = resolve([doc("a", ("Brightpath Labs Inc.", "ORG", ["Brightpath"])),
                           doc("b", ("Brightpath", "FAC", [])),
                           doc("c", ("Georgia", "FAC", [])), doc("d", ("Georgia", "ORG", []))])
    assert labels(entities) == [("Brightpath Labs Inc.", ("a", "b")), ("Georgia", ("c",)),
                                ("Georgia", ("d",))]


def test_a_company_short_form_of_one_article_joins_the_same_short_name_in_another():
    from graphbuild.records import Merge
    a = doc("a", ("Quillon Robotics Corp.", "ORG", ["Quillon Robotics Corp.", "Quillon"]))
    a.entities[0].merges = [Merge("Quillon", "short form of 'Quillon Robotics Corp.'", "a")]
    entities, _ = resolve([a, doc("b", ("Quillon", "ORG", []))])
    assert labels(entities) == [("Quillon Robotics Corp.", ("a", "b"))]


def test_a_body_named_without_its_state_joins_the_state_body_of_its_story():
    story = [("Tina Kotek", "PERSON", []), ("Salem Prison Board", "ORG", [])]
    entities, _ = resolve([doc("a", ("Oregon Department of Corrections", "ORG", []),
                               ("Oregon", "GPE", []), *story),
                           doc("b", ("Department of Corrections", "ORG", []),
                               ("Oregon", "GPE", []), *story)])
    orgs = sorted((e.label, tuple(e.documents)) for e in entities if "Corrections" in e.label)
    assert orgs == [("Oregon Department of Corrections", ("a", "b"))]


def test_a_body_named_without_its_state_in_another_story_stays_apart():
    entities, _ = resolve([doc("a", ("Oregon Department of Corrections", "ORG", []),
                               ("Oregon", "GPE", []), ("Tina Kotek", "PERSON", [])),
                           doc("b", ("Department of Corrections", "ORG", []),
                               ("Oregon", "GPE", []), ("Mapleton", "GPE", []))])
    assert len([e for e in entities if "Corrections" in e.label]) == 2


def test_a_city_named_with_its_district_does_not_join_the_state_of_the_same_name():
    entities, _ = resolve([doc("a", ("New York, N.Y.", "GPE", [])),
                           doc("b", ("New York", "GPE", ["N.Y."])),
                           doc("c", ("New York City", "GPE", []))])
    assert labels(entities) == [("New York", ("b",)), ("New York, N.Y.", ("a", "c"))]


def test_transliterations_of_a_surname_and_first_name_are_one_person():
    entities, _ = resolve([doc("a", ("Dmitriy Volsky", "PERSON", [])),
                           doc("b", ("Dmitry Volskiy", "PERSON", [])),
                           doc("c", ("Volskyy", "PERSON", [])),
                           doc("d", ("Anna Rossi", "PERSON", [])),
                           doc("e", ("Anna Rossy", "PERSON", []))])
    assert labels(entities) == [("Anna Rossi", ("d",)), ("Anna Rossy", ("e",)),
                                ("Dmitry Volskiy", ("a", "b", "c"))]


def test_an_honorific_keeps_a_surname_from_the_only_person_of_the_other_gender():
    for honorific, joined in [("Mr.", False), ("Ms.", True)]:
        single = doc("b", ("Okonkwo", "PERSON", []))
        single.entities[0].titles = [honorific]
        entities, _ = resolve([doc("a", ("Nancy Okonkwo", "PERSON", [])), single])
        assert (len(entities) == 1) is joined


def test_two_companies_sharing_a_short_form_stay_two_and_the_bare_name_joins_neither():
    from graphbuild.records import Merge

    def company(doc_id: str, name: str) -> DocExtraction:
        x = doc(doc_id, (name, "ORG", [name, "Keystone"]))
        x.entities[0].merges = [Merge("Keystone", f"short form of {name!r}", doc_id)]
        return x

    entities, _ = resolve([company("a", "Keystone Foods Inc."), company("b", "Keystone Rail Corp."),
                           doc("c", ("Keystone", "ORG", []))])
    assert labels(entities) == [("Keystone", ("c",)), ("Keystone Foods Inc.", ("a",)),
                                ("Keystone Rail Corp.", ("b",))]


def test_a_one_word_company_name_without_its_ending_joins_only_an_unshared_bare_name():
    entities, _ = resolve([doc("a", ("Tessaro Corp.", "ORG", [])),
                           doc("b", ("Tessaro", "ORG", [])),
                           doc("c", ("Vantor Holdings", "ORG", [])),
                           doc("d", ("Vantor Inc.", "ORG", []))])
    assert labels(entities) == [("Tessaro Corp.", ("a", "b")), ("Vantor Holdings", ("c",)),
                                ("Vantor Inc.", ("d",))]


def test_the_first_word_of_one_company_joins_a_bare_name_but_not_a_nationality():
    entities, _ = resolve([doc("a", ("Quorvex Platforms Inc.", "ORG", [])),
                           doc("b", ("Quorvex", "ORG", [])),
                           doc("c", ("American Widget Group Inc.", "ORG", [])),
                           doc("d", ("American", "ORG", []))])
    assert labels(entities) == [("American", ("d",)), ("American Widget Group Inc.", ("c",)),
                                ("Quorvex Platforms Inc.", ("a", "b"))]


def test_a_capital_with_its_country_is_the_bare_capital():
    from graphbuild.knowledge.places import same_place_reading
    assert same_place_reading(frozenset({"kenya"}), frozenset(), "Nairobi")
    assert not same_place_reading(frozenset({"ohio"}), frozenset(), "Athens")


def test_a_coined_company_word_typed_as_a_place_joins_the_company():
    # "Bizjet" read as a town: a word written with an inner capital in the company's name is
    # coined, so the bare word is that company; a plain word ("Norvale") typed GPE stays a place.
    entities, _ = resolve([doc("a", ("ZentaJet Aviation Services Inc.", "ORG", [])),
                           doc("b", ("Zentajet", "GPE", [])),
                           doc("c", ("Norvale Freight Inc.", "ORG", [])),
                           doc("d", ("Norvale", "GPE", []))])
    assert labels(entities) == [("Norvale", ("d",)), ("Norvale Freight Inc.", ("c",)),
                                ("ZentaJet Aviation Services Inc.", ("a", "b"))]
    assert [e.type for e in entities if e.label.startswith("Zenta")] == ["ORG"]
