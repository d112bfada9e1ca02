"""Events as nodes: nominal and named events, merged within an article, linked to participants."""
from __future__ import annotations


def events(found):
    return {e.label: e for e in found.extraction.entities if e.type == "EVENT"}


def test_nominal_event_with_a_modifier_is_a_node(relations_of):
    found = relations_of("Jeff Sessions met Sergey Kislyak on the sidelines of the Republican "
                         "convention.")
    assert "Republican convention" in events(found)
    assert ("Jeff Sessions", "meet on sideline of", "Republican convention", False, False) in found


def test_nested_mentions_merge_into_one_event(relations_of):
    found = relations_of("Jeff Sessions did not mention the meetings during his confirmation "
                         "hearing. Sessions had failed at his Senate confirmation hearing to "
                         "disclose them.")
    hearings = events(found)
    assert list(hearings) == ["Senate confirmation hearing"]
    assert ("Jeff Sessions", "fail at", "Senate confirmation hearing", False, False) in found
    assert ("Jeff Sessions", "have hearing", "Senate confirmation hearing", False, False) in found


def test_bare_head_alone_is_not_an_event(relations_of):
    found = relations_of("The trial began on Monday.")
    assert events(found) == {}


def test_named_operation_is_an_event(relations_of):
    found = relations_of("The charges arise from Operation Costly Influence, an investigation "
                         "conducted by the Federal Bureau of Investigation.")
    assert "Operation Costly Influence" in events(found)
    assert ("Federal Bureau of Investigation", "conduct", "Operation Costly Influence",
            False, False) in found


def test_event_place(relations_of):
    found = relations_of("The G20 summit in Rome opened on Saturday. Joe Biden attended the "
                         "summit.")
    assert ("G20 summit", "take place in", "Rome", False, False) in found
    assert ("Joe Biden", "attend", "G20 summit", False, False) in found


def test_bare_mention_joins_a_later_named_event_and_dates_are_kept(relations_of):
    found = relations_of("The summit in Geneva on June 16 was tense. Joe Biden attended the "
                         "Geneva summit.")
    summit = events(found)["Geneva summit"]
    assert summit.mentions == 2
    assert summit.attributes == {"date": ["June 16"]}
    assert ("Geneva summit", "take place in", "Geneva", False, False) in found


def test_disasters_are_events_with_their_place(relations_of):
    found = relations_of("A magnitude 7.8 earthquake struck Nepal on Saturday, killing thousands.")
    types = {e.label: e.type for e in found.extraction.entities}
    assert types.get("magnitude 7.8 earthquake") == "EVENT"
    assert ("magnitude 7.8 earthquake", "strike", "Nepal") in {(s, p, o) for s, p, o, _, _ in found}
    found = relations_of("Typhoon Haiyan struck the Philippines.")
    assert {e.label: e.type for e in found.extraction.entities}.get("Typhoon Haiyan") == "EVENT"


def test_who_shares_an_event_with_the_subject_is_related_to_it(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Ash Carter spoke while conducting a news conference with Army Gen. Martin Dempsey at "
        "the Pentagon.")}
    assert ("Ash Carter", "conduct conference with", "Martin Dempsey") in got


def test_a_disasters_size_does_not_make_a_second_disaster(relations_of):
    found = relations_of("More than 300 people died in Peru after a magnitude 8.1 earthquake hit "
                         "the coast. Rescuers helped survivors of the massive quake, which was "
                         "centered near the city of Huaral. Peru experiences many earthquakes.")
    quakes = events(found)
    assert list(quakes) == ["magnitude 8.1 earthquake"]
    assert "massive quake" in quakes["magnitude 8.1 earthquake"].aliases
    # "the city of Huaral" names its own place: a place, and no stand-in for Peru
    places = {e.label: e.type for e in found.extraction.entities}
    assert places.get("Huaral") == "GPE"
    got = {(s, p, o) for s, p, o, _, _ in found}
    assert any(s == "magnitude 8.1 earthquake" and o == "Huaral" for s, _, o in got)
    assert not any(s == "magnitude 8.1 earthquake" and o == "Peru" and "center" in p
                   for s, p, o in got)


def test_a_runoff_is_an_election(relations_of):
    found = relations_of("The commission declared Ellen Johnson-Sirleaf the winner of the "
                         "presidential runoff.")
    assert "presidential runoff" in events(found)


def test_a_description_of_a_named_storm_is_that_storm(relations_of):
    found = relations_of("Bangladesh says the death toll from Cyclone Sidr has risen to more "
                         "than 3,000. The powerful storm struck the country's southwest coast "
                         "Thursday night.")
    assert list(events(found)) == ["Cyclone Sidr"]
    assert any(s == "Cyclone Sidr" and p.startswith("strike") and o == "Bangladesh"
               for s, p, o, _, _ in found)
