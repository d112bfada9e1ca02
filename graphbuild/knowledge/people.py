"""Words about people (lowercase)."""
from __future__ import annotations

# Nouns of people that are not titles: a name in apposition with one ("Ada Obi, a former
# government official,") is a person's.
PERSON_NOUNS = frozenset({
    "official", "daughter", "son", "wife", "husband", "brother", "sister", "mother", "father",
    "resident", "citizen", "national", "businessman", "businesswoman", "spokeswoman",
    "spokesperson", "lawmaker", "activist", "journalist", "aide", "adviser", "advisor"})
