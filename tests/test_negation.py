"""Stance: denied statements are negated, alleged or conditional ones hedged, possibilities
dropped."""
from __future__ import annotations

from graphbuild.extract.statements.negation import Stance, stance


def flags(found, subject, obj):
    return {(n, h) for s, _, o, n, h in found if s == subject and o == obj}


def test_never_negates(relations_of):
    found = relations_of("Angela Merkel never met with Vladimir Putin.")
    assert flags(found, "Angela Merkel", "Vladimir Putin") == {(True, False)}


def test_denial_negates_its_complement_and_keeps_the_plain_predicate(relations_of):
    found = relations_of("Hillary Clinton denied discussing the deal with Xi Jinping.")
    assert ("Hillary Clinton", "discuss with", "Xi Jinping", True, False) in found


def test_failed_to_negates(relations_of):
    found = relations_of("Paul Ryan failed to inform Mitch McConnell about the vote.")
    assert flags(found, "Paul Ryan", "Mitch McConnell") == {(True, False)}


def test_possibility_and_open_question_are_not_edges(relations_of):
    assert relations_of("The Russian government could blackmail Michael Flynn.") == []
    assert relations_of("The real issue is whether Michael Flynn lied to the Federal Bureau "
                        "of Investigation.") == []


def test_conditional_and_alleged_are_hedged(relations_of):
    found = relations_of("If it is true that Paul Manafort met with Oleg Deripaska, the committee "
                         "must act.")
    assert flags(found, "Paul Manafort", "Oleg Deripaska") == {(False, True)}
    found = relations_of("Carlos Slim allegedly paid Tom Barrack.")
    assert flags(found, "Carlos Slim", "Tom Barrack") == {(False, True)}


def test_no_plans_to_meet_is_negated(relations_of):
    found = relations_of("Barack Obama has no plans to meet Fidel Castro.")
    assert flags(found, "Barack Obama", "Fidel Castro") == {(True, False)}


def test_relative_clause_is_outside_the_main_clause_negation(nlp):
    doc = nlp("He failed to disclose the meetings at a time when Russia was accused of meddling.")
    meddling = next(t for t in doc if t.lower_ == "meddling")
    assert stance(meddling) == Stance(hedged=True)


def test_denials_of_reports_and_untruths_negate(relations_of):
    for text in ("Paul Manafort denied reports that he met Oleg Deripaska.",
                 "There is no evidence that Paul Manafort met Oleg Deripaska.",
                 "It is not true that Paul Manafort met Oleg Deripaska."):
        found = relations_of(text)
        got = flags(found, "Paul Manafort", "Oleg Deripaska")
        assert got and all(negated for negated, _ in got), text


def test_hearsay_and_charges_are_hedged_pleas_are_not(relations_of):
    found = relations_of("Paul Manafort is said to have met Oleg Deripaska.")
    assert ("Paul Manafort", "meet", "Oleg Deripaska", False, True) in found
    found = relations_of("Paul Manafort was charged with bribing Oleg Deripaska.")
    assert flags(found, "Paul Manafort", "Oleg Deripaska") == {(False, True)}
    found = relations_of("Paul Manafort pleaded guilty to bribing Oleg Deripaska.")
    assert flags(found, "Paul Manafort", "Oleg Deripaska") == {(False, False)}


def test_denied_clause_is_negated_and_the_denial_does_not_carry_its_verb(relations_of):
    found = relations_of("Maria Gonzalez denied that Contoso Ltd. had negotiated prices with "
                         "Northwind Traders.")
    assert ("Contoso Ltd.", "negotiate price with", "Northwind Traders", True, False) in found \
        or ("Contoso Ltd.", "negotiate with", "Northwind Traders", True, False) in found
    for _, predicate, _, negated, _ in found:
        assert negated or "negotiate" not in predicate, predicate


def test_declining_refraining_and_stopping_short_negate(relations_of):
    for text in ("Contoso Ltd. declined to sue Northwind Traders Inc. on Monday.",
                 "Contoso Ltd. refrained from suing Northwind Traders Inc. on Monday.",
                 "Contoso Ltd. stopped short of suing Northwind Traders Inc. on Monday.",
                 "Contoso Ltd. fell short of acquiring Northwind Traders Inc. on Monday."):
        found = relations_of(text)
        got = flags(found, "Contoso Ltd.", "Northwind Traders Inc.")
        assert got and all(negated for negated, _ in got), text
        assert not any(not n and any(w in p for w in ("sue", "acquire")) for _, p, _, n, _ in found)


def test_a_denied_noun_is_negated_and_the_denial_edge_is_bare(relations_of):
    found = relations_of("Maria Gonzalez denied any meetings with John Carter.")
    assert ("Maria Gonzalez", "meet with", "John Carter", True, False) in found
    assert ("Maria Gonzalez", "deny", "John Carter", False, False) in found
    for _, predicate, _, negated, _ in found:
        assert negated or "meet" not in predicate, predicate


