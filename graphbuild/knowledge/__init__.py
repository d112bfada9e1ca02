"""Knowledge tables: small, editable data files and the pure functions that read them.

* `relation_classes` - which class of a small taxonomy (meeting, legal, money, ...) a
  predicate belongs to, from `relation_classes.tsv`.

Nothing here imports the rest of graphbuild: the graph, the exporters and the queries read it.
"""
