"""Cluster the mentions of one article into entities (`DocEntity`), one per real-world thing.

Mentions join when they share a name (case, punctuation and "the" aside), and by these rules,
each recorded as a `Merge` so the graph can explain itself:

* a surname or first name joins the full name used in the article (the nearest one before it
  when two people share it); full names that can be one person join ("Mike"/"Michael Flynn");
* an acronym joins the name it abbreviates ("FBI", "U.S."); a state or country abbreviation
  joins its full name ("Ala." and "Alabama"); "Justice Dept" / "Department of Justice" /
  "Justice Department" are one name;
* a company's first words join the company ("Global" and "Global Vending Services, Inc.");
* the last words of an organization's name join it ("the Commission", see `heads`).

Then each entity gets one type, voted over its mentions (a title or a first name is strong
evidence of a person), and the fullest proper name as its label.

>>> from graphbuild.extract.mentions.spans import Mention
>>> from graphbuild.records import Article
>>> ms = [Mention("Jeff Sessions", "PERSON", 0, 13, 0, 0, 2), Mention("Sessions", "PERSON", 20, 28, 1, 0, 1)]
>>> entities, links = cluster_mentions(Article("a", ""), ms)
>>> [(e.label, e.type, e.aliases) for e in entities], links
([('Jeff Sessions', 'PERSON', ['Jeff Sessions', 'Sessions'])], [0, 0])
"""
from __future__ import annotations

import re
from collections import Counter

from graphbuild.knowledge.places import is_place_name
from graphbuild.extract.mentions.genders import first_name_gender
from graphbuild.extract.mentions.definitions import join_defined_names
from graphbuild.extract.mentions.heads import join_first_words, join_heads
from graphbuild.extract.mentions.labels import choose_label, vote_type
from graphbuild.records import Article, DocEntity, Merge
from graphbuild.extract.mentions.place_mentions import demonym_of
from graphbuild.extract.mentions.spans import Mention
from graphbuild.extract.mentions.namekeys import PLACE_TYPES, name_keys, normalize_name
from graphbuild.knowledge.names import scrambled_acronym
from graphbuild.extract.mentions.names import (acronym_form, acronyms,
                                      is_company_name, name_opening, nickname_keys, person_parts,
                                      same_person, surname_fold)

# The Arabic article a surname is written with and without ("al-Maliki", "Maliki").
ARABIC_ARTICLE = re.compile(r"^(?:al|el|Al|El)[-\u2010](?=[A-Z])")

class _Clusters:
    """Union-find over mention indexes, remembering which rule joined each group."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.parent = list(range(len(mentions)))
        self.rule: dict[int, str] = {}  # root of a joined group -> rule that joined it
        # root -> the full person names in its group, kept up to date by `join` (recomputing
        # them from all mentions on every join made clustering quadratic in the mentions)
        self.names: dict[int, set[str]] = {
            i: {m.text} for i, m in enumerate(mentions)
            if m.type == "PERSON" and len(m.text.split()) > 1}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, into: int, other: int, rule: str, force: bool = False) -> bool:
        """Join two groups, unless they hold two people whose full names disagree (and the
        text does not say they are one: `force`)."""
        a, b = self.find(into), self.find(other)
        if a != b and not force and self._different_people(a, b):
            return False
        if a != b:
            self.parent[b] = a
            self.rule.setdefault(b, rule)
            if b in self.names:
                self.names.setdefault(a, set()).update(self.names.pop(b))
        return True

    def full_names(self, root: int) -> set[str]:
        """The multi-word PERSON mentions in the group whose root is `root`."""
        return self.names.get(root, set())

    def _different_people(self, a: int, b: int) -> bool:
        names_a, names_b = self.full_names(a), self.full_names(b)
        return any(not same_person(x, y) for x in names_a for y in names_b)

    def groups(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.mentions)):
            found.setdefault(self.find(i), []).append(i)
        return found


def cluster_mentions(article: Article, mentions: list[Mention]
                     ) -> tuple[list[DocEntity], list[int]]:
    """Group mentions into entities; returns them and, for each mention, its entity's index."""
    clusters = _Clusters(mentions)
    why: dict[str, str] = {}  # surface form -> rule that linked it to its entity
    _join_same_names(clusters, why)
    join_defined_names(clusters, why, article.text)
    _join_people(clusters, why)
    _join_acronyms(clusters, why)
    _join_governments(clusters, why)
    _join_company_short_forms(clusters, why)
    join_heads(clusters, why)
    join_first_words(clusters, why)
    groups = sorted(clusters.groups().values(), key=lambda g: min(mentions[i].start for i in g))
    mention_entity = [0] * len(mentions)
    entities = []
    for index, members in enumerate(groups):
        for i in members:
            mention_entity[i] = index
        entities.append(_entity(f"e{index}", [mentions[i] for i in sorted(members)], why,
                                article.id))
    return entities, mention_entity


