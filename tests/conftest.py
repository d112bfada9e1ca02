"""Shared fixtures: the spaCy pipeline and a graph of the seed articles, built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import browser, open_map  # noqa: F401  (one Chromium for the session)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline (loaded once: it takes about a second)."""
    from graphbuild.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_kg():
    """A KnowledgeGraph built from every article in seeds/ (read-only: copy before changing)."""
    import graphbuild
    return graphbuild.build([str(SEEDS)], workers=1)


# -- query fixtures: a hand-made graph for exact answers, and the seeds graph written to disk ---

def _evidence(doc: str, sentence: str) -> dict:
    return {"doc": doc, "sentence": sentence, "start": 0, "end": len(sentence)}


def make_story_graph():
    """A small graph shaped like the seed story, with every case the query API handles.

    Sessions -[meet with]-> Kislyak (2 mentions) and a denied one; Flynn -[talk to]-> Kislyak;
    Flynn -[tell]-> Pence; FBI -[interview]-> Flynn (hedged); Donald Trump -[fire]-> Flynn;
    Kislyak -[represent]-> Russia; "Trump" is also the label of an ORG (an ambiguous name);
    Alabama has no edge. Articles a1 (2017-03-02), a2 (2017-02-14), a3 (no date).
    """
    import networkx as nx

    g = nx.MultiDiGraph(articles=[
        {"id": "a1", "title": "Sessions recuses himself", "date": "2017-03-02"},
        {"id": "a2", "title": "Flynn resigns", "date": "2017-02-14"},
        {"id": "a3", "title": "Vending scheme"}])
    people = [
        ("PERSON:jeff-sessions", "Jeff Sessions", "PERSON", ["Sessions", "AG Sessions"], 8, ["a1"]),
        ("PERSON:sergey-kislyak", "Sergey Kislyak", "PERSON", ["Kislyak"], 6, ["a1", "a2"]),
        ("PERSON:michael-flynn", "Michael Flynn", "PERSON", ["Flynn", "Mike Flynn"], 7, ["a2"]),
        ("PERSON:mike-pence", "Mike Pence", "PERSON", ["Pence"], 2, ["a2"]),
        ("PERSON:donald-trump", "Donald Trump", "PERSON", ["Trump"], 5, ["a1", "a2"]),
        ("ORG:trump", "Trump", "ORG", [], 1, ["a3"]),
        ("ORG:fbi", "FBI", "ORG", ["Federal Bureau of Investigation"], 3, ["a2"]),
        ("GPE:russia", "Russia", "GPE", [], 4, ["a1", "a2"]),
        ("GPE:alabama", "Alabama", "GPE", [], 1, ["a1"]),
    ]
    for node, label, type_, aliases, mentions, docs in people:
        g.add_node(node, label=label, type=type_, aliases=[label, *aliases], mentions=mentions,
                   documents=docs, titles=[])
    g.nodes["PERSON:jeff-sessions"]["titles"] = ["Attorney General"]
    edges = [
        ("PERSON:jeff-sessions", "PERSON:sergey-kislyak", "meet with", False, False,
         [_evidence("a1", "Sessions met with Kislyak in July."),
          _evidence("a1", "Sessions met with Kislyak again in September.")]),
        ("PERSON:jeff-sessions", "PERSON:sergey-kislyak", "meet with", True, False,
         [_evidence("a1", "I never met with the Russians, Sessions said.")]),
        ("PERSON:michael-flynn", "PERSON:sergey-kislyak", "talk to", False, False,
         [_evidence("a2", "Flynn talked to Kislyak about sanctions.")]),
        ("PERSON:michael-flynn", "PERSON:mike-pence", "tell", False, False,
         [_evidence("a2", "Flynn told Pence he had not discussed sanctions.")]),
        ("ORG:fbi", "PERSON:michael-flynn", "interview", False, True,
         [_evidence("a2", "The FBI reportedly interviewed Flynn.")]),
        ("PERSON:donald-trump", "PERSON:michael-flynn", "fire", False, False,
         [_evidence("a2", "Trump fired Flynn.")]),
        ("PERSON:sergey-kislyak", "GPE:russia", "represent", False, False,
         [_evidence("a1", "Kislyak represents Russia in Washington.")]),
    ]
    for u, v, predicate, negated, hedged, evidence in edges:
        key = predicate + ("|negated" if negated else "") + ("|hedged" if hedged else "")
        g.add_edge(u, v, key=key, predicate=predicate, negated=negated, hedged=hedged,
                   weight=len(evidence), evidence=evidence, documents=["a1"])
    return g


@pytest.fixture
def story_kg():
    """A fresh KnowledgeGraph of `make_story_graph()` (safe to change)."""
    from graphbuild import KnowledgeGraph
    return KnowledgeGraph(make_story_graph())


@pytest.fixture(scope="session")
def seeds_output(seeds_kg, tmp_path_factory) -> Path:
    """A folder holding the seeds graph as graph.json and graph.graphml (for CLI tests)."""
    folder = tmp_path_factory.mktemp("seeds_output")
    seeds_kg.write_json(folder / "graph.json")
    seeds_kg.write_graphml(folder / "graph.graphml")
    return folder


# -- relation fixtures: extract one short text and read its relations by entity label ----------

@pytest.fixture(scope="session")
def relations_of(nlp):
    """Extract a text; returns its relations as (subject label, predicate, object label,
    negated, hedged) tuples, and the DocExtraction itself as `.extraction` of the list."""
    from graphbuild.extract import extract_article
    from graphbuild.nlp import parse_articles
    from graphbuild.records import Article

    class Found(list):
        extraction = None

    def run(text: str, article_id: str = "t") -> Found:
        article = Article(id=article_id, text=text)
        (_, parsed), = list(parse_articles(nlp, [article]))
        extraction = extract_article(article, parsed)
        labels = {e.key: e.label for e in extraction.entities}
        found = Found((labels[r.subject], r.predicate, labels[r.object], r.negated, r.hedged)
                      for r in extraction.relations)
        found.extraction = extraction
        return found

    return run


# -- mention fixtures: the repaired mentions of one short text, by text -------------------------

@pytest.fixture(scope="session")
def mention_types_of(nlp):
    """Extract a text's entity mentions; returns {mention text: type}."""
    from graphbuild.extract.mentions.article import article_mentions
    from graphbuild.ingest.sources import article_from_text
    from graphbuild.nlp import parse_articles

    def run(text: str) -> dict[str, str]:
        article = article_from_text(text, id="t")
        (_, parsed), = list(parse_articles(nlp, [article]))
        return {m.text: m.type for m in article_mentions(article, parsed)}
    return run
