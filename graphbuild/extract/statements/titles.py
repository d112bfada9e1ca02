"""Titles before a name, read off the words in front of it.

"White House Press Secretary Sean Spicer", "FBI Special Agent in Charge Maria Lopez" (the parser
makes the name the object of "in"), "Acme CEO X and CFO Y" (the second title shares the first
one's organization), "Acme co-founders X and Y" (a plural title holds for both), and "Prime
Minister X" with the country the story is about. `roles.title_roles` turns them into edges.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import Arg, is_dateline
from graphbuild.knowledge.words import DATELINE_DASHES, TITLE_LINKS
from graphbuild.extract.statements.predicates import COURTESY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TITLE_POS = {"NOUN", "PROPN", "ADJ"}
PLACE_TYPES = {"GPE", "LOC"}
# How many title words may stand between an organization and a title the parser split off.
MAX_TITLE_GAP = 4
# Last words of offices of a national government that a story names without the country
# ("Prime Minister X" after "Turkey is blaming ..."); not "president", which companies have and
# whose country a story about another country often leaves unsaid.
NATIONAL_OFFICES = {"minister", "premier", "chancellor"}
# Offices of a US state: with no state named, the article's own state (see `home_state`).
STATE_OFFICES = {"governor", "gov"}
# Offices of state whose holder, when no country is named with the title, governs the one
# country an article names ("President Xanana Gusmao" in a story naming East Timor alone).
SOLE_COUNTRY_OFFICES = NATIONAL_OFFICES | {"president"}
# Paragraphs that may open with a dateline (a headline or two may come first).
DATELINE_PARAGRAPHS = 3
# Titles of an office of state, never shared with a company named beside them.
POLITICAL_TITLES = {"senator", "sen", "representative", "rep", "governor", "gov", "mayor",
                    "judge", "congressman", "congresswoman", "president", "minister", "ambassador",
                    "secretary", "justice", "lawmaker", "councilman", "councilwoman",
                    "leader", "whip", "speaker"}


def title_before(token: "Token", key: str, anchors: Anchors, para: int
                 ) -> tuple[list[str], list[Arg]]:
    """The title words before a name and the entities they name ("White House", "Russian")."""
    words: list[str] = []
    targets: list[Arg] = []
    doc = token.doc
    glue = False                                        # "co - founders": one word
    for t in doc[_title_start(token, anchors, para):token.i]:
        other = anchors.entity(t, para, coref=False)
        if other is None and t.dep_ == "poss" and t.pos_ in {"NOUN", "PRON"}:
            other = anchors.entity(t, para)     # "the agency's press secretary X", "his aide X"
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
            if anchors.type_of(other) == "PERSON" and not _possessed(doc, t.i, other, anchors, para):
                continue            # "insinuated to Kislyak then-President-elect Trump"
            targets.append(Arg(other, _link_before(doc, t.i), t.i))
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


def _link_before(doc, i: int) -> str:
    """The title's link word right before an entity inside it ("Ambassador to the United
    Nations X": "to"), if any."""
    while i > 0 and doc[i - 1].pos_ == "DET":
        i -= 1
    inside = i > 1 and doc[i - 2].pos_ in TITLE_POS and doc[i - 2].lower_ != "according"
    return doc[i - 1].lower_ if inside and doc[i - 1].lower_ in TITLE_LINKS else ""


def _possessed(doc, i: int, key: str, anchors: Anchors, para: int) -> bool:
    """Whether the person's name at `i` ends in a possessive ("Trump's adviser X")."""
    while i + 1 < len(doc) and anchors.entity(doc[i + 1], para, coref=False) == key:
        i += 1
    return doc[i].tag_ == "POS" or (i + 1 < len(doc) and doc[i + 1].tag_ == "POS")


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


