"""A US state that shares its name with a city: which of the two an article's bare name means.

"Washington" is the state in "Washington Gov. Jay Inslee" and the capital in "talks in
Washington"; "New York" is the state in "New York Attorney General" and the city in a dateline.
Keyed by name alone, every article's "Washington" would be one node, the state and the capital
together. News uses the bare name for the city unless it says otherwise, so a bare name is the
city unless its article shows the state: a state abbreviation ("Wash.", "N.Y."), "state" in the
name, a state office held "of" it ("governor of", "attorney general of", "Democrat of"), or an
organization named after the state ("Washington State Patrol").

>>> from graphbuild.records import DocEntity
>>> place = DocEntity("e0", "Washington", "GPE", aliases=["Washington"])
>>> city_senses([place], [])
{'e0': ('washington', 'district of columbia')}
>>> city_senses([DocEntity("e0", "Washington", "GPE", aliases=["Washington", "Wash."])], [])
{}
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from graphbuild.records import DocEntity, RelationMention
from graphbuild.knowledge.places import is_state
from graphbuild.resolve.keys import name_key

# The key of a state's bare name -> the key of the city it also names (the one news means by
# the bare name). The District of Columbia is the city of Washington itself.
CITY_OF_STATE_NAME = {"washington": "district of columbia", "new york": "new york city"}
# Words of a predicate or name that tie a place to a state's offices: no city has a governor.
STATE_OFFICE_WORDS = {"governor", "gov", "lieutenant", "senator", "sen", "attorney", "general",
                      "democrat", "republican", "legislature", "legislator", "lawmaker",
                      "assembly", "representative", "rep", "treasurer", "auditor"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}


def _key(text: str) -> str:
    return name_key(text)


def city_senses(entities: Sequence[DocEntity], relations: Sequence[RelationMention]
                ) -> dict[str, tuple[str, str]]:
    """Entity key -> (bare name key, city key) for each place of one article that is named by a
    state's bare name and means the city: the merge matches it by the city's key instead."""
    found: dict[str, tuple[str, str]] = {}
    for entity in entities:
        name = homonym_name(entity)
        if name and not _shows_state(name, entity, entities, relations):
            found[entity.key] = (name, CITY_OF_STATE_NAME[name])
    return found


def city_keys(keys: set[str], names: Sequence[str]) -> set[str]:
    """The keys of a place named as the city less the bare name it shares with the state, which
    would join the state's node to the city's: "Washington, D.C." (keyed "washington" and
    "district of columbia") and "New York, N.Y." (a city named in front of its state) are the
    cities, matched by the city's key.

    >>> sorted(city_keys({"washington", "washington dc", "district of columbia"}, []))
    ['district of columbia', 'washington dc']
    >>> sorted(city_keys({"new york", "new york ny"}, ["New York, N.Y."]))
    ['new york city', 'new york ny']
    >>> sorted(city_keys({"washington", "wash"}, ["Washington", "Wash."]))
    ['wash', 'washington']
    """
    for bare, city in CITY_OF_STATE_NAME.items():
        if (bare in keys and city in keys) or any(
                "," in n and _key(n.split(",")[0]) == bare for n in names):
            keys = (keys - {bare}) | {city}
    return keys


def homonym_name(entity: DocEntity) -> str | None:
    """The key of the state-and-city name a place is called by ("washington"), or None."""
    if entity.type not in PLACE_TYPES:
        return None
    bare = {_key(a) for a in [entity.label, *entity.aliases]} & CITY_OF_STATE_NAME.keys()
    return bare.pop() if len(bare) == 1 else None


def _shows_state(name: str, place: DocEntity, entities: Sequence[DocEntity],
                 relations: Sequence[RelationMention]) -> bool:
    """Whether the article shows that its bare `name` is the state (see the module's notes)."""
    for alias in [place.label, *place.aliases]:
        key = _key(alias)
        if key != name and (is_state(alias) or "state" in key.split()):
            return True  # "Wash.", "WA", "Washington State", "state of Washington"
    for r in relations:
        if r.object == place.key and STATE_OFFICE_WORDS & set(re.findall(r"[a-z]+", r.predicate)):
            return True  # "attorney general of Washington"
    prefix = f"{name} state "
    return any(e.type == "ORG" and _key(e.label).startswith(prefix) for e in entities)


def located_in(entities: Sequence[DocEntity], relations: Sequence[RelationMention]
               ) -> dict[str, list[str]]:
    """Place key -> the names of the places its article says it lies in ("Athens, Ohio" ->
    ["Ohio"]), which tell it from another article's place of the same name.

    >>> from graphbuild.records import Evidence
    >>> athens, ohio = DocEntity("e0", "Athens", "GPE"), DocEntity("e1", "Ohio", "GPE")
    >>> said = RelationMention("e0", "located in", "e1", Evidence("a", "Athens, Ohio", 0, 12))
    >>> located_in([athens, ohio], [said])
    {'e0': ['Ohio']}
    """
    labels = {e.key: e.label for e in entities}
    places = {e.key for e in entities if e.type in PLACE_TYPES}
    found: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "located in" and r.subject in places and r.object in labels:
            found.setdefault(r.subject, set()).add(labels[r.object])
    return {key: sorted(names) for key, names in found.items()}
