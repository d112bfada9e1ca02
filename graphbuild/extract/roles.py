"""Roles: what a person or organization is to another entity, read off noun phrases.

* titles before a name: "Massachusetts Sen. Elizabeth Warren" (senator of Massachusetts),
  "Trump's former national security adviser Mike Flynn", "Russian Ambassador Sergei Kislyak";
* a name followed by "of": "Alice S. Fisher of the Criminal Division";
* appositions either way round: "Sessions, then the junior senator from Alabama", "the ranking
  Democrat on the House Intelligence Committee, Rep. Adam Schiff", "its principals, A and B";
* copulas: "Sessions was a member of the Senate Armed Services committee", "Kislyak is
  considered to be one of Russia's top spies";
* places: "Gadsden, Ala." (located in).

The role word is the predicate ("senator of", "member of", "principal of").
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .anchors import Anchors
from .arguments import TITLE_LINKS, Arg, conjuncts, is_dateline, nominal_entities, subject_tokens
from .negation import Stance, stance
from .predicates import COURTESY_WORDS, join, lemma, title_phrase, verb_phrase
from .triples import Statement

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

ROLE_PREPOSITIONS = {"of", "from", "on", "at", "for", "to", "with", "in"}
TITLE_POS = {"NOUN", "PROPN", "ADJ"}
# Appositions that distribute over a coordination: "Rubio and Cruz, both of Cuban descent".
DISTRIBUTIVE_WORDS = {"both", "all", "each"}
# "one of Russia's top spies": the role is the noun after "of".
PARTITIVE_WORDS = {"one", "some", "member", "part"} | DISTRIBUTIVE_WORDS
PLACE_TYPES = {"GPE", "LOC"}
# "Chicago-born", "Denver-based": the place before the name is where, not whose.
PLACE_PARTICIPLES = {"born", "based", "headquartered", "raised", "bred", "educated", "made"}
# Last words of offices of a national government that a story names without the country
# ("Prime Minister X" after "Turkey is blaming ..."); not "president", which companies have and
# whose country a story about another country often leaves unsaid.
# How many title words may stand between an organization and a title the parser split off.
MAX_TITLE_GAP = 4
NATIONAL_OFFICES = {"minister", "premier", "chancellor"}
# Titles of an office of state, never shared with a company named beside them.
POLITICAL_TITLES = {"senator", "sen", "representative", "rep", "governor", "gov", "mayor",
                    "judge", "congressman", "congresswoman", "president", "minister", "ambassador",
                    "secretary", "justice", "lawmaker", "councilman", "councilwoman"}


def role_statements(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Every role rule over one sentence."""
    yield from title_roles(sent, anchors, para)
    yield from appositive_roles(sent, anchors, para)
    yield from copula_roles(sent, anchors, para)


def _name_head(token: "Token", key: str, anchors: Anchors, para: int) -> bool:
    """Whether the token is the syntactic head of its entity's mention."""
    return anchors.entity(token.head, para, coref=False) != key or token.head == token


