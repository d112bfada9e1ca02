"""The second half of extraction: what an article says about the entities it names.

`article.article_relations` reads every sentence for statements between the entities of
`extract.mentions`: verbs with their arguments (`triples`, `arguments`, `predicates`, `pairs`,
`partners`, `place_adjuncts`), roles and offices from titles and appositions (`roles`,
`surface_appositions`, `distributed`, `titles`, `offices`, `unnamed_offices`, `posts`,
`party_roles`, `main_country`, `envoys`, `capitals`, `placed`), speech (`speech`), nouns that
carry relations (`nominals`), events (`events`), and smaller constructions (`sentencing`,
`declarations`, `colon_lists`, `copular_lists`, `where_clauses`); `coref` resolves pronouns and
descriptions (with `person_titles`, `genders`, `cases`) and `negation` gives every statement its
stance.
"""
