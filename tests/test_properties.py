"""Property-based tests: random bytes, Unicode text, paragraph structures and JSON Lines thrown
at ingestion, paragraph splitting and extraction on a real spaCy parse. No exception escapes,
offsets stay valid, and what comes out can be written as JSON and GraphML.

Budgets are small (the spaCy cases parse every example) and there is no deadline: the machine
is shared, and time is not what these tests are about.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.export.graphml import write_graphml
from graphbuild.export.jsonfile import read_json, write_json
from graphbuild.extract import extract_article
from graphbuild.graph import graph_from_extractions
from graphbuild.ingest.sources import article_from_text, read_bytes
from graphbuild.nlp import parse_articles
from graphbuild.records import Article, Skipped
from graphbuild.ingest.text import paragraphs

FAST = settings(max_examples=150, deadline=None)
SPACY = settings(max_examples=40, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".csv", ""])
NAMES = ["Jeff Sessions", "Sergey Kislyak", "Washington", "the Justice Department", "Trump",
         "Mr. Flynn", "Moscow", "the F.B.I.", "Angela Merkel", "Zürich", "O'Neill", "Ngozi"]
WORDS = ["met", "said", "with", "in", "on", "never", "the", "if", "and", "of", "told", "said that"]
BREAKS = ["\n", "\n\n", "\n \n", "\r\n", "\t", ". ", ", ", "  ", "\u2028", "\n\n\n", " \"", "'s "]
# Text that looks like news often enough to have entities, and random Unicode in between.
NEWSISH = st.lists(st.one_of(st.sampled_from(NAMES), st.sampled_from(WORDS),
                             st.sampled_from(BREAKS), st.text(max_size=6)),
                   max_size=60).map(" ".join)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=10)
RECORDS = st.fixed_dictionaries({"text": st.one_of(NEWSISH, st.text(), st.integers())},
                                optional={"id": JSON_VALUES, "title": JSON_VALUES,
                                          "date": JSON_VALUES, "url": JSON_VALUES})


def check_items(items: list) -> None:
    """What ingestion yields is Articles with clean, writable text, or one-line Skipped."""
    for item in items:
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason
            continue
        assert item.text.strip()
        item.text.encode("utf-8")  # no lone surrogates
        assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in item.text)
        for value in (item.id, item.title, item.date, item.url):
            assert value is None or ("\n" not in value and value.encode("utf-8"))


@FAST
@given(data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_random_bytes_never_raise(data, suffix):
    check_items(list(read_bytes(data, suffix, "doc", "doc" + suffix)))


@FAST
@given(text=st.text(max_size=2000), suffix=SUFFIXES,
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
def test_random_unicode_in_any_encoding_never_raises(text, suffix, encoding):
    data = text.encode(encoding, errors="replace") if encoding in ("cp1252", "latin-1") \
        else text.encode(encoding, errors="surrogatepass")
    check_items(list(read_bytes(data, suffix, "doc", "doc" + suffix)))


@FAST
@given(lines=st.lists(st.one_of(RECORDS.map(json.dumps), JSON_VALUES.map(json.dumps),
                                st.text(max_size=40)), max_size=12))
def test_random_json_lines_never_raise_and_every_line_is_accounted_for(lines):
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = list(read_bytes(data, ".jsonl", "feed", "feed.jsonl"))
    check_items(items)
    assert len(items) <= max(1, len(lines))  # at most one item per line
    for item in items:  # every problem names the file, and the line when it is one line's
        assert item.source == "feed.jsonl" or item.source.startswith("feed.jsonl:")


@FAST
@given(text=st.one_of(NEWSISH, st.text(max_size=3000)))
def test_paragraphs_are_valid_slices_of_the_article(text):
    article = article_from_text(text, id="t")
    previous_end = 0
    for para in paragraphs(article.text):
        source = article.text[para.start:para.start + len(para.text)]
        assert len(source) == len(para.text) and para.text.strip()
        assert para.start >= previous_end  # in order, not overlapping
        previous_end = para.start + len(para.text)
        for mine, theirs in zip(para.text, source):  # spaces for breaks, case for headlines
            assert mine == theirs or mine == " " or mine.lower() == theirs.lower()


@SPACY
@given(texts=st.lists(st.one_of(NEWSISH, st.text(max_size=300)), min_size=1, max_size=3))
def test_extraction_on_a_real_parse_never_raises_and_the_graph_writes(nlp, tmp_path_factory,
                                                                       texts):
    articles = [article_from_text(text, id=f"a{i}") for i, text in enumerate(texts)]
    extractions = []
    for article, parsed in parse_articles(nlp, articles):
        extraction = extract_article(article, parsed)
        for relation in extraction.relations:  # evidence offsets point into the article
            ev = relation.evidence
            assert 0 <= ev.start <= ev.end <= len(article.text)
        extractions.append(extraction)
    assert len(extractions) == len(articles)
    graph = graph_from_extractions(extractions)
    folder = tmp_path_factory.mktemp("g")
    write_json(graph, folder / "graph.json")
    write_graphml(graph, folder / "graph.graphml")
    ET.parse(folder / "graph.graphml")  # well-formed XML
    assert nx.is_isomorphic(read_json(folder / "graph.json"), graph)


LABELS = st.text(min_size=1, max_size=30)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(labels=st.lists(LABELS, min_size=1, max_size=5, unique=True),
       sentences=st.lists(st.text(max_size=80), min_size=1, max_size=4), data=st.data())
def test_any_strings_in_a_graph_give_valid_graphml_gexf_and_csv(tmp_path_factory, labels,
                                                                 sentences, data):
    from graphbuild.graph import KnowledgeGraph

    g = nx.MultiDiGraph()
    g.graph["articles"] = [{"id": s, "title": s} for s in sentences]
    ids = {label: f"PERSON:n{i}" for i, label in enumerate(labels)}  # ids are slugs (resolve)
    for label in labels:
        g.add_node(ids[label], label=label, type="PERSON", aliases=[label, *sentences],
                   mentions=1, documents=sentences, titles=sentences[:1])
    for i, sentence in enumerate(sentences):
        u = data.draw(st.sampled_from(labels))
        v = data.draw(st.sampled_from(labels))
        g.add_edge(ids[u], ids[v], key=f"{sentence}|{i}", predicate=sentence,
                   negated=False, hedged=bool(i % 2), weight=1, documents=[sentence],
                   evidence=[{"doc": sentence, "sentence": sentence, "start": 0, "end": 1}])
    folder = tmp_path_factory.mktemp("any")
    KnowledgeGraph(g).save(folder, ("graphml", "gexf", "csv", "json"))
    ET.parse(folder / "graph.graphml")
    ET.parse(folder / "graph.gexf")
    back = nx.read_graphml(folder / "graph.graphml")
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert read_json(folder / "graph.json").number_of_edges() == g.number_of_edges()