def title_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Titles before a name ("White House Press Secretary Sean Spicer") and "X of Y" after it."""
    for token in sent:
        key = anchors.entity(token, para, coref=False)
        if key is None or not _name_head(token, key, anchors, para):
            continue
        if anchors.type_of(key) not in {"PERSON", "ORG"}:
            continue
        words, targets = title_before(token, key, anchors, para)
        if not targets and anchors.type_of(key) == "PERSON":
            shared_words, shared = _shared_title(token, key, anchors, para)
            if shared:
                words, targets = shared_words, shared
        title = title_phrase(words)
        if title and not targets and anchors.type_of(key) == "PERSON" \
                and title.split()[-1] in NATIONAL_OFFICES:
            targets = _topic_country(token, anchors, para)
        group = conjuncts(_first_conjunct(token))       # "Jane Doe and John Roe of the ..."
        after = [a for prep in group[-1].children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ == "pobj"
                 for a in nominal_entities(obj, anchors, para)
                 if anchors.type_of(key) == "PERSON"]
        held = _held(token)
        for target in _unique_keys(targets + after):
            place = _place_participle(token.doc, target.token_i, token.i)
            if target.key != key and place:
                yield Statement(key, join(place, "in"), target.key, held, "role", token.i)
            elif target.key != key and (title or target in after):
                yield Statement(key, join(title, "of"), target.key, held, "role", token.i)


def title_before(token: "Token", key: str, anchors: Anchors, para: int
                 ) -> tuple[list[str], list[Arg]]:
    """The title words before a name and the entities they name ("White House", "Russian")."""
    words: list[str] = []
    targets: list[Arg] = []
    doc = token.doc
    glue = False                                        # "co - founders": one word
    for t in doc[_title_start(token, anchors, para):token.i]:
        other = anchors.entity(t, para, coref=False)
        if other == key:
            continue
        if t.text in {"-", "–"} and words and not t.whitespace_:
            glue = True
            continue
        if glue and other is None and t.pos_ in TITLE_POS:
            words[-1] += "-" + (t.lemma_ if t.pos_ == "NOUN" else t.text)
            glue = False
            continue
        glue = False
        if other is not None:
            targets.append(Arg(other, "", t.i))
        elif (country := anchors.country(t)) is not None:
            targets.append(Arg(country, "", t.i))
        elif t.pos_ in TITLE_POS and t.ent_type_ not in {"DATE", "CARDINAL", "NORP"} \
                and t.lower_.strip(".") not in COURTESY_WORDS and t.dep_ != "poss":
            words.append(t.lemma_ if t.pos_ == "NOUN" else t.text)     # "prosecutors"
        elif t.lower_ in TITLE_LINKS and words and t.i + 1 < token.i \
                and anchors.entity(doc[t.i + 1], para, coref=False) is None:
            words.append(t.lower_)                      # "Chief of Staff", "Agent in Charge"
    while words and words[-1] in TITLE_LINKS:
        words.pop()
    return words, targets


def _title_start(token: "Token", anchors: Anchors, para: int) -> int:
    """Where the title before a name starts.

    Usually the left edge of the name's phrase; but in "FBI Special Agent in Charge Maria Lopez"
    the parser makes the name the object of "in", so the title is the phrase of the capitalized
    noun that "in" hangs from.
    """
    start = token.left_edge.i
    word = token
    for _ in range(2):
        prep, title = word.head, word.head.head
        if word.dep_ != "pobj" or prep.lower_ not in TITLE_LINKS or title.i >= prep.i \
                or title.pos_ != "PROPN" or not title.is_title \
                or anchors.entity(title, para, coref=False) is not None:
            break
        start, word = min(start, title.left_edge.i), title
    return _organization_before(token.doc, start, anchors, para)


def _organization_before(doc, start: int, anchors: Anchors, para: int) -> int:
    """"Acme co-founders Tom Hale and ...": the parser may leave the organization in front of a
    title outside the name's phrase; a few title words back to an adjacent entity take it in."""
    i = start
    while i > 0 and start - i < MAX_TITLE_GAP:
        before = doc[i - 1]
        if anchors.entity(before, para, coref=False) is not None:
            while i > 0 and anchors.entity(doc[i - 1], para, coref=False) is not None:
                i -= 1
            return i
        if before.pos_ not in TITLE_POS and before.text not in {"-", "–"}:
            break
        i -= 1
    return start


def _shared_title(token: "Token", key: str, anchors: Anchors, para: int
                  ) -> tuple[list[str], list[Arg]]:
    """"SunPeak founder Dan Ortiz and former chief financial officer Rebecca Lin": a title
    coordinated after another titled name shares that name's organization.

    The parser hangs the second name anywhere (often as an apposition of the first), so the
    title is read off the words right before the name; only an organization of the first title
    is shared, and not to a political title ("Acme founder X and Senator Y").
    """
    doc = token.doc
    start = token.i
    while start > 0 and anchors.entity(doc[start - 1], para, coref=False) == key:
        start -= 1
    run = start
    while run > 0 and doc[run - 1].pos_ in TITLE_POS and doc[run - 1].dep_ != "poss" \
            and anchors.entity(doc[run - 1], para, coref=False) is None:
        run -= 1
    words = [t.text for t in doc[run:start]]
    if run < 2 or doc[run - 1].lower_ not in {"and", ","}:
        return [], []
    first = _mention_head(doc[run - 2], anchors, para)
    if first is None or {w.lower().strip(".") for w in words} & POLITICAL_TITLES:
        return [], []
    first_key = anchors.entity(first, para, coref=False)
    if anchors.type_of(first_key) != "PERSON":
        return [], []
    first_words, targets = title_before(first, first_key, anchors, para)
    shared = [t for t in targets if anchors.type_of(t.key) == "ORG"]
    if not words:               # "Acme co-founders Tom Hale and Ann Lee": a plural title
        first_start = first.i   # holds for every name after it
        while first_start > 0 and anchors.entity(doc[first_start - 1], para,
                                                 coref=False) == first_key:
            first_start -= 1
        plural = first_start > 0 and doc[first_start - 1].tag_ in {"NNS", "NNPS"}
        return (first_words, shared) if plural and shared else ([], [])
    return (words, shared) if first_words and shared else ([], [])