def test_a_rejected_action_noun_is_negated(relations_of):
    found = relations_of("Contoso Ltd. rejected Northwind Traders Inc.'s acquisition of "
                         "Fabrikam Inc. on Monday.")
    acquired = [f for f in found if "acquire" in f[1]]
    assert acquired and all(negated for *_, negated, _ in acquired)


def test_an_expected_act_is_hedged(relations_of):
    found = relations_of("Maria Gonzalez is expected to plead guilty to defrauding Contoso Ltd. "
                         "on Monday.")
    assert flags(found, "Maria Gonzalez", "Contoso Ltd.") == {(False, True)}


def test_a_refused_noun_is_negated_too(relations_of):
    found = relations_of("Maria Gonzalez refused a meeting with John Carter on Monday.")
    assert ("Maria Gonzalez", "meet with", "John Carter", True, False) in found
    for _, predicate, _, negated, _ in found:
        assert negated or "meet" not in predicate, predicate


def test_intentions_and_nominations_are_hedged(relations_of):
    found = relations_of("Karen Bass plans to visit Nigeria next month.")
    assert flags(found, "Karen Bass", "Nigeria") == {(False, True)}
    found = relations_of("Maria Lopez has been nominated to be the next president of the "
                         "World Bank.")
    assert flags(found, "Maria Lopez", "World Bank") == {(False, True)}


def test_a_plan_denied_stays_only_denied(relations_of):
    found = relations_of("Karen Bass has no plans to visit Nigeria.")
    assert flags(found, "Karen Bass", "Nigeria") == {(True, False)}


def test_posing_as_is_hedged(relations_of):
    found = relations_of("Tom Hale posed as a lawyer for Orbis Holdings.")
    assert flags(found, "Tom Hale", "Orbis Holdings") == {(False, True)}


def test_a_claim_reported_by_others_is_hedged_a_fact_announced_is_not(relations_of):
    found = relations_of("Officials say Orbis Holdings funded Vantor Group.")
    assert flags(found, "Orbis Holdings", "Vantor Group") == {(False, True)}
    found = relations_of("Orbis Holdings funded Vantor Group, police said.")
    assert flags(found, "Orbis Holdings", "Vantor Group") == {(False, True)}
    found = relations_of("The Justice Department announced that Orbis Holdings paid Vantor "
                         "Group.")
    assert flags(found, "Orbis Holdings", "Vantor Group") == {(False, False)}


def test_invited_permitted_or_worked_toward_is_hedged(relations_of):
    found = relations_of("India invited Japan to take part in exercises with Australia.")
    assert flags(found, "Japan", "Australia") == {(False, True)}
    found = relations_of("The agreements let Japan export weapons to India.")
    assert flags(found, "Japan", "India") == {(False, True)}
    found = relations_of("The pact makes it possible for Japan to sell aircraft to India.")
    assert flags(found, "Japan", "India") == {(False, True)}
    found = relations_of("Tom Hale urged Ann Lee to meet Mark Ruiz.")
    assert flags(found, "Ann Lee", "Mark Ruiz") == {(False, True)}


def test_working_toward_a_goal_is_not_reaching_it(relations_of):
    found = relations_of("Mexico and Canada will work together to defeat Russia.")
    assert flags(found, "Mexico", "Russia") == {(False, True)}


def test_the_future_and_a_plea_of_not_guilty_are_hedged(relations_of):
    found = relations_of("Tom Hale would meet Ann Lee next week.")
    assert flags(found, "Tom Hale", "Ann Lee") == {(False, True)}
    found = relations_of("Tom Hale pleaded not guilty to defrauding Orbis Holdings.")
    assert flags(found, "Tom Hale", "Orbis Holdings") == {(False, True)}
    found = relations_of("Tom Hale pleaded guilty to defrauding Orbis Holdings.")
    assert flags(found, "Tom Hale", "Orbis Holdings") == {(False, False)}


def test_a_speakers_own_report_after_a_coordinated_verb_is_not_hedged(relations_of):
    found = relations_of("In his letter, Michael Flynn referred to his statements as "
                         "incomplete and said he had apologized to Mike Pence.")
    assert flags(found, "Michael Flynn", "Mike Pence") == {(False, False)}


def test_a_clause_that_is_only_a_topic_is_hedged(relations_of):
    found = relations_of("Tom Hale talked about Russia invading Ukraine.")
    assert flags(found, "Russia", "Ukraine") == {(False, True)}
    found = relations_of("Orbis Holdings violated the law by paying bribes to Tom Hale.")
    assert flags(found, "Orbis Holdings", "Tom Hale") == {(False, False)}


def test_a_past_clause_of_time_is_not_reported_with_its_main_clause(relations_of):
    found = relations_of("More than 300 people are reported killed in Chile after a powerful "
                         "earthquake hit Chile early Saturday.")
    assert ("powerful earthquake", "hit", "Chile", False, False) in found
    # one still to come keeps the main clause's stance
    found = relations_of("Officials said the vote would be counted once Acme Corp. meets "
                         "Beta Holdings Ltd.")
    assert not any(p.startswith("meet") and not (neg or hed) for s, p, o, neg, hed in found)
