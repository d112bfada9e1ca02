"""World knowledge as plain tables, one file each, that a reader can edit, and the small pure
functions that read them: what extraction and resolution know (places, names, organizations,
people, furniture) and which class of a small taxonomy a predicate belongs to
(`relation_classes.tsv`). Nothing here imports from the rest of graphbuild."""
