"""Which entity a token stands for: the bridge between the parse and the article's entities.

Relation rules work on tokens; the graph works on entities. `Anchors` holds, for every parsed
paragraph, a map from token index to entity key, filled from the entity mentions (issue 3's
clustering), from reified events (`events`) and from resolved pronouns and descriptions
(`coref`). It also knows which country a nationality word stands for ("Russian" -> Russia), so
"Russian Ambassador Sergei Kislyak" can tie the ambassador to Russia.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.records import DocEntity, Paragraph
from graphbuild.extract.mentions.spans import Mention
from graphbuild.extract.tokens import lowers, per_doc, texts, values

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns that stand for a country's state when a nationality modifies them ("the Russian
# government", "Iraqi officials"; "Austrian citizens" stay people: only these lemmas become
# the country).
STATE_NOUNS = {"government", "administration", "authorities", "state", "regime", "cabinet",
               # who acts for the country abroad: "Iraqi officials traveled to China",
               # "Russian troops entered Crimea"
               "official", "diplomat", "troop", "force", "military", "delegation",
               "negotiator", "envoy", "authority",
               # its security forces: "Venezuelan intelligence agents arrested ..."
               "agent", "police", "soldier", "army", "navy", "prosecutor", "investigator"}
# Entities whose acronym the article may write without spelling it out ("SDNY", "DOJ").
ACRONYM_TYPES = {"ORG", "LOC", "FAC"}
# Entity types a nationality word may be mapped onto.
COUNTRY_TYPES = {"GPE"}
# Nationality words not formed from their country's name (the regular ones are matched by stem).
IRREGULAR_DEMONYMS = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "french": "France", "dutch": "Netherlands", "swiss": "Switzerland", "greek": "Greece",
    "turkish": "Turkey", "spanish": "Spain", "chinese": "China", "japanese": "Japan",
    "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland", "polish": "Poland",
    "norwegian": "Norway", "irish": "Ireland", "scottish": "United Kingdom",
    "welsh": "United Kingdom", "filipino": "Philippines", "thai": "Thailand",
    "vietnamese": "Viet Nam", "lebanese": "Lebanon", "sudanese": "Sudan", "yemeni": "Yemen",
    "pakistani": "Pakistan", "afghan": "Afghanistan", "israeli": "Israel", "saudi": "Saudi Arabia",
    "iraqi": "Iraq", "kuwaiti": "Kuwait", "qatari": "Qatar", "emirati": "United Arab Emirates",
    "peruvian": "Peru", "argentine": "Argentina", "portuguese": "Portugal",
    "belgian": "Belgium", "czech": "Czechia", "slovak": "Slovakia", "hungarian": "Hungary",
    "ukrainian": "Ukraine", "belarusian": "Belarus", "german": "Germany",
}
# Short names of those countries that pycountry does not know.
COUNTRY_SHORT_NAMES = {"United Kingdom": {"britain", "great britain", "uk", "u.k."},
                       "United States": {"america", "us", "u.s.", "usa", "u.s.a."},
                       "Turkey": {"türkiye"}, "Czechia": {"czech republic"},
                       "Viet Nam": {"vietnam"}}


@dataclass
class Anchors:
    """Token -> entity key maps, one per parsed paragraph, plus the article's entity records."""

    paragraphs: list[tuple[Paragraph, "Doc"]]
    entities: dict[str, DocEntity]
    token_entity: list[dict[int, str]] = field(default_factory=list)
    resolved: list[dict[int, str]] = field(default_factory=list)  # pronouns and descriptions
    groups: list[dict[int, list[str]]] = field(default_factory=list)  # "they" -> several
    demonyms: dict[str, str] = field(default_factory=dict)        # "russian" -> key of Russia
    paired_demonyms: bool = False                  # some demonym is two words ("north korean")
    datelines: list[set[int]] = field(default_factory=list)  # tokens of dateline places

    def entity(self, token: "Token", paragraph: int, coref: bool = True) -> str | None:
        """The entity a token names (or refers back to, when `coref`), if any."""
        key = self.token_entity[paragraph].get(token.i)
        if key is None and coref:
            key = self.resolved[paragraph].get(token.i)
        return key

    def group(self, token: "Token", paragraph: int) -> list[str]:
        """The entities a plural pronoun refers to ("they" -> Armstrong and Huff), if resolved."""
        return list(self.groups[paragraph].get(token.i, [])) if self.groups else []

    def country(self, token: "Token") -> str | None:
        """The country a nationality word stands for ("Cuban" -> Cuba), if it is in the article."""
        if token.ent_type_ != "NORP" and token.pos_ not in {"ADJ", "PROPN"}:
            return None
        if self.paired_demonyms:                # "North Korean", "South Sudanese": both words
            doc = token.doc
            for first, second in ((token.i, token.i + 1), (token.i - 1, token.i)):
                if 0 <= first and second < len(doc) and \
                        (k := self.demonyms.get(f"{doc[first].lower_} {doc[second].lower_}")):
                    return k
        return self.demonyms.get(token.lower_)

    def keys_in(self, tokens: "list[Token]", paragraph: int) -> set[str]:
        """Every entity the tokens name, refer to or stand for (a nationality's country)."""
        if not tokens:
            return set()
        named, resolved = self.token_entity[paragraph], self.resolved[paragraph]
        groups = self.groups[paragraph] if self.groups else {}
        keys: set[str] = set()
        for i in range(tokens[0].i, tokens[-1].i + 1):
            key = named.get(i) or resolved.get(i)
            if key:
                keys.add(key)
            keys.update(groups.get(i, ()))
        if self.demonyms:
            words = lowers(tokens[0].doc)[tokens[0].i:tokens[-1].i + 1]
            keys.update(k for word in words if (k := self.demonyms.get(word)))
        return keys

    def type_of(self, key: str) -> str:
        entity = self.entities.get(key)
        return entity.type if entity else ""

    def add_entity(self, entity: DocEntity) -> None:
        self.entities[entity.key] = entity


