"""The first half of extraction: who and what an article names.

`article.article_mentions` finds the entity mentions of an article's Docs (spaCy's entities,
repaired: `repair`, `spans`, `heads`; names the tagger missed, cut or mistyped: `untagged`,
`untagged_names`, `untagged_people`; places and countries named only by a title's nationality:
`place_mentions`, `title_countries`; names the article itself says are one: `definitions`) and
clusters them into the article's entities (`entities`, with one type and label each from
`labels`, name keys from `namekeys` and `names`). `anchors` maps tokens back to those entities
for the second half, `extract.statements`, which imports this half and never the other way.
"""
