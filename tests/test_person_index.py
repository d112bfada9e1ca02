"""The index of people's full names (graphbuild.resolve.person_index): it finds every group
`same_person` agrees with, so the merge gives what comparing with every group gave."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.extract.mentions.names import same_person
from graphbuild.records import DocEntity, DocExtraction
from graphbuild.resolve import merge
from graphbuild.resolve.keys import name_key, surname_key
from graphbuild.resolve.person_index import PersonIndex, query_keys, stored_keys

FIRSTS = ["", "J.", "J", "j", "B.", "Bill", "William", "Will", "Billy", "Mike", "Michael",
          "Mikhail", "Sergey", "Sergei", "Alexey", "Alexei", "Aleksandr", "Alexander",
          "Yevgeny", "Evgeniy", "Evgeny", "Dmitry", "Dmitriy", "Dmitrii", "Jim", "James",
          "Jimmy", "Bob", "Robert", "Rob", "Kim", "Abu", "Raul", "Fidel", "Daniel", "Danielle",
          "Liz", "Elizabeth", "Beth", "Nancy", "Ann", "Anne", "Jo", "Joe", "Joseph", "Mr.", "Dr."]
MIDDLES = ["", "W.", "W", "Walker", "Jong", "A.", "bin", "de la"]
LASTS = ["Smith", "Smyth", "Zelensky", "Zelenskyy", "Zelenskiy", "Navalny", "Navalnyy",
         "Bhutto Zardari", "Zardari", "Jong-un", "Jong Un", "Un", "Smith-Jones", "Jones",
         "Castro", "Ubaidah", "Ubaidah Direye", "Lee", "O'Brien", "Flynn", "Trump Jr.",
         "Hamza-Qasimi", "Hamza", "van der Berg", "Berg"]
WORDS = ["abu", "ubaidah", "direye", "kim", "jong", "un", "bilawal", "bhutto", "zardari",
         "j.", "w.", "smith", "jones", "al", "hamza", "qasimi", "mr.", "jr."]


@st.composite
def person_names(draw) -> str:
    """A person's name as articles write it: first, middle and last, or loose words (with
    hyphens, initials and two-word surnames)."""
    if draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=4))
        joiners = draw(st.lists(st.sampled_from([" ", "-"]), min_size=len(words) - 1,
                                max_size=len(words) - 1))
        name = words[0] + "".join(j + w for j, w in zip(joiners, words[1:]))
        return name.title() if draw(st.booleans()) else name
    parts = [draw(st.sampled_from(FIRSTS)), draw(st.sampled_from(MIDDLES)),
             draw(st.sampled_from(LASTS))]
    return " ".join(p for p in parts if p)


full_names = person_names().filter(lambda n: len(n.split()) > 1)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(full_names, full_names)
def test_an_agreeing_name_shares_a_key(a, b):
    if same_person(a, b):
        assert set(query_keys(a)) & set(stored_keys(b)), (a, b)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(st.lists(full_names, min_size=1, max_size=3), min_size=1, max_size=12),
       st.lists(full_names, min_size=1, max_size=2))
def test_the_index_finds_every_group_same_person_would(groups, query):
    index = PersonIndex()
    for g, names in enumerate(groups):
        index.add(g, surname_key(names[0]), names)
    expected = {g for g, names in enumerate(groups)
                if any(same_person(a, b) for a in query for b in names)}
    assert expected <= index.candidates(query, find=lambda g: g)


def test_known_pairs_meet_and_strangers_do_not():
    index = PersonIndex()
    stored = ["William Clinton", "Sergei Lavrov", "Aleksandr Lukashenko", "J. Smith",
              "Fidel Castro", "Kim Jong Un", "Bilawal Bhutto Zardari", "Smith"]
    for g, name in enumerate(stored):
        index.add(g, surname_key(name), [name] if len(name.split()) > 1 else [],
                  bare=len(name.split()) == 1)
    find = lambda g: g  # noqa: E731
    assert 0 in index.candidates(["Bill Clinton"], find)
    assert 1 in index.candidates(["Sergey Lavrov"], find)
    assert 2 in index.candidates(["Alexander Lukashenko"], find)
    assert 3 in index.candidates(["John Smith"], find)
    assert 4 not in index.candidates(["Raul Castro"], find)
    assert 5 in index.candidates(["Kim Jong-un"], find)
    assert 6 in index.candidates(["Bhutto Zardari"], find)
    assert index.without_full_name({"smith"}, find, lambda g: False) == {7}
    assert index.without_full_name({"smith"}, find, lambda g: True) == set()
    assert index.bare["smith"] == set()  # a group that gained a full name leaves for good


def test_an_absorbed_group_keeps_its_surnames():
    index = PersonIndex()
    index.add(0, "flynn", ["Michael Flynn"])
    index.add(1, "flint", ["Mike Flint"])
    index.absorb(0, 1)
    assert index.in_surnames(0, {"flint"}) and not index.in_surnames(1, {"flint"})


def _person_by_scan(self, entity):
    """`_Merger._person` as it was before the index: every group of the surname compared."""
    names = [a for a in [entity.label, *entity.aliases] if len(a.split()) > 1]
    if names:
        people = set().union(*(self._people(surname_key(n)) for n in names))
        people = {i for i in people if self._allowed(entity, i)}
        agree = {i for i in people if any(same_person(a, b) for a in names
                                          for b in self._full_names(i))}
        surname_only = {i for i in people if not self._full_names(i)}
        if len(agree) == 1:
            target = agree.pop()
            return target, f"same person as {self._label(target)!r} in another article"
        if not agree and len(surname_only) == 1:
            target = surname_only.pop()
            return target, f"full name of {self._label(target)!r} in another article"
        return None, ""
    same = {i for i in self._people(name_key(entity.label)) if self._allowed(entity, i)}
    if len(same) == 1:
        target = same.pop()
        return target, f"surname of {self._label(target)!r}, the only one in the corpus"
    return None, ""


def _corpus(articles: list[list[str]]) -> list[DocExtraction]:
    return [DocExtraction(article={"id": f"a{n:03d}"}, entities=[
        DocEntity(key=f"e{i}", label=name, type="PERSON", aliases=[name], mentions=1,
                  titles=["Mr."] if i % 5 == 3 else [])
        for i, name in enumerate(names)]) for n, names in enumerate(articles)]


def _graph(entities) -> list[tuple]:
    return sorted((e.id, e.label, tuple(e.aliases), tuple(e.documents),
                   tuple((m.alias, m.rule, m.doc) for m in e.merges)) for e in entities)


def _merges_as_before(articles: list[list[str]]) -> None:
    corpus = _corpus(articles)
    indexed, _ = merge.resolve(corpus)
    original = merge._Merger._person
    merge._Merger._person = _person_by_scan
    try:
        scanned, _ = merge.resolve(corpus)
    finally:
        merge._Merger._person = original
    assert _graph(indexed) == _graph(scanned)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(person_names(), min_size=1, max_size=5), min_size=1, max_size=12))
def test_the_merge_gives_what_comparing_every_group_gave(articles):
    _merges_as_before(articles)


def test_a_small_corpus_merges_as_before():
    articles = [["Mike Flynn", "Sergey Kislyak", "Flynn"], ["Michael Flynn", "Sergei Kislyak"],
                ["Raul Castro", "Fidel Castro", "Castro"], ["Bill Clinton", "Hillary Clinton"],
                ["William Clinton", "Clinton"], ["Kim Jong Un"], ["Kim Jong-un", "Kim"],
                ["J. Smith", "Smith"], ["John Smith", "Jane Smith"], ["Smith"]]
    _merges_as_before(articles)
    entities, _ = merge.resolve(_corpus(articles))
    assert {e.label for e in entities} >= {"Michael Flynn", "Raul Castro", "Fidel Castro"}
