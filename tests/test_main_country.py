"""An office of state with no country named, in an article naming several countries: the
country the article is about (extract/statements/main_country.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


STORY = ("Moldovan President Ion Ceban addressed parliament in Chisinau on Monday.\n\n"
         "Moldova has struggled with protests since May, and Moldova's economy has shrunk. "
         "Moldova needs loans.\n\n"
         "Romania's ambassador attended the session.\n\n"
         "The budget goes to a vote in June. Prime Minister Vlad Rusu will present it next week.")


def test_prime_minister_of_the_dominant_country(relations_of):
    got = edges(relations_of(STORY))
    assert ("Vlad Rusu", "prime minister of", "Moldova") in got
    assert not any(s == "Vlad Rusu" and "minister" in p and o == "Romania" for s, p, o in got)


def test_no_dominant_country_no_guess(relations_of):
    text = ("Moldova and Romania signed a border deal. Both Moldova and Romania will meet again."
            "\n\nThe deal goes to a vote in June. Prime Minister Vlad Rusu will present it next "
            "week.")
    got = edges(relations_of(text))
    assert not any(s == "Vlad Rusu" and "minister" in p for s, p, _ in got)


def test_another_place_in_the_sentence_blocks_the_guess(relations_of):
    text = STORY.replace("Prime Minister Vlad Rusu will present it next week.",
                         "Prime Minister Vlad Rusu will fly to Romania next week.")
    got = edges(relations_of(text))
    assert not any(s == "Vlad Rusu" and "minister of" in p for s, p, _ in got)


def test_holder_titled_with_another_country_keeps_it(relations_of):
    text = STORY.replace("addressed parliament", "met U.S. President Joe Hall").replace(
        "Prime Minister Vlad Rusu will present it", "President Hall will leave")
    got = edges(relations_of(text))
    assert ("Joe Hall", "president of", "United States") in got
    assert ("Joe Hall", "president of", "Moldova") not in got


def test_a_president_named_in_passing_gets_no_guessed_country(relations_of):
    text = STORY.replace("Prime Minister Vlad Rusu will present it", "President Joe Hall will "
                         "send aid")
    got = edges(relations_of(text))
    assert not any(s == "Joe Hall" and "president of" in p for s, p, _ in got)


def test_president_of_the_dateline_country(relations_of):
    text = ("KAMPALA, Uganda — President Joseph Okello addressed parliament on Monday.\n\n"
            "Kenya and Tanzania sent delegations. Kenya pledged aid.")
    got = edges(relations_of(text))
    assert ("Joseph Okello", "president of", "Uganda") in got


def test_president_of_the_dateline_capital_country(relations_of):
    text = ("KAMPALA — President Joseph Okello addressed parliament on Monday.\n\n"
            "Kenya and Tanzania sent delegations to Uganda. Kenya pledged aid.")
    got = edges(relations_of(text))
    assert ("Joseph Okello", "president of", "Uganda") in got


def test_a_well_known_foreign_head_of_state_keeps_no_dateline_country(relations_of):
    text = ("KAMPALA, Uganda — President Obama offered help on Monday.\n\n"
            "Kenya and Tanzania sent delegations. Kenya pledged aid.")
    got = edges(relations_of(text))
    assert not any(s == "Obama" and o == "Uganda" for s, _, o in got)


def test_attorney_general_of_the_dateline_country(relations_of):
    text = ("KAMPALA, Uganda — Attorney General Joseph Okello charged two officials on Monday."
            "\n\nKenya and Tanzania sent delegations. Kenya pledged aid.")
    got = edges(relations_of(text))
    assert ("Joseph Okello", "attorney general of", "Uganda") in got


def test_named_to_an_office_of_the_dominant_country(relations_of):
    text = STORY.replace("The budget goes to a vote in June. Prime Minister Vlad Rusu will "
                         "present it next week.",
                         "The budget goes to a vote in June. Vlad Rusu, a veteran economist, "
                         "was named prime minister by decree.")
    got = edges(relations_of(text))
    assert any(s == "Vlad Rusu" and "prime minister" in p and o == "Moldova" for s, p, o in got)


def test_an_office_one_country_has_by_its_name(relations_of):
    text = ("The United States and Russia met in Geneva.\n\n"
            "The American side included Secretary of State Anna Berg.")
    got = edges(relations_of(text))
    assert ("Anna Berg", "secretary of state of", "United States") in got


def test_a_portfolio_secretary_of_the_only_country(relations_of):
    text = ("Moldova's court ruled on Friday. Justice Secretary Anna Berg must explain the ban.")
    got = edges(relations_of(text))
    assert ("Anna Berg", "justice secretary of", "Moldova") in got


def test_a_portfolio_secretary_of_the_named_department(relations_of):
    text = ("Moldova's Department of Defense said on Friday that Defense Secretary Anna Berg "
            "would resign.")
    got = edges(relations_of(text))
    assert any(s == "Anna Berg" and "secretary" in p and o == "Department of Defense"
               for s, p, o in got)
    assert not any(s == "Anna Berg" and o == "Moldova" for s, _, o in got)


def test_a_country_written_with_a_typographic_apostrophe_or_its_acronym_is_known():
    from graphbuild.knowledge.places import country_code
    assert country_code("People\u2019s Republic of China") == "CN"
    assert country_code("PRC") == "CN"
    assert country_code("FRB") is None        # not every official name's acronym


def test_an_office_is_not_given_the_other_country_of_a_two_country_readout(relations_of):
    found = relations_of(
        "Secretary of State Antony Blinken hosted PRC Foreign Minister Wang Yi for an official "
        "visit today in Washington. The Secretary reiterated that the United States will stand up for its "
        "interests. The Secretary expressed his condolences on the passing of former Premier "
        "Li Keqiang.")
    assert not any(s == "Li Keqiang" and o == "United States" for s, _, o, _, _ in found)