def _mention_head(token: "Token", anchors: Anchors, para: int) -> "Token | None":
    """The head of the entity mention the token ends, if it ends one."""
    key = anchors.entity(token, para, coref=False)
    if key is None:
        return None
    steps = 0
    while token.head != token and anchors.entity(token.head, para, coref=False) == key \
            and steps < 8:
        token, steps = token.head, steps + 1
    return token


def _topic_country(token: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"Turkey is blaming ... on a Syrian man. Prime Minister Ahmet Davutoglu said ...": a
    government office with no country named has the country the story is about, when the
    sentence before has that country as its subject and the name's own sentence names no
    other place."""
    from ..places import country_code

    sentence = token.sent
    if any((k := anchors.entity(t, para, coref=False)) and anchors.type_of(k) in PLACE_TYPES
           for t in sentence):
        return []
    before = _previous_sentence(sentence, anchors, para)
    if before is None:
        return []
    sent, at = before
    for t in sent:
        key = anchors.entity(t, at, coref=False)
        if key and t.dep_ in {"nsubj", "nsubjpass"} and t.head == sent.root \
                and anchors.type_of(key) in PLACE_TYPES \
                and country_code(anchors.entities[key].label):
            return [Arg(key, "", t.i)]
    return []


def _previous_sentence(sentence: "Span", anchors: Anchors, para: int
                       ) -> "tuple[Span, int] | None":
    """The sentence before, in this paragraph or at the end of the one before."""
    if sentence.start > 0:
        return sentence.doc[sentence.start - 1].sent, para
    if para > 0 and len(anchors.paragraphs[para - 1][1]):
        doc = anchors.paragraphs[para - 1][1]
        return doc[len(doc) - 1].sent, para - 1
    return None


def _place_participle(doc, target_i: int, name_i: int) -> str:
    """"Chicago-born actor John Smith", "Denver-based Acme": born / based in the place."""
    for t in doc[target_i + 1:min(target_i + 3, name_i)]:
        if t.lower_ in PLACE_PARTICIPLES:
            return t.lower_
        if t.text not in {"-", "–"}:
            break
    return ""


def appositive_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"Sessions, then the junior senator from Alabama"; "its principals, A and B"."""
    for token in sent:
        if token.dep_ != "appos":
            continue
        head = token.head
        if is_dateline(head):
            continue                                    # "WASHINGTON (Reuters) - ..., Flynn"
        head_key = anchors.entity(head, para)
        own_key = anchors.entity(token, para, coref=False)
        if head_key and own_key:
            yield from _place_in_place(head, head_key, own_key, anchors, token)
            continue
        if head_key:                                    # "Armstrong, 70, a former member of"
            holders, noun = _distributed(head, anchors, para, token), token
        elif own_key:                                   # "the ranking Democrat on ..., Schiff"
            holders = [Arg(k, "", t.i) for t in conjuncts(token)
                       if (k := anchors.entity(t, para))]
            noun = head
        else:
            continue
        yield from _noun_roles(holders, noun, anchors, para, _held(noun))


def copula_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"X was a member of Y", "X became governor of Y", "X was appointed ambassador to Y"."""
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue                            # before the children: most words are no verb
        attrs = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        if not attrs:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        link = "be" if verb.lemma_.lower() == "be" else \
            verb.lower_ if passive else verb_phrase(verb)
        subjects, _ = subject_tokens(verb)
        holders = [a for s in subjects for a in nominal_entities(s, anchors, para, owners=False)]
        held = stance(verb)
        if held.raised or not holders:
            continue
        for attr in attrs:
            for noun in conjuncts(attr):
                if anchors.entity(noun, para):
                    continue                             # "X is Y": identity, not a role
                for statement in _noun_roles(holders, noun, anchors, para, held):
                    yield Statement(statement.subject, join(link, statement.predicate),
                                    statement.object, held, "role", verb.i)


def _noun_roles(holders: list[Arg], noun: "Token", anchors: Anchors, para: int,
                held: Stance) -> Iterator[Statement]:
    """Roles a noun ("the junior senator from Alabama") gives the entities that hold it."""
    if held.raised:
        return
    noun = _partitive(noun)
    targets: list[tuple[Arg, str]] = []
    words = [t.text for t in noun.lefts
             if t.dep_ in {"compound", "amod"} and anchors.entity(t, para) is None
             and anchors.country(t) is None and t.pos_ in TITLE_POS] + [lemma(noun)]
    title = title_phrase(words)
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "nmod"}:
            targets += [(a, "of") for a in nominal_entities(child, anchors, para, depth=3)]
        elif child.dep_ == "amod" and (country := anchors.country(child)) is not None:
            targets.append((Arg(country, "", child.i), "of"))
        elif child.dep_ == "prep" and child.lower_ in ROLE_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for t in conjuncts(obj):
                        for a in nominal_entities(t, anchors, para, depth=2):
                            targets.append((a, join(child.lower_, a.via)))
                        if anchors.entity(t, para) is None and lemma(t) not in {"behalf"}:
                            targets += [(a, join(child.lower_, lemma(t), "of")) for a in
                                        _country_of(t, anchors)]
    for holder in holders:
        for target, prep in targets:
            if holder.key != target.key:
                yield Statement(holder.key, join(title, prep), target.key, held, "role", noun.i)
        for place, participle in _place_modifiers(noun, anchors, para):
            if holder.key != place.key:             # "Sunbright, a Denver-based installer"
                yield Statement(holder.key, join(participle, "in"), place.key, held, "role",
                                noun.i)


def _place_modifiers(noun: "Token", anchors: Anchors, para: int) -> list[tuple[Arg, str]]:
    """"a Denver-based solar installer": (Denver, "based"), from the participle's modifier."""
    found = []
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in PLACE_PARTICIPLES:
            found += [(Arg(k, "", m.i), child.lower_) for m in child.children
                      if m.dep_ in {"npadvmod", "compound", "nmod"}
                      and (k := anchors.entity(m, para, coref=False))
                      and anchors.type_of(k) in PLACE_TYPES]
    return found


def _country_of(noun: "Token", anchors: Anchors) -> list[Arg]:
    """"of Cuban descent": the country behind a nationality adjective on the noun."""
    return [Arg(c, "", t.i) for t in noun.children
            if t.dep_ == "amod" and (c := anchors.country(t)) is not None]


def _partitive(noun: "Token") -> "Token":
    """"one of Russia's top spies" -> "spies"; "both of Cuban descent" keeps "descent" below."""
    if noun.lower_ in PARTITIVE_WORDS - {"member"}:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return noun


def _distributed(head: "Token", anchors: Anchors, para: int, appos: "Token") -> list[Arg]:
    """The holders of an apposition: the head, or every conjunct for "both"/"all"."""
    tokens = [head]
    if appos.lower_ in DISTRIBUTIVE_WORDS:
        tokens = conjuncts(head)
        if head.dep_ == "conj":
            tokens = conjuncts(_first_conjunct(head))
    return [Arg(k, "", t.i) for t in tokens if (k := anchors.entity(t, para))]


def _first_conjunct(token: "Token") -> "Token":
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _place_in_place(head: "Token", head_key: str, own_key: str, anchors: Anchors,
                    token: "Token") -> Iterator[Statement]:
    """"Gadsden, Ala.": a place followed by the place it lies in."""
    if anchors.type_of(head_key) in PLACE_TYPES and anchors.type_of(own_key) in PLACE_TYPES \
            and head_key != own_key:
        yield Statement(head_key, "located in", own_key, Stance(), "role", token.i)


def _held(token: "Token") -> Stance:
    """A title or apposition is presupposed, not claimed: "Flynn, Trump's adviser, did not
    meet X" still makes Flynn Trump's adviser. Only a retraction or a question would undo it,
    and those are about the clause, so the noun phrase role stands as asserted."""
    return Stance()


def _unique_keys(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out
