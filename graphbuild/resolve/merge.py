"""Merge the per-article entities of many `DocExtraction`s into corpus-wide entities.

The merge is order-independent: extractions are processed sorted by article id, so the same
corpus always gives the same entities and node ids.
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.names import acronym_form, acronyms, same_person, surname_fold
from graphbuild.resolve.keys import (entity_keys, is_single_name, name_key, short_form_keys,
                                     surname_key, type_group)
from graphbuild.resolve.homonyms import city_keys, city_senses, homonym_name, located_in
from graphbuild.resolve.members import Member, group_fields
from graphbuild.resolve.memos import bound_memos, drop_memos
from graphbuild.resolve.people import genders_clash
from graphbuild.resolve.person_index import PersonIndex, has_full_name
from graphbuild.resolve.joins import (join_coined_short_forms, join_companies_typed_as_people,
                                      join_facilities_named_as_organizations, join_short_forms,
                                      join_state_bodies_by_context, join_surnames_by_context)
from graphbuild.records import DocEntity, DocExtraction, Merge, PackedExtraction
from graphbuild.resolve.corpus import Entity, Relation, node_id
from graphbuild.knowledge.places import same_place_reading

if TYPE_CHECKING:
    from graphbuild.resolve.aliases import AliasRules


NO_READING = frozenset()  # one object: each frozenset() is a new one (216 bytes)


class _Merger:
    """Accumulates DocEntities into corpus entities, keyed by (type group, name key).

    People are joined by name agreement, not by a shared surname: "Mike Flynn" joins "Michael
    Flynn", "Raul Castro" never joins "Fidel Castro", and a person named by surname only joins
    the corpus's one person of that surname (none when there are two). Lookups go through
    indexes (name key, surname), so a corpus of many thousand entities merges in linear time.
    """

    def __init__(self, rules: "AliasRules | None" = None) -> None:
        self.groups: list[list[tuple[str, Member]]] = []  # (article id, member)
        self.readings: list[frozenset[str]] = []        # group -> what its places are said to be
        # group -> its distinct names in first-seen order (a dict as an ordered set), kept up
        # to date here: gathering them from every member on each lookup was quadratic.
        self.names: list[dict[str, None]] = []
        self.index: dict[tuple[str, str], int] = {}      # values may be stale: use find()
        self.surnames: dict[str, set[int]] = {}          # surname key -> person groups
        # the people's full names by keys that agreeing names share: a full name is compared
        # with a few groups, not with every group of its surname (quadratic in an archive)
        self.people = PersonIndex()
        # group -> (its number of names, its full names): a famous person's group gathers
        # hundreds of names, filtered again at each comparison; valid while the count holds
        # (a group's names only grow, and a group absorbed stops being looked up)
        self.full: dict[int, tuple[int, list[str]]] = {}
        self.short_forms: dict[tuple[str, str], set[int]] = {}  # company short form -> groups
        self.redirect: dict[int, int] = {}
        self.rules = rules

    def add(self, doc_id: str, entity: DocEntity, sense: tuple[str, str] | None = None,
            reading: frozenset[str] = frozenset()) -> int:
        """Place an article's entity; `sense` (bare key, city key) says a state's bare name
        means the city of that name in this article (see `homonyms`), and `reading` what the
        article says the place is: the places it lies in, lowercase ("Athens, Ohio" -> {"ohio"})."""
        group = type_group(entity.type)
        keys = entity_keys(entity)
        if group == "PLACE":
            keys = city_keys(keys, [entity.label, *entity.aliases])
        if sense:
            keys.discard(sense[0])
            keys.add(sense[1])
            entity = replace(entity, merges=[*entity.merges, Merge(
                alias=entity.label, rule=f"the city of {sense[1]!r}: its article shows no state",
                doc=doc_id)])
        forced = self.rules.canonical_for([entity.label, *entity.aliases]) if self.rules else None
        if forced:
            keys.add(name_key(forced))
        keys = sorted(keys)
        target, why = self._match(group, entity, keys, reading)
        if target is None:
            target = len(self.groups)
            self.groups.append([])
            self.names.append({})
            self.readings.append(NO_READING)
        elif why:  # a copy: the caller's extractions are not changed; one rule string for
            why = sys.intern(why)  # the many articles that join one group for one reason
            entity = replace(entity, merges=[*entity.merges,
                                             Merge(alias=entity.label, rule=why, doc=doc_id)])
        if reading:  # an empty union is a new empty frozenset (216 bytes) per group
            self.readings[target] = self.readings[target] | reading
        self.groups[target].append((doc_id, Member.of(entity)))
        self.names[target].update(dict.fromkeys([entity.label, *entity.aliases]))
        if entity.type == "PERSON":
            self.surnames.setdefault(surname_key(entity.label), set()).add(target)
            full = [n for n in [entity.label, *entity.aliases] if len(n.split()) > 1]
            self.people.add(target, surname_key(entity.label), full,
                            bare=not full and not has_full_name(self.names[target]))
        for k in short_form_keys(entity):  # weak keys: see `joins.join_short_forms`
            self.short_forms.setdefault((group, k), set()).add(target)
        for k in keys:
            found = self.find(self.index.setdefault((group, k), target))
            if found != self.find(target) and entity.type != "PERSON" and \
                    self.mergeable(target, found) and same_place_reading(
                        self.readings[self.find(target)], self.readings[found], entity.label):
                self._absorb(target, found)  # this entity bridges two groups: one entity
        return self.find(target)

    def named(self, group: str, key: str) -> int | None:
        """The group of a name key: by the key itself, else the one company whose short form
        it is (None when two companies share it)."""
        if (group, key) in self.index:
            return self.find(self.index[(group, key)])
        owners = {self.find(t) for t in self.short_forms.get((group, key), ())}
        return owners.pop() if len(owners) == 1 else None

    def find(self, target: int) -> int:
        """The group a group was absorbed into (itself if it was not)."""
        while target in self.redirect:
            target = self.redirect[target]
        return target

    def mergeable(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b or self.rules is None:
            return a != b
        return not self.rules.kept_apart(self._names(a), self._names(b))

    def _absorb(self, into: int, other: int) -> None:
        into, other = self.find(into), self.find(other)
        into, other = min(into, other), max(into, other)
        self.groups[into].extend(self.groups[other])
        self.groups[other] = []
        self.names[into].update(self.names[other])
        self.names[other] = {}
        if self.readings[other]:
            self.readings[into] = self.readings[into] | self.readings[other]
        self.redirect[other] = into
        self.people.absorb(into, other)

    def join_into(self, target: int, i: int, rule: str, entity_type: str | None = None) -> None:
        """Group `i` joins group `target`, each member recording `rule` (and taking a new type,
        when the tagger's type was the reason the indexes kept them apart)."""
        self.groups[i] = [(doc_id, replace(entity, type=entity_type or entity.type, merges=(
            *entity.merges, Merge(alias=entity.label, rule=rule, doc=doc_id))))
            for doc_id, entity in self.groups[i]]
        self._absorb(target, i)

    def people_named(self, surname: str) -> set[int]:
        """The person groups of a surname ("Castro"), as they are now."""
        return self._people(name_key(surname))

    def full_names(self, target: int) -> list[str]:
        return self._full_names(target)

    def _people(self, surname: str) -> set[int]:
        return {self.find(i) for i in self.surnames.get(surname_fold(surname), ())}

    def join_surnames_of_other_types(self) -> None:
        """A one-word name the tagger typed ORG or GPE in its articles, which is the surname of
        exactly one person of the corpus, is that person ("Trump" tagged ORG)."""
        for i, members in enumerate(self.groups):
            if not members or members[0][1].type not in {"ORG", "GPE", "NORP"}:
                continue
            names = {name_key(n) for n in self._names(i)}
            if len(names) != 1 or " " in next(iter(names)) or \
                    any(e.titles for _, e in members):
                continue
            found = [p for p in self._people(names.pop())
                     if p != i and self._full_names(p) and self.mergeable(p, i)]
            if len(found) == 1:
                target = found[0]
                self.join_into(target, i, f"surname of {self._label(target)!r}, a person in "
                               "another article", "PERSON")

    def join_acronyms(self) -> None:
        """A group known only by an acronym joins the one group whose name it abbreviates."""
        expansions: dict[tuple[str, str], set[int]] = {}
        for (g, k), t in self.index.items():
            if g != "PERSON":
                for letters in acronyms(k):
                    expansions.setdefault((g, letters.upper()), set()).add(t)
        for i, members in enumerate(self.groups):
            if not members or members[0][1].type == "PERSON":
                continue
            letters = {acronym_form(n) for n in self._names(i)}
            if None in letters or len(letters) != 1:
                continue
            group = type_group(members[0][1].type)
            found = {self.find(t) for t in expansions.get((group, letters.pop()), ())}
            found.discard(self.find(i))
            found = {t for t in found if self.mergeable(i, t)}
            if len(found) == 1:
                target = found.pop()
                self.join_into(target, i, f"acronym of {self._label(target)!r} in another article")

    def _allowed(self, entity: DocEntity, target: int) -> bool:
        if entity.type == "PERSON" and genders_clash(entity.titles, self._full_names(target)):
            return False  # "Mr. Lee" is not Nancy Lee, the corpus's only other Lee
        if self.rules is None:
            return True
        return not self.rules.kept_apart([entity.label, *entity.aliases], self._names(target))

    def _match(self, group: str, entity: DocEntity, keys: list[str],
               reading: frozenset[str] = frozenset()) -> tuple[int | None, str]:
        if self.rules is not None:
            forced = self.rules.canonical_for([entity.label, *entity.aliases])
            if forced is not None and (group, name_key(forced)) in self.index:
                return self.find(self.index[(group, name_key(forced))]), f"aliases file: {forced}"
        if entity.type == "PERSON":
            return self._person(entity)
        hits = {self.find(self.index[(group, k)]) for k in keys if (group, k) in self.index}
        hits = {h for h in hits if self._allowed(entity, h)
                and same_place_reading(reading, self.readings[h], entity.label)}
        if len(hits) >= 1:
            target = min(hits)
            return target, f"same name as {self._label(target)!r} in another article"
        return None, ""

    def _person(self, entity: DocEntity) -> tuple[int | None, str]:
        names = [a for a in [entity.label, *entity.aliases] if len(a.split()) > 1]
        if names:
            # the groups of these surnames that may agree (`self.people`), then checked as
            # before: the same sets as comparing with every group of the surnames
            surnames = {surname_fold(surname_key(n)) for n in names}  # as `_people` looks up
            people = {i for i in self.people.candidates(names, self.find)
                      if self.people.in_surnames(i, surnames)}
            agree = {i for i in people if self._allowed(entity, i) and any(
                same_person(a, b) for a in names for b in self._full_names(i))}
            surname_only = {i for i in self.people.without_full_name(
                surnames, self.find, lambda g: has_full_name(self.names[g]))
                if self._allowed(entity, i)}
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

    def _names(self, target: int) -> list[str]:
        return list(self.names[self.find(target)])

    def _full_names(self, target: int) -> list[str]:
        group = self.find(target)
        names = self.names[group]
        held = self.full.get(group)
        if held is not None and held[0] == len(names):
            return list(held[1])
        full = [n for n in names if len(n.split()) > 1]
        if len(names) >= 16:  # small groups: quicker filtered again than held
            self.full[group] = (len(names), full)
        return list(full)

    def _label(self, target: int) -> str:
        return self.groups[self.find(target)][0][1].label


def resolve(extractions: Iterable[DocExtraction | PackedExtraction],
            rules: "AliasRules | None" = None) -> tuple[list[Entity], list[Relation]]:
    """Merge extractions into corpus entities and aggregated relations.

    `rules` (from an aliases file) joins names the rules missed and keeps named pairs apart.
    """
    ordered = sorted(extractions, key=lambda x: x.doc_id)
    entities, ids = resolve_entities(ordered, rules)
    return entities, aggregate_relations(ordered, ids)


def resolve_entities(ordered: Iterable[DocExtraction | PackedExtraction]
                     | Callable[[], Iterable[DocExtraction | PackedExtraction]],
                     rules: "AliasRules | None" = None
                     ) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """The corpus entities of extractions given in article id order, and the node id of each
    (article, entity key). `ordered` is read once (it may stream from disk), or is a callable
    that gives them anew, read twice (see `_placement_order`)."""
    merger = _Merger(rules)
    local: dict[tuple[str, str], int] = {}
    senses: dict[tuple[str, str], tuple[str, str]] = {}
    containers: dict[tuple[str, str], list[str]] = {}  # (article, place) -> places it lies in
    qualified: dict[tuple[str, str], list[str]] = {}   # (article, place) -> "Athens, Ohio"

    def read(articles: Iterable[DocExtraction | PackedExtraction]
             ) -> Iterable[tuple[str, list[DocEntity]]]:
        for x in articles:
            entities = x.entities  # a packed extraction unpacks on each access: once here
            if any(type_group(e.type) == "PLACE" for e in entities):
                relations = x.relations
                if any(homonym_name(e) for e in entities):
                    senses.update(((x.doc_id, k), v)
                                  for k, v in city_senses(entities, relations).items())
                containers.update(((x.doc_id, k), v)
                                  for k, v in located_in(entities, relations).items())
            yield x.doc_id, entities

    # Full names first, so a surname alone meets every candidate before it is placed.
    for n, (doc_id, entity) in enumerate(_placement_order(ordered, read)):
        if n % 1000 == 0:
            bound_memos()
        around = containers.get((doc_id, entity.key), [])
        if around:
            qualified[(doc_id, entity.key)] = [f"{entity.label}, {c}" for c in around]
        local[(doc_id, entity.key)] = merger.add(doc_id, entity, senses.get((doc_id, entity.key)),
                                                 frozenset(c.lower() for c in around))
    for join in (_Merger.join_acronyms, join_short_forms, join_coined_short_forms,
                 join_companies_typed_as_people, join_facilities_named_as_organizations,
                 _Merger.join_surnames_of_other_types, join_surnames_by_context,
                 join_state_bodies_by_context):
        bound_memos()
        join(merger)
    # the memos are done with: emptied before the entities are made, the entities take their
    # place instead of adding to the merge's peak (the ids' name keys are cheap to compute)
    drop_memos()
    kept = [i for i, members in enumerate(merger.groups) if members]
    position = {group: n for n, group in enumerate(kept)}
    local = {k: position[merger.find(i)] for k, i in local.items()}
    entities = []
    for i in kept:  # each group's members go as its entity is made
        entities.append(_merge_group(merger.groups[i], merger.names[i]))
        merger.groups[i] = []
    for k, names in qualified.items():
        # the article's own "Athens, Ohio" tells this Athens from another article's; added
        # after matching, as its words are not names of the place itself
        entities[local[k]].aliases = sorted({*entities[local[k]].aliases, *names})
    if rules is not None:
        for entity in entities:
            _apply_canonical(entity, rules)
    _dedupe_ids(entities)
    return entities, {k: entities[i].id for k, i in local.items()}


def _placement_order(ordered, read) -> Iterable[tuple[str, DocEntity]]:
    """(article id, entity) by (single name, article id, longest label, key). `ordered` (in
    article id order) is read once, every entity held until all are sorted; a callable giving
    them anew is read twice, full names then single ones, each article sorted alone (its keys
    are unique), so none are held. `read` gives (article id, entities), noting places first."""
    def key(item: tuple[str, DocEntity]) -> tuple:
        return is_single_name(item[1]), item[0], -len(item[1].label), item[1].key

    if callable(ordered):
        for single, articles in ((False, read(ordered())),
                                 (True, ((x.doc_id, x.entities) for x in ordered()))):
            for doc_id, entities in articles:
                yield from sorted(((doc_id, e) for e in entities
                                   if is_single_name(e) == single), key=key)
        return
    queue = sorted(((doc_id, e) for doc_id, entities in read(ordered) for e in entities), key=key)
    for n, item in enumerate(queue):
        queue[n] = None  # the merger keeps what it needs (a copy, if it records a merge)
        yield item


def aggregate_relations(ordered: Iterable[DocExtraction | PackedExtraction],
                        ids: dict[tuple[str, str], str]) -> list[Relation]:
    """One Relation per (subject, predicate, object, negated, hedged), with all its evidence."""
    relations: dict[tuple[str, str, str, bool, bool], Relation] = {}
    for x in ordered:
        for r in x.relations:
            s, o = ids.get((x.doc_id, r.subject)), ids.get((x.doc_id, r.object))
            if s is None or o is None or s == o:
                continue
            key = (s, r.predicate, o, r.negated, r.hedged)
            rel = relations.setdefault(key, Relation(s, r.predicate, o, r.negated, r.hedged))
            rel.evidence.append(r.evidence)
            if r.kind not in rel.kinds:
                rel.kinds.append(r.kind)
    return [relations[k] for k in sorted(relations)]


def _merge_group(members: list[tuple[str, Member]], names: Iterable[str]) -> Entity:
    fields = group_fields(members, names)
    return Entity(id=node_id(fields["label"], fields["type"]), **fields)


def _apply_canonical(entity: Entity, rules: "AliasRules") -> None:
    """The aliases file's canonical name becomes the label (and the id) of its entity."""
    canonical = rules.canonical_for([entity.label, *entity.aliases])
    if canonical and canonical != entity.label:
        entity.merges.append(Merge(alias=canonical, rule="canonical name in the aliases file",
                                   doc=""))
        entity.label = canonical
        entity.aliases = sorted(set(entity.aliases) | {canonical})
        entity.id = node_id(canonical, entity.type)


def _dedupe_ids(entities: list[Entity]) -> None:
    """Two distinct entities with one slug get numbered ids, in a stable order."""
    seen: Counter = Counter()
    for entity in sorted(entities, key=lambda e: (e.id, e.documents, e.aliases)):
        seen[entity.id] += 1
        if seen[entity.id] > 1:
            entity.id = f"{entity.id}-{seen[entity.id]}"
