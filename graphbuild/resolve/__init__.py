"""Resolve: the entities and statements of many articles -> corpus-wide entities and relations.

* `merge`   - one node per real-world entity across articles (`resolve`, `Entity`, `Relation`);
* `joins`   - joins the name index cannot make: a name typed wrongly in its articles, a
              surname of two people or a state body named without its state, told by context;
* `keys`    - the name keys an article's entity is matched by, strong and weak;
* `homonyms` - a bare "Washington" or "New York": the state or the city of that name, and
               the places an article locates ("Athens, Ohio");
* `people`  - what honorifics and first names say about who a surname can be;
* `places`  - countries, US states and their other forms (pycountry, countryinfo, us), and
              when two articles' places of one name can be one place;
* `aliases` - the user's aliases file: names to join, or to keep apart;
* `explain` - why each alias joined its entity.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Entity", "Relation", "name_key", "node_id", "resolve", "type_group"]


def __getattr__(name: str) -> Any:
    # Imported on first use: extraction reads `places`, and `merge` reads extraction's name
    # rules, so importing `merge` whenever `places` is imported would be a cycle.
    if name in __all__:
        from graphbuild.resolve import merge
        return getattr(merge, name)
    raise AttributeError(f"module 'graphbuild.resolve' has no attribute {name!r}")
