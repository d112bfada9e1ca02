"""A dateline's place is flagged on its mention and is never an action's subject or object."""
from __future__ import annotations

from graphbuild.extract import extract_article
from graphbuild.extract.mentions.article import article_mentions
from graphbuild.ingest.sources import article_from_text
from graphbuild.nlp import parse_articles


def _extract(nlp, text: str):
    article = article_from_text("Headline about a case\n\n" + text, id="t")
    (_, parsed), = list(parse_articles(nlp, [article]))
    return article, parsed, extract_article(article, parsed)


def test_dateline_places_are_flagged_on_their_mentions(nlp):
    article, parsed, _ = _extract(nlp, "TULSA, Okla. \u2013 A jury convicted Jane Roe of fraud.")
    flagged = {m.text for m in article_mentions(article, parsed) if m.in_dateline}
    assert flagged == {"TULSA", "Okla."}


def test_a_dateline_is_not_the_one_who_acts(nlp):
    _, _, ex = _extract(nlp, "BALTIMORE, Md. \u2014 Officials charged John Doe in connection "
                             "with the fraud.")
    labels = {e.key: e.label for e in ex.entities}
    assert not [r for r in ex.relations if labels.get(r.subject) == "Baltimore"
                or labels.get(r.object) == "Baltimore" and r.predicate != "located in"]


def test_a_role_may_still_read_the_dateline_state(nlp):
    _, _, ex = _extract(nlp, "OLYMPIA, Wash. - Gov. Jay Inslee signed the bill.")
    labels = {e.key: e.label for e in ex.entities}
    assert ("Jay Inslee", "governor of", "Washington") in {
        (labels.get(r.subject), r.predicate, labels.get(r.object)) for r in ex.relations}


def test_a_wire_section_label_before_a_colon_is_no_argument(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Kenya: Secretary Rice's Meeting with Kenyan President Kibaki\n\n"
        "Secretary Condoleezza Rice met today with Kenyan President Mwai Kibaki.")}
    assert not any(s == "Kenya" and o == "Condoleezza Rice" for s, _, o in got)


def test_a_title_case_dateline_before_a_dash_is_no_argument(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Nairobi, Kenya - Kenyan lawyer Peter Kamau was appointed ambassador to Ethiopia on "
        "Monday.")}
    assert ("Peter Kamau", "appointed ambassador to", "Ethiopia") in got
    assert not any(s == "Nairobi" and o == "Ethiopia" for s, _, o in got)