def _join_same_names(clusters: _Clusters, why: dict[str, str]) -> None:
    """Mentions sharing any name key are one entity (the type is voted afterwards).

    A place and a person of one name stay apart ("Jordan" the country, Michael Jordan); an
    organization joins either ("Trump" tagged ORG, "Washington" tagged ORG).
    """
    owner: dict[tuple[str, str], int] = {}
    for i, m in enumerate(clusters.mentions):
        kind = _name_kind(m.type)
        compatible = {"PERSON": ("PERSON", "OTHER"), "PLACE": ("PLACE", "OTHER")}.get(
            kind, ("OTHER", "PERSON", "PLACE"))
        for key in sorted(name_keys(m.text, m.type)):
            for other_kind in compatible:
                j = owner.get((other_kind, key))
                if j is None or clusters.find(j) == clusters.find(i):
                    continue
                first = clusters.mentions[j]
                if clusters.join(j, i, "same name") and \
                        normalize_name(first.text) != normalize_name(m.text):
                    why.setdefault(m.text, f"another form of {first.text!r}")
            owner.setdefault((kind, key), i)


def _name_kind(entity_type: str) -> str:
    if entity_type == "PERSON":
        return "PERSON"
    return "PLACE" if entity_type in PLACE_TYPES else "OTHER"


def _join_people(clusters: _Clusters, why: dict[str, str]) -> None:
    """Surnames and first names join the full name; two full names of one person join."""
    mentions = clusters.mentions
    full = [i for i, m in enumerate(mentions) if m.type == "PERSON" and len(m.text.split()) > 1]
    # `same_person` needs one surname, or one name the other less its last part (which share
    # their first two words): only full names filed under one of these keys are compared, in
    # the order of all pairs (comparing all pairs was quadratic in an article's length).
    by_key: dict[tuple, list[int]] = {}
    for i in full:
        text = mentions[i].text
        by_key.setdefault(("surname", surname_fold(person_parts(text).last)), []).append(i)
        by_key.setdefault(("opening", *name_opening(text)), []).append(i)
    pairs = sorted({(a, b) for group in by_key.values()
                    for n, a in enumerate(group) for b in group[n + 1:]})
    for a, b in pairs:
        if clusters.find(a) != clusters.find(b) and \
                same_person(mentions[a].text, mentions[b].text):
            why.setdefault(mentions[b].text, f"same person as {mentions[a].text!r}")
            clusters.join(a, b, "same person")
    by_word = _names_by_word(mentions, full)
    for i, m in enumerate(mentions):
        if len(m.text.split()) != 1 or m.type not in {"PERSON"}:
            continue
        word = m.text
        for part, rule in ((-1, "surname"), (0, "first name"), (-2, "surname")):
            candidates = by_word[part].get(word, [])
            if part == 0:  # or a nickname of the first name
                candidates = sorted({*by_word[1].get(word, ()),
                                     *by_word[0].get(word.lower().strip("."), ())})
            roots = {clusters.find(j) for j in candidates}
            if not roots:
                continue
            gender = honorific_gender(m.titles)
            if len(roots) > 1 and gender:  # "Mrs. Clinton" beside Hillary and Bill Clinton
                fitting = [j for j in candidates
                           if first_name_gender(mentions[j].text) in {gender, None}]
                if len({clusters.find(j) for j in fitting}) == 1:
                    candidates, roots = fitting, {clusters.find(fitting[0])}
            if len(roots) == 1:
                target = candidates[0]
            else:  # two people share the name: see `_most_named_before`
                target = _most_named_before(clusters, candidates, m)
                if target is None:
                    break
            if clusters.find(target) != clusters.find(i) and clusters.join(target, i, rule):
                why.setdefault(m.text, f"{rule} of {mentions[target].text!r}")
            break