def build_anchors(parsed: list[tuple[Paragraph, "Doc"]], mentions: list[Mention],
                  mention_entity: list[int], entities: list[DocEntity]) -> Anchors:
    """Token maps for every paragraph from the clustered mentions."""
    anchors = Anchors(paragraphs=parsed, entities={e.key: e for e in entities},
                      token_entity=[{} for _ in parsed], resolved=[{} for _ in parsed],
                      groups=[{} for _ in parsed])
    anchors.datelines = [set() for _ in parsed]
    for mention, index in zip(mentions, mention_entity):
        if 0 <= mention.paragraph < len(parsed):
            for i in range(mention.token_start, mention.token_end):
                anchors.token_entity[mention.paragraph][i] = f"e{index}"
            if mention.in_dateline:
                anchors.datelines[mention.paragraph].update(
                    range(mention.token_start, mention.token_end))
    add_alias_tokens(anchors)
    anchors.demonyms = demonym_map(parsed, entities)
    anchors.paired_demonyms = any(" " in word for word in anchors.demonyms)
    return anchors


def add_alias_tokens(anchors: Anchors) -> None:
    """Map names NER missed in one place but found in another ("Sessions campaigned ...").

    A capitalized token sequence equal to a name the article gives exactly one entity (a person's
    surname counts as a name of that person, an organization's acronym as one of it), and not
    already part of a mention, stands for that entity.
    """
    from graphbuild.extract.mentions.names import acronyms

    owners: dict[tuple[str, ...], set[str]] = {}
    for entity in anchors.entities.values():
        names = {entity.label, *entity.aliases}
        if entity.type == "PERSON" and len(entity.label.split()) > 1:
            surname = entity.label.split()[-1]
            if len(surname) > 2 and surname[:1].isupper() and not surname.endswith("."):
                names.add(surname)
        if entity.type in ACRONYM_TYPES:
            # "SDNY and the DOJ entered into ...": an acronym of a name the article spells out
            names |= acronyms(entity.label)
        for name in names:
            words = tuple(name.split())
            if words and words[0][:1].isupper():
                owners.setdefault(words, set()).add(entity.key)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted((w for w, keys in owners.items() if len(keys) == 1), key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    for paragraph, (_, doc) in enumerate(anchors.paragraphs):
        taken = anchors.token_entity[paragraph]
        words_of = texts(doc)               # token texts without building a Token each
        for start in [i for i, text in enumerate(words_of) if text in by_first]:
            if start in taken or not words_of[start][:1].isupper():
                continue
            for words in by_first[words_of[start]]:
                end = start + len(words)
                free = not any(i in taken for i in range(start, end))
                if free and words_of[start:end] == words:
                    key = next(iter(owners[words]))
                    for i in range(start, end):
                        taken[i] = key
                    break


def demonym_map(parsed: list[tuple[Paragraph, "Doc"]], entities: list[DocEntity]) -> dict[str, str]:
    """Nationality words of the article mapped to the article's countries by shared stem.

    "Russian" -> Russia, "Cuban" -> Cuba, "Austrian" -> Austria: the adjective starts with the
    country's name (or its stem, less a final vowel) and adds a short ending. Only countries the
    article itself names are candidates, so no word list is needed.

    >>> from graphbuild.records import DocEntity
    >>> stem_matches("russian", "russia"), stem_matches("cuban", "cuba")
    (True, True)
    >>> stem_matches("american", "america"), stem_matches("chinese", "chile")
    (True, False)
    """
    from graphbuild.knowledge.places import country_code, country_of_demonym

    countries = [(e.key, name.lower()) for e in entities if e.type in COUNTRY_TYPES
                 for name in [e.label, *e.aliases]]
    codes = {(e.key, code) for e in entities if e.type in COUNTRY_TYPES
             for name in [e.label, *e.aliases] if (code := country_code(name))}
    found: dict[str, str] = {}
    if not countries:
        return found
    seen: set[str] = set()
    for _, doc in parsed:
        for token in _nationality_candidates(doc):
            word = token.lower_
            if word in seen:
                continue                        # one look-up per word, not per mention
            seen.add(word)
            hits = {key for key, name in countries if " " not in name and stem_matches(word, name)}
            country = IRREGULAR_DEMONYMS.get(word) or country_of_demonym(token.text)
            if country:                         # "Dutch", "Emirati", "Ivorian": not by stem
                names = {country.lower()} | COUNTRY_SHORT_NAMES.get(country, set())
                code = country_code(country)
                hits |= {key for key, c in codes if c == code}
                hits |= {key for key, name in countries if name in names}
            if len(hits) == 1:
                found[word] = hits.pop()
    for _, doc in parsed:                       # two-word nationalities: "North Korean"
        for token in _nationality_candidates(doc):
            if token.i == 0 or not doc[token.i - 1].text[:1].isupper():
                continue
            pair = f"{doc[token.i - 1].text} {token.text}"
            if pair.lower() in seen:
                continue
            seen.add(pair.lower())
            country = country_of_demonym(pair)
            code = country_code(country) if country else None
            keys = {key for key, c in codes if c == code} if code else set()
            if len(keys) == 1:
                found[pair.lower()] = keys.pop()
    return found


def _nationality_candidates(doc: "Doc") -> list["Token"]:
    """NORP tokens and capitalized adjectives, found on the attribute arrays (building a Token
    for every word of the article only to test two attributes costs more than the test), once
    a Doc: `demonym_map` reads them twice."""
    return [doc[i] for i in per_doc(doc, "nationality candidates", _nationality_indexes)]


def _nationality_indexes(doc: "Doc") -> tuple[int, ...]:
    from spacy.symbols import ADJ

    norp = doc.vocab.strings["NORP"]
    words = texts(doc)
    return tuple(i for i, (ent, pos) in enumerate(zip(values(doc, "ENT_TYPE"), values(doc, "POS")))
                 if ent == norp or pos == ADJ and words[i][:1].isupper())


def stem_matches(adjective: str, country: str) -> bool:
    """Whether a nationality adjective is formed from a country name (see `demonym_map`)."""
    if len(country) < 4 or adjective == country:
        return False
    for stem in (country, country[:-1] if country[-1] in "aeiouy" else country):
        if adjective.startswith(stem) and 1 <= len(adjective) - len(stem) <= 4 \
                and len(stem) >= 4:
            return True
    return False


def state_of(token: "Token", anchors: Anchors) -> str | None:
    """The country behind "the Russian government" / "the Austrian government"."""
    if token.lemma_.lower() not in STATE_NOUNS:
        return None
    for child in token.children:
        if child.dep_ in {"amod", "compound"}:
            country = anchors.country(child)
            if country:
                return country
    return None
