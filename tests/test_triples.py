"""Verb triples: prepositional objects, passives, coordination, relative clauses, interactions."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_prepositional_object_keeps_its_preposition(relations_of):
    found = relations_of("Jeff Sessions met with Sergey Kislyak in July.")
    assert ("Jeff Sessions", "meet with", "Sergey Kislyak") in edges(found)


def test_passive_with_agent_becomes_active(relations_of):
    found = relations_of("Michael Flynn was fired by Donald Trump on Monday.")
    assert ("Donald Trump", "fire", "Michael Flynn") in edges(found)
    assert not any(s == "Michael Flynn" and o == "Donald Trump" for s, _, o in edges(found))


def test_coordinated_subjects_give_one_edge_each(relations_of):
    found = relations_of("Chuck Schumer, Nancy Pelosi and Elizabeth Warren met with Barack Obama "
                         "at the White House.")
    for person in ("Chuck Schumer", "Nancy Pelosi", "Elizabeth Warren"):
        assert (person, "meet with", "Barack Obama") in edges(found)


def test_relative_clause_subject_is_its_antecedent(relations_of):
    found = relations_of("Al Franken, who questioned Jeff Sessions in January, spoke to reporters.")
    assert ("Al Franken", "question", "Jeff Sessions") in edges(found)


def test_chain_of_prepositions_through_nouns(relations_of):
    found = relations_of("Michael Flynn resigned at the request of Donald Trump.")
    assert ("Michael Flynn", "resign at request of", "Donald Trump") in edges(found)


def test_participle_modifies_its_head_only(relations_of):
    found = relations_of("Acme Widgets Inc., headquartered in Denver, and its founders, "
                         "John Carter and Mary Lopez, agreed to settle Federal Trade Commission "
                         "charges.")
    got = edges(found)
    assert ("Acme Widgets Inc.", "headquartered in", "Denver") in got
    assert not any(p == "headquartered in" and s != "Acme Widgets Inc." for s, p, _ in got)
    assert ("John Carter", "agree to settle charge", "Federal Trade Commission") in got


def test_misattributed_relative_clause_stays_with_its_noun(relations_of):
    """"Thompson, working with an individual who was cooperating with the FBI": the FBI link is
    the individual's, not Thompson's."""
    found = relations_of("Larry Thompson, working with an individual who was cooperating with the "
                         "Federal Bureau of Investigation, made cash payments to Jim Huff.")
    assert not any(s == "Larry Thompson" and "Federal Bureau" in o for s, _, o in edges(found))


def test_interaction_nouns_link_owner_and_partner(relations_of):
    found = relations_of("Talks between Joe Biden and Emmanuel Macron ended on Friday.")
    assert ("Joe Biden", "talk with", "Emmanuel Macron") in edges(found)


def test_dateline_is_not_the_subject(relations_of):
    found = relations_of("BOSTON – John A. Smith, 58, the former mayor of Springfield, was "
                         "sentenced today by U.S. District Judge Mary Jones to 60 months in "
                         "prison.")
    got = edges(found)
    assert ("Mary Jones", "sentence", "John A. Smith") in got
    assert not any("Boston" in (s, o) for s, _, o in got)


def test_object_control_keeps_what_was_asked(relations_of):
    got = edges(relations_of("Nancy Pelosi urged Jeff Sessions to resign."))
    assert ("Nancy Pelosi", "urge to resign", "Jeff Sessions") in got


def test_coordinated_subjects_of_a_reciprocal_verb_meet_each_other(relations_of):
    got = edges(relations_of("Joe Biden and Xi Jinping met in Bali."))
    assert ("Joe Biden", "meet with", "Xi Jinping") in got
    got = edges(relations_of("Joe Biden and Xi Jinping were criticized by Congress."))
    assert not any({s, o} == {"Joe Biden", "Xi Jinping"} for s, _, o in got)


def test_a_subjects_owner_does_not_act_for_it(relations_of):
    got = edges(relations_of("Michael Flynn's lawyer said his client would cooperate with Robert "
                             "Mueller."))
    assert not any(p.startswith("cooperate") and s == "Michael Flynn" for s, p, _ in got)


def test_only_object_control_verbs_pass_the_infinitive_to_their_object(relations_of):
    got = edges(relations_of("Microsoft agreed on Monday to buy Activision Blizzard for $69 "
                             "billion, the largest deal in its history."))
    assert any(s == "Microsoft" and p == "agree to buy" for s, p, _ in got)


def test_ties_to_a_place(relations_of):
    got = edges(relations_of("Democrats called for an investigation into Michael Flynn's ties to "
                             "Moscow."))
    assert ("Michael Flynn", "tie to", "Moscow") in got


def test_participle_after_an_appointment_is_the_appointees(relations_of):
    got = edges(relations_of("Gov. Tom Hale on Friday appointed Dr. Ann Lee as the state's health "
                             "secretary, replacing Bill Ortiz, who resigned in March."))
    assert ("Tom Hale", "appoint", "Ann Lee") in got
    assert ("Ann Lee", "replace", "Bill Ortiz") in got
    assert ("Tom Hale", "replace", "Bill Ortiz") not in got
    got = edges(relations_of("Tom Hale fired Ann Lee, accusing her of fraud."))
    assert ("Tom Hale", "accuse", "Ann Lee") in got


def test_coordinated_parties_to_an_agreement(relations_of):
    got = edges(relations_of("Contoso Ltd. and Fabrikam Inc. signed an agreement on Monday."))
    assert ("Contoso Ltd.", "sign agreement with", "Fabrikam Inc.") in got
    got = edges(relations_of("Contoso Ltd. and Fabrikam Inc. signed the letter on Monday."))
    assert not any({s, o} == {"Contoso Ltd.", "Fabrikam Inc."} for s, _, o in got)


def test_a_participle_agent_leads_on_from_its_noun(relations_of):
    got = edges(relations_of("Contoso Ltd. agreed to pay $5 million to settle charges brought by "
                             "the Securities and Exchange Commission."))
    assert any(s == "Contoso Ltd." and "settle charge by" in p
               and o == "Securities and Exchange Commission" for s, p, o in got)


def test_verbs_the_lemmatizer_confuses_with_nouns(relations_of):
    got = edges(relations_of("Contoso Ltd. was fined $2 million by the Securities and Exchange "
                             "Commission."))
    assert ("Securities and Exchange Commission", "fine", "Contoso Ltd.") in got


def test_a_dative_preposition_is_a_prepositional_object(relations_of):
    got = edges(relations_of("According to the indictment, Maria Gonzalez paid bribes to John "
                             "Carter."))
    assert ("Maria Gonzalez", "pay bribe to", "John Carter") in got


def test_an_infinitive_after_an_object_is_the_objects_act_alone(relations_of):
    got = edges(relations_of("Contoso Ltd. hired Maria Gonzalez to replace John Carter."))
    assert ("Maria Gonzalez", "replace", "John Carter") in got
    assert not any(s == "Maria Gonzalez" and p.startswith("hire") for s, p, _ in got)


def test_what_an_object_is_asked_not_to_do_says_not(relations_of):
    got = edges(relations_of("Maria Gonzalez urged John Carter not to testify."))
    assert ("Maria Gonzalez", "urge not to testify", "John Carter") in got


def test_a_verb_does_not_reach_the_owner_of_its_object(relations_of):
    found = relations_of("Pinecrest Holdings wired $80,000 to a charity run by Lorna Quist, "
                         "and the Treasury pursued charges brought by Gideon Faraday.")
    got = edges(found)
    assert not any(s == "Pinecrest Holdings" and o == "Lorna Quist" for s, _, o in got)


def test_a_dateline_with_an_abbreviated_city_is_not_the_subject(relations_of):
    found = relations_of("FT. MYERS \u2014 Florida Attorney General Hal Brennan today sued "
                         "Coastline Roofing LLC.")
    got = edges(found)
    assert not any(p.startswith("sue") and s != "Hal Brennan" for s, p, _ in got)
    assert ("Hal Brennan", "sue", "Coastline Roofing LLC") in got


def test_a_dateline_run_into_a_headline_is_no_subject(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "2 banks admit to bribery scheme WASHINGTON – Chicago-based Orbis Holdings Inc. entered "
        "into an agreement with the Department of Justice on Monday.")}
    assert any(s == "Orbis Holdings Inc." and o == "Department of Justice" for s, _, o in got)
    assert not any(s == "Washington" for s, _, _ in got)


def test_a_town_before_based_after_a_dateline_is_no_subject(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "CHICAGO — Osaka, Japan-based Kintaro Co. Ltd., has agreed to pay the Federal Trade "
        "Commission a fine.")}
    assert any(s == "Kintaro Co. Ltd." and o == "Federal Trade Commission" for s, _, o in got)
    assert not any(s == "Osaka" and o == "Federal Trade Commission" for s, _, o in got)


def test_a_place_two_prepositions_down_a_subject_does_not_act(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Orbis Holdings, a lender and an issuer of bonds in the United Kingdom, and its "
        "subsidiary, Vantor Ltd., signed an agreement with the Federal Trade Commission.")}
    assert not any(s == "United Kingdom" and o == "Federal Trade Commission" for s, _, o in got)
    assert any(s == "Orbis Holdings" and o == "Federal Trade Commission" for s, _, o in got)


def test_a_list_after_a_colon_or_including_stands_for_the_noun(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "The State Department named three directors: Ann Lee, Tom Hale and Mark Ruiz.")}
    assert {("State Department", "name", n) for n in ("Ann Lee", "Tom Hale", "Mark Ruiz")} <= got
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Several countries, including France and Germany, sanctioned Russia.")}
    assert {("France", "sanction", "Russia"), ("Germany", "sanction", "Russia")} <= got


def test_what_is_said_is_no_partner_of_the_speaker(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "John Smith, a lecturer at Harvard University, said it.")}
    assert ("John Smith", "say", "Harvard University") not in got
    assert ("John Smith", "lecturer at", "Harvard University") in got


def test_speaking_side_by_side_is_not_speaking_with_each_other(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Ann Lee, director of the Orbis Institute, and Tom Hale, its treasurer, spoke.")}
    assert not any(s == "Ann Lee" and o == "Tom Hale" for s, _, o in got)


def test_a_post_after_as_keeps_its_modifiers_in_the_predicate(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Tom Hale resigned as chief executive of Acme Corp on Monday.")}
    assert ("Tom Hale", "resign as chief executive of", "Acme Corp") in got


def test_include_and_contain_relate_only_their_entity_objects(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "The complaint by the Federal Trade Commission contains allegations by Ann Lee. "
        "The board includes Orbis Holdings.")}
    assert not any(o == "Ann Lee" for _, _, o in got)


def test_the_accused_does_what_with_of_or_for_introduces(relations_of):
    found = relations_of("Ann Lee announced today the filing of criminal charges against Orbis "
                         "Holdings for paying bribes to a government official in Kenya.")
    assert any(s == "Orbis Holdings" and p.startswith("pay") and o == "Kenya" and h and not n
               for s, p, o, n, h in found)
    assert not any(s == "Ann Lee" and o == "Kenya" for s, _, o, _, _ in found)
    found = relations_of("Ann Lee thanked Tom Hale for leading the Orbis Institute.")
    assert ("Tom Hale", "lead", "Orbis Institute", False, False) in found


def test_the_noun_a_relative_clause_modifies_is_its_object_in_the_predicate(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Russia could blackmail Tom Hale over untrue statements he had made to Ann Lee.")}
    assert ("Tom Hale", "make statement to", "Ann Lee") in got


def test_a_nationalitys_officials_and_troops_act_for_its_country(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Russia and Ukraine clashed. Russian troops entered Ukraine. Iraq protested. Iraqi "
        "officials traveled to China.")}
    assert ("Russia", "enter", "Ukraine") in got
    assert ("Iraq", "travel to", "China") in got


def test_a_post_after_as_stays_the_subjects_beside_a_common_object(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Tom Hale left the company as chairman of Orbis Holdings in 2010.")}
    assert ("Tom Hale", "leave as chairman of", "Orbis Holdings") in got


def test_a_countrys_security_forces_act_for_it(relations_of):
    found = relations_of("Venezuela faces protests. Venezuelan intelligence agents arrested "
                         "opposition leaders Leopoldo Lopez and Antonio Ledezma.")
    got = {(s, p, o) for s, p, o, _, _ in found}
    assert {("Venezuela", "arrest", "Leopoldo Lopez"),
            ("Venezuela", "arrest", "Antonio Ledezma")} <= got


def test_a_name_parsed_as_an_adverb_of_the_verb_is_its_object(relations_of):
    found = relations_of("Kenya's President Uhuru Kenyatta met Ethiopian Prime Minister Abiy "
                         "Ahmed.")
    assert ("Uhuru Kenyatta", "meet", "Abiy Ahmed", False, False) in found


def test_the_thing_acted_on_stays_in_a_prepositional_predicate(relations_of):
    found = relations_of("U.S. President George Bush offered condolences to Bangladesh.")
    assert ("George Bush", "offer condolence to", "Bangladesh", False, False) in found


def test_a_craft_named_by_its_mission_acts(relations_of):
    found = relations_of("The Phoenix lander sent a signal to Earth on November 2.")
    assert ("Phoenix", "send signal to", "Earth", False, False) in found


def test_who_goes_somewhere_for_talks_holds_them_and_is_there(relations_of):
    found = relations_of("Indian Prime Minister Manmohan Singh is in Moscow for talks with "
                         "Russian President Vladimir Putin.")
    assert ("Manmohan Singh", "talk with", "Vladimir Putin", False, False) in found
    assert ("Manmohan Singh", "be in", "Moscow", False, False) in found
    found = relations_of("Tom Lee was not in Paris last week.")
    assert ("Tom Lee", "be in", "Paris", True, False) in found


def test_coordinated_nationalities_of_officials_act_each_for_their_country(relations_of):
    found = relations_of("Indian and Russian officials signed several agreements in Moscow.")
    assert ("India", "sign agreement with", "Russia", False, False) in found


def test_coordinated_subjects_holding_talks_talk_with_each_other(relations_of):
    got = edges(relations_of("Chilean President Ana Robles and Peruvian Prime Minister Luis Vega "
                             "held direct talks in Lima on Friday."))
    assert any(s == "Ana Robles" and "talk" in p and o == "Luis Vega" for s, p, o in got)


def test_one_subject_holding_talks_has_no_partner(relations_of):
    got = edges(relations_of("Ana Robles held talks in Lima on Friday."))
    assert not any(s == "Ana Robles" and "talk" in p for s, p, o in got)


def test_a_government_acts_for_its_owner(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "President Nicolas Maduro's government arrested opposition leader Leopoldo Lopez. "
        "Ann Lee's client cooperated with Acme Corp.")}
    assert ("Nicolas Maduro", "arrest", "Leopoldo Lopez") in got
    assert not any(s == "Ann Lee" and o == "Acme Corp." for s, _, o in got)


def test_an_organization_in_a_named_objects_title_is_not_the_verbs_object(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Secretary of State Antony J. Blinken hosted PRC Director of the CCP Central Foreign "
        "Affairs Commission and Foreign Minister Wang Yi for an official visit today. "
        "Acme Corp. paid the director of Beta Inc.")}
    assert ("Antony J. Blinken", "host", "Wang Yi") in got
    assert not any(s == "Antony J. Blinken" and o.startswith("CCP") for s, _, o in got)
    assert ("Acme Corp.", "pay director of", "Beta Inc.") in got


def test_an_infinitive_on_a_linking_verb_is_not_the_subjects_act(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Mayor Ivan Petrov appointed Oleg Sokol as deputy. Petrov has become the target of a "
        "campaign by state media to portray him as corrupt.")}
    assert not any(p == "portray" for _, p, _ in got)


def test_a_thing_based_in_a_place_is_not_the_place(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Carlos Ruiz headed the Tijuana, Mexico-based cartel bearing his name.")}
    assert not any(s == "Tijuana" and p.startswith("bear") for s, p, _ in got)


def test_a_judge_in_a_city_acts_not_the_city(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "A federal judge in Miami sentenced Carlos Ruiz to ten years in prison. Police in Lagos "
        "arrested three men, including Chinedu Okafor, on Sunday.")}
    assert not any(s == "Miami" for s, _, _ in got)
    assert ("Lagos", "arrest", "Chinedu Okafor") in got


def test_a_title_the_parser_made_a_conjunct_stands_for_the_name_after_it(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Chinese Vice Premier Liu He and U.S. Trade Representative Robert Lighthizer held talks "
        "in Washington on Thursday.")}
    assert ("Liu He", "hold talk with", "Robert Lighthizer") in got


def test_the_holder_named_after_a_roles_organization_is_the_subject(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "The former head of Petrobras, Aldemir Bendine, was arrested in Sao Paulo.")}
    assert ("Aldemir Bendine", "arrested in", "Sao Paulo") in got
    assert not any(s == "Petrobras" and o == "Sao Paulo" for s, _, o in got)