def shared_title(token: "Token", key: str, anchors: Anchors, para: int
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


def topic_country(token: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"Turkey is blaming ... on a Syrian man. Prime Minister Ahmet Davutoglu said ...": a
    government office with no country named has the country the story is about, when the
    sentence before has that country as its subject and the name's own sentence names no
    other place."""
    from graphbuild.knowledge.places import country_code

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


def title_country(token: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"U.S. Vice President Joe Biden": a country's name inside the title (which mentions
    leave to the title) is the country of the office, if the article names that country."""
    from graphbuild.knowledge.places import country_code

    words = [t for t in token.doc[_title_start(token, anchors, para):token.i]
             if t.ent_type_ == "GPE"]
    codes = {code for n in (1, 2) for i in range(len(words) - n + 1)
             if (code := country_code(" ".join(t.text for t in words[i:i + n])))}
    if not codes:
        return []
    for key, entity in anchors.entities.items():
        if entity.type == "GPE" and any(country_code(n) in codes
                                        for n in [entity.label, *entity.aliases]):
            return [Arg(key, "", words[0].i)]
    return []


def of_stated_nationality(token: "Token", targets: list[Arg], anchors: Anchors) -> list[Arg]:
    """"former Peruvian presidents Alberto Fujimori and ...": a nationality written in the title
    before the name says whose office it is; a country found by any other way (the article's
    only or main country) that is not that one is dropped."""
    from graphbuild.knowledge.places import country_code, country_of_demonym

    doc = token.doc
    stated = {country_code(c) for t in doc[max(0, token.i - 6):token.i]
              if t.text[:1].isupper() and (c := country_of_demonym(t.text))}
    if not stated or not targets:
        return targets
    return [t for t in targets if anchors.type_of(t.key) not in PLACE_TYPES
            or country_code(anchors.entities[t.key].label) in stated]


def owned_unit(token: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"Director of the SEC's Chicago Regional Office": the role is held in the unit the
    organization owns, which the parser may hang elsewhere; none if no unit follows."""
    doc, k = token.doc, token.i + 1
    owner = anchors.entity(token, para, coref=False)
    if owner is None or k + 1 >= len(doc) or doc[k].lower_ not in {"'s", "\u2019s"}:
        return []
    unit = anchors.entity(doc[k + 1], para, coref=False)
    return [Arg(unit, "", k + 1)] if unit and unit != owner and \
        anchors.type_of(unit) == "ORG" == anchors.type_of(owner) else []


def sole_country(token: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """The article's one country, if it names exactly one and the name's sentence names no
    other place than it and its capital ("spoke in Berlin" may be abroad). The Arg points at
    the name."""
    from graphbuild.knowledge.places import capital_of, country_code

    countries = [(k, code) for k, e in anchors.entities.items()
                 if e.type == "GPE" and (code := country_code(e.label))]
    if len(countries) != 1:
        return []
    key, code = countries[0]
    for t in token.sent:
        if t.lower_ in anchors.demonyms and anchors.demonyms[t.lower_] == key \
                and t.head.i != token.i and t.head.head.i != token.i:
            return []   # "Prime Minister Singh and Russian President Putin": Russia is Putin's
        place = anchors.entity(t, para, coref=False)
        if place and place != key and anchors.type_of(place) in PLACE_TYPES \
                and code not in {country_code(n) for n in
                                 capital_of(anchors.entities[place].label)}:
            return []
    return [Arg(key, "", token.i)]


def home_state(token: "Token", anchors: Anchors) -> list[Arg]:
    """"OLYMPIA, Wash. - Gov. Jay Inslee signed ...": a governor with no state named governs
    the state of the article's dateline, or else the one US state the article names.

    The Arg points at the governor's own token: the state may sit in another paragraph.
    """
    from graphbuild.knowledge.places import is_state

    states = {k for k, e in anchors.entities.items() if e.type == "GPE" and is_state(e.label)}
    if not states:
        return []
    for para, (_, doc) in enumerate(anchors.paragraphs[:DATELINE_PARAGRAPHS]):
        start = next((t.i for t in doc[:3] if is_dateline(t)), None)
        if start is None:
            continue
        for t in doc[start:start + 8]:
            if t.text in DATELINE_DASHES:
                break
            if (k := anchors.entity(t, para, coref=False)) in states:
                return [Arg(k, "", token.i)]
    return [Arg(states.pop(), "", token.i)] if len(states) == 1 else []


def hyphen_children(noun: "Token") -> list["Token"]:
    """The noun's children, and those of the word hyphenated to it: the parser splits
    "secretary-general of the United Nations" into "secretary" and a "general" that holds
    the "of"."""
    doc = noun.doc
    kids = list(noun.children)
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not doc[noun.i].whitespace_:
        tail = doc[noun.i + 2]
        if tail.head == noun:
            kids += [c for c in tail.children if c.dep_ == "prep"]
    return kids


def after_of(token: "Token", key: str, anchors: Anchors, para: int) -> bool:
    """Whether the entity's name follows "of (the)": "Pakistan's chairmanship of the G77"
    names the G77 as what is chaired, not as the title's holder."""
    doc, start = token.doc, token.i
    while start > 0 and anchors.entity(doc[start - 1], para, coref=False) == key:
        start -= 1
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    return start > 0 and doc[start - 1].lower_ == "of"