def _names_by_word(mentions: list[Mention], full: list[int]) -> dict[int, dict[str, list[int]]]:
    """The full names a single word can stand for, indexed (comparing every single word with
    every full name was quadratic in an article's length).

    -1: by surname; -2: by the first of two surnames ("Lugo" of "Eustiquio Jose Lugo Gomez");
    0: by first name or a nickname of it, lowercased ("jim" of "James"); 1: by a nickname
    written in brackets, or the first name as written ("Ray" of "Ramon (Ray) Lugo").
    """
    index: dict[int, dict[str, list[int]]] = {-1: {}, -2: {}, 0: {}, 1: {}}
    for j in full:
        words = mentions[j].text.split()
        index[-1].setdefault(words[-1], []).append(j)
        if (bare := ARABIC_ARTICLE.sub("", words[-1])) != words[-1] and len(bare) > 2:
            index[-1].setdefault(bare, []).append(j)    # "Maliki" of "Nouri al-Maliki"
        if len(words) >= 3 and len(words[-2]) > 2:
            index[-2].setdefault(words[-2], []).append(j)
        index[1].setdefault(words[0], []).append(j)
        for word in words:
            if len(word) > 2 and word.startswith("(") and word.endswith(")"):
                index[1].setdefault(word[1:-1], []).append(j)
        for nickname in nickname_keys(words[0]):
            index[0].setdefault(nickname, []).append(j)
    return index


def _most_named_before(clusters: _Clusters, candidates: list[int], m: Mention) -> int | None:
    """Of several people sharing a surname, the one the bare surname stands for.

    News gives the story's subject the bare surname and names relatives in full ("Ann Roe ...
    Her son, Bob Roe, said ... Roe was born"): the person named most often before the surname
    wins; between equals, the one named last ("Raul Castro ... Fidel Castro ... Castro").
    """
    before = [j for j in candidates if clusters.mentions[j].start < m.start]
    if not before:
        return None
    counts = Counter(clusters.find(j) for j in before)
    return max(before, key=lambda j: (counts[clusters.find(j)], clusters.mentions[j].start))


def honorific_gender(titles: list[str]) -> str | None:
    """"f" for Mrs./Ms./Miss, "m" for Mr., else None (other titles say nothing of gender)."""
    words = {w.lower().strip(".") for t in titles for w in t.split()}
    if words & {"mrs", "ms", "miss", "madam"}:
        return "f"
    return "m" if words & {"mr", "sir"} else None


def _join_acronyms(clusters: _Clusters, why: dict[str, str]) -> None:
    """An acronym ("FBI", "U.S.") joins the one name in the article it abbreviates."""
    mentions = clusters.mentions
    for i, m in enumerate(mentions):
        letters = acronym_form(m.text)
        if not letters or m.type == "PERSON":
            continue
        targets = {clusters.find(j) for j, n in enumerate(mentions)
                   if n.type != "PERSON" and letters in acronyms(n.text)}
        targets.discard(clusters.find(i))
        if not targets:                 # "UNITA" beside the name's English translation
            targets = {clusters.find(j) for j, n in enumerate(mentions)
                       if n.type != "PERSON" and scrambled_acronym(letters, n.text)}
            targets.discard(clusters.find(i))
        if len(targets) == 1:
            target = targets.pop()
            why.setdefault(m.text, f"acronym of {mentions[target].text!r}")
            clusters.join(target, i, "acronym")


def _join_governments(clusters: _Clusters, why: dict[str, str]) -> None:
    """"Russian government" joins the country it is the government of (found by `mentions`)."""
    mentions = clusters.mentions
    for i, m in enumerate(mentions):
        if m.source != "government":
            continue
        for j, n in enumerate(mentions):
            if n.type == "GPE" and n.source != "government" and demonym_of(m.text.split()[0],
                                                                         n.text):
                if clusters.join(j, i, "government"):
                    why.setdefault(m.text, f"government of {n.text!r}")
                break


