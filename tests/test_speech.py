"""Speech: the speaker is linked to whom the reported clause is about."""
from __future__ import annotations


def test_said_should_resign(relations_of):
    found = relations_of("Nancy Pelosi said Jeff Sessions should resign.")
    assert ("Nancy Pelosi", "say should resign", "Jeff Sessions", False, False) in found


def test_passive_agent_of_the_clause_is_the_topic(relations_of):
    found = relations_of("Ahmet Davutoglu said the attack was carried out by the PKK.")
    assert any(s.endswith("Davutoglu") and (p, o) == ("say carry out", "PKK")
               for s, p, o, *_ in found)


def test_coordinated_speakers_are_not_linked_to_each_other(relations_of):
    found = relations_of("Jimmy Armstrong and Fred Huff each admitted that they agreed to accept "
                         "bribes from Larry Thompson.")
    assert not any({s, o} == {"Jimmy Armstrong", "Fred Huff"} for s, _, o, *_ in found)
    assert ("Fred Huff", "agree to accept from", "Larry Thompson", False, False) in found


def test_a_filing_speaks_for_its_owner(relations_of):
    found = relations_of("The Federal Trade Commission's complaint alleges that Contoso Ltd. "
                         "deceived Fabrikam Inc.")
    assert any(s == "Federal Trade Commission" and p.startswith("allege") and o == "Contoso Ltd."
               for s, p, o, *_ in found)


def test_a_false_claim_is_reported_with_the_bare_speech_verb_and_roles_stay_asserted(relations_of):
    found = relations_of("Helios Energy founder Dana Reyes falsely told investors that Brightline "
                         "had signed contracts with Northwind Power.")
    speech = [r for r in found if r[0] == "Dana Reyes" and r[2] == "Brightline"]
    assert speech and all(p == "tell" for _, p, _, *_ in speech)
    roles = [r for r in found if r[0] == "Dana Reyes" and r[2] == "Helios Energy"]
    assert roles and not any(neg for *_, neg, _ in roles)


def test_a_quotation_links_its_speaker_only_to_whom_it_names(relations_of):
    found = relations_of('Acme Corp sued Beta Inc. Ann Lee said: "The company broke the law."')
    assert not any(s == "Ann Lee" for s, _, _, _, _ in found)
    found = relations_of("\u201cJohn Roe exploited inside information for personal gain,\u201d "
                         "said Assistant Attorney General Ann Lee.")
    assert any(s == "Ann Lee" and o == "John Roe" for s, _, o, _, _ in found)


def test_what_was_agreed_stays_in_the_speech_predicate(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Orbis Holdings has agreed to plead guilty, the Department of Justice announced today.")}
    assert ("Department of Justice", "announce agree to plead", "Orbis Holdings") in got


def test_the_place_officials_are_in_does_not_speak(relations_of):
    found = relations_of("Officials in Bangladesh said Cyclone Sidr killed 3,000 people. "
                         "Officials of the Justice Department said Acme Corp. defrauded its "
                         "investors.")
    assert not any(s == "Bangladesh" for s, *_ in found)
    assert any(s == "Justice Department" and o == "Acme Corp." for s, _, o, *_ in found)


def test_a_place_the_reported_clause_is_about_gets_no_speech_edge(relations_of):
    found = relations_of("Dioncounda Traore said Mali would know peace soon. Nancy Pelosi said "
                         "Jeff Sessions should resign.")
    assert not any(s == "Dioncounda Traore" and o == "Mali" for s, _, o, *_ in found)
    assert ("Nancy Pelosi", "say should resign", "Jeff Sessions", False, False) in found
