"""Resolve: the entities and statements of many articles -> corpus-wide entities and relations.

* `merge`   - one node per real-world entity across articles (`resolve`, `Entity`, `Relation`);
* `places`  - countries, US states and their other forms (pycountry, countryinfo, us);
* `aliases` - the user's aliases file: names to join, or to keep apart;
* `explain` - why each alias joined its entity.
"""
from __future__ import annotations

from graphbuild.resolve.merge import Entity, Relation, name_key, node_id, resolve, type_group

__all__ = ["Entity", "Relation", "name_key", "node_id", "resolve", "type_group"]