def _join_company_short_forms(clusters: _Clusters, why: dict[str, str]) -> None:
    """A company's first words ("Global") or a name plus a lowercase word ("VOA news") join."""
    mentions = clusters.mentions
    # Organization names filed by their words' prefixes (for a short form) and by all their
    # words (for a name plus lowercase words), so a mention meets only the names it can join
    # (comparing all pairs was quadratic in an article's length); in mention order as before.
    by_prefix: dict[tuple[str, ...], list[int]] = {}
    by_words: dict[tuple[str, ...], list[int]] = {}
    for j, n in enumerate(mentions):
        if n.type != "ORG":
            continue
        longer = tuple(n.text.replace(",", "").split())
        by_words.setdefault(longer, []).append(j)
        if is_company_name(n.text):
            for k in range(len(longer)):
                by_prefix.setdefault(longer[:k], []).append(j)
    for i, m in enumerate(mentions):
        if _a_real_place(m) or clusters.full_names(clusters.find(i)):
            continue  # a place, or already a person's surname ("Ford" of Gerald Ford)
        words = m.text.split()
        candidates = list(by_prefix.get(tuple(words), []))
        if m.type == "ORG":
            candidates += [j for k in range(len(words)) if all(w[:1].islower() for w in words[k:])
                           for j in by_words.get(tuple(words[:k]), [])]
        for j in sorted(candidates):
            n = mentions[j]
            if clusters.find(i) == clusters.find(j):
                continue
            longer = n.text.replace(",", "").split()
            if len(longer) > len(words):  # "Twitter" (even tagged PERSON), "Global"
                why.setdefault(m.text, f"short form of {n.text!r}")
                clusters.join(j, i, "short form")
                break
            why.setdefault(m.text, f"{n.text!r} with a common noun")
            clusters.join(j, i, "name with a common noun")
            break


def _a_real_place(m: Mention) -> bool:
    """A place mention that is not merely the tagger's guess for an unknown name.

    "Cobalt Ridge" tagged GPE beside "Cobalt Ridge Capital" is the firm's short form: the tagger
    calls unknown two-word names places. One word ("Boston" beside "Boston Capital"), a known
    place or a dateline stays the place: the city that firms are named after.
    """
    return m.type in PLACE_TYPES and (m.source != "ner" or m.type != "GPE"
                                      or len(m.text.split()) < 2 or is_place_name(m.text))


def _entity(key: str, mentions: list[Mention], why: dict[str, str], doc_id: str) -> DocEntity:
    entity_type = vote_type(mentions)
    label = choose_label([m.text for m in mentions], entity_type)
    aliases = sorted({m.text for m in mentions} | {label})
    texts = [m.text for m in mentions]
    written = label.lower() in {t.lower() for t in texts}  # else expanded from "Ala."
    merges = [Merge(alias=label, rule="fullest name" if written
                    else f"written out from {texts[0]!r}", doc=doc_id)]
    for alias in dict.fromkeys(m.text for m in mentions):
        if alias != label:
            rule = why.get(alias) or ("same name" if normalize_name(alias) == normalize_name(label)
                                      else f"another form of {label!r}")
            merges.append(Merge(alias=alias, rule=rule, doc=doc_id))
    spellings: dict[str, str] = {}
    for title in sorted({t for m in mentions for t in m.titles if t}):
        known = spellings.setdefault(title.lower(), title)
        if sum(c.isupper() for c in title) < sum(c.isupper() for c in known):
            spellings[title.lower()] = title  # the running text's spelling, not a headline's
    titles = sorted(spellings.values(), key=str.lower)
    nationality = sorted({n for m in mentions for n in m.nationality})
    attributes = {"nationality": nationality} if nationality else {}
    return DocEntity(key=key, label=label, type=entity_type, aliases=aliases, titles=titles,
                     mentions=len(mentions), merges=merges, attributes=attributes)
