"""Roles: what a person or organization is to another entity, read off noun phrases.

* titles before a name: "Massachusetts Sen. Elizabeth Warren" (senator of Massachusetts),
  "Trump's former national security adviser Mike Flynn", "Russian Ambassador Sergei Kislyak"
  (the title words are read by `titles`);
* a name followed by "of", "from", "at": "Alice S. Fisher of the Criminal Division";
* appositions either way round: "Sessions, then the junior senator from Alabama", "the ranking
  Democrat on the House Intelligence Committee, Rep. Adam Schiff", "its principals, A and B";
* counterparts: "his Russian counterpart Putin" holds his partner's office in Russia.

Copulas, posts after "as" and places are read by `posts`, with this module's `noun_roles`.

The role word is the predicate ("senator of", "member of", "principal of").
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.knowledge.organizations import UNIT_NAME_HEADS
from graphbuild.knowledge.people import COUNTRY_OFFICES
from graphbuild.knowledge.places import country_code
from graphbuild.knowledge.places import is_state, place_key

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.knowledge.words import TITLE_LINKS

from graphbuild.extract.statements.arguments import Arg, conjuncts, is_dateline, is_role_noun, nominal_entities
from graphbuild.extract.statements.distributed import DISTRIBUTIVE_WORDS, distributed, first_conjunct, shared_of_roles
from graphbuild.extract.statements.main_country import main_country
from graphbuild.extract.statements.offices import appointer, listed_holder_posts, office_country, titled_name
from graphbuild.extract.statements.unnamed_offices import organization_of_title, unnamed_office
from graphbuild.extract.statements.placed import PLACE_PARTICIPLES, place_modifiers, place_participle, town_before
from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.statements.negation import Stance
from graphbuild.extract.statements.predicates import join, lemma, title_phrase
from graphbuild.extract.statements.titles import (NATIONAL_OFFICES, after_of, hyphen_children, PLACE_TYPES, SOLE_COUNTRY_OFFICES, STATE_OFFICES,
                     TITLE_POS, home_state, shared_title, sole_country, title_before,
                     of_stated_nationality, owned_unit,
                     title_country, topic_country)
from graphbuild.extract.statements.triples import Statement

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

ROLE_PREPOSITIONS = {"of", "from", "on", "at", "for", "to", "with", "in"}
# Prepositions of place: a role "in" or "at" a person is no role.
PLACE_PREPOSITIONS = {"in", "at"}
# "one of Russia's top spies": the role is the noun after "of".
PARTITIVE_WORDS = {"one", "some", "member", "part"} | DISTRIBUTIVE_WORDS
# Nouns that tie an organization to another ("a unit of", "an affiliate of").
ORGANIZATION_TIES = {"unit", "division", "arm", "branch", "affiliate", "part", "member",
                     "parent", "owner", "partner", "client", "customer", "supplier", "agency",
                     "office", "department", "bureau", "component", "wing", "ally"}
# Prepositions after a person's name that say where the person works ("X from the University
# of Arizona", "X at Acme").
AFFILIATION_LINKS = {"from", "at"}
# Participles that make an office a stand-in's ("acting center director"), kept in the title.
INTERIM_WORDS = {"acting", "interim", "caretaker"}
COUNTERPART_WORDS = {"counterpart", "counterparts", "opposite", "equivalent"}


def role_statements(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Every role rule over one sentence."""
    yield from title_roles(sent, anchors, para)
    yield from appositive_roles(sent, anchors, para)
    yield from listed_holder_roles(sent, anchors, para)


def listed_holder_roles(sent: "Sequence[Token]", anchors: Anchors, para: int
                        ) -> Iterator[Statement]:
    """"The president of Afghanistan, Ashraf Ghani, and ...": Ghani is president of
    Afghanistan, though the parser listed him with Afghanistan (see `offices`)."""
    for holder, noun, place in listed_holder_posts(sent, anchors, para):
        yield Statement(holder, join(noun_title(noun, anchors, para), "of"), place, _held(noun),
                        "role", noun.i)


def name_head(token: "Token", key: str, anchors: Anchors, para: int) -> bool:
    """Whether the token is the syntactic head of its entity's mention."""
    return anchors.entity(token.head, para, coref=False) != key or token.head == token


def title_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Titles before a name ("White House Press Secretary Sean Spicer") and "X of Y" after it."""
    named = anchors.token_entity[para]
    for token in sent:
        key = named.get(token.i)                       # a dict look-up before any walk
        if key is None or anchors.type_of(key) not in {"PERSON", "ORG"} \
                or not name_head(token, key, anchors, para):
            continue
        words, targets = title_before(token, key, anchors, para)
        if not targets and anchors.type_of(key) == "PERSON":
            shared_words, shared = shared_title(token, key, anchors, para)
            if shared:
                words, targets = shared_words, shared
        if words and targets and anchors.type_of(key) == "ORG" and after_of(token, key,
                                                                             anchors, para):
            yield from (Statement(t.key, join(title_phrase(words), "of"), key, _held(token),
                                  "role", token.i) for t in targets if t.key != key)
            continue                            # "Pakistan's chairmanship of the G77"
        if not targets and anchors.type_of(key) == "PERSON":    # "commission president X"
            words, targets = organization_of_title(words, token, anchors)
        title, explicit = title_phrase(words), bool(targets)
        if title and not targets and anchors.type_of(key) == "PERSON" \
                and title.split()[-1] in NATIONAL_OFFICES:
            targets = topic_country(token, anchors, para)
        if title and not targets and anchors.type_of(key) == "PERSON" \
                and title.split()[-1] in COUNTRY_OFFICES:
            targets = title_country(token, anchors, para)
            if targets:                                 # "vice president" of the U.S.
                title = title_phrase([w for w in words if not country_code(w)])
        if title and not targets and anchors.type_of(key) == "PERSON" \
                and title.split()[-1] in SOLE_COUNTRY_OFFICES:
            targets = sole_country(token, anchors, para)
        if title and not targets and anchors.type_of(key) == "PERSON" \
                and title.split()[-1] in STATE_OFFICES:
            targets = home_state(token, anchors)
        if title and not targets and anchors.type_of(key) == "PERSON":
            words, targets = unnamed_office(words, title, token, key, anchors, para)
            title = title_phrase(words)                 # "Labor MP X": "MP" of the party
        targets = targets if explicit else of_stated_nationality(token, targets, anchors)
        group = conjuncts(first_conjunct(token))       # "Jane Doe and John Roe of the ..."
        # "Jane Doe of the FBI", and a company's town: "Acme LLC of Tampa" (an organization
        # "of" another is mostly part of its name, not a role). The town must be the object
        # itself: "the FBI of the Trump-Russia connection" does not place the FBI in Russia.
        after = [Arg(a.key, prep.lower_, a.token_i)
                 for prep in _of_after(token, group) for obj in prep.children
                 if obj.dep_ == "pobj" for a in nominal_entities(obj, anchors, para)
                 if (prep.lower_ == "of" and (anchors.type_of(key) == "PERSON" or (
                     anchors.type_of(a.key) in PLACE_TYPES and not a.via)
                     or _unit_of(token, a, anchors)))
                 # "Jane Roe from the University of Arizona", "Jane Roe at Acme"
                 or (anchors.type_of(key) == "PERSON" and anchors.type_of(a.key) == "ORG"
                     and not a.via)]
        held = _held(token)
        office = _counterpart_office(title, targets, anchors)
        for target in _unique_keys(targets + after):
            last = max(t.token_i for t in targets + after if t.key == target.key)
            place = place_participle(token.doc, last, token.i)     # "New York-based"
            if target.key != key and place:
                yield Statement(key, join(place, "in"), target.key, held, "role", token.i)
                town = town_before(token.doc, target, anchors, para)
                if town and town != key:
                    yield Statement(key, join(place, "in"), town, held, "role", token.i)
            elif target.key != key and (title or target in after or _owner(
                    token.doc, last, target, key, anchors)):
                link = target.via if target.via in TITLE_LINKS | AFFILIATION_LINKS else "of"
                if target in after and not title:
                    link = target.via if target.via in AFFILIATION_LINKS else "of"
                if not title and (anchors.type_of(target.key), anchors.type_of(key)) == (
                        "PERSON", "ORG"):                   # "Brda's Acme": Brda of Acme
                    yield Statement(target.key, "of", key, held, "role", token.i)
                    continue
                if office and anchors.type_of(target.key) in PLACE_TYPES:
                    yield Statement(key, join(office, "of"), target.key, held, "role", token.i)
                    continue        # "his Russian counterpart Putin": president of Russia
                if anchors.type_of(key) == "ORG" == anchors.type_of(target.key) and (
                        not title or token.lower_ in UNIT_NAME_HEADS
                        or _owner(token.doc, last, target, key, anchors)):
                    # "NASA's Goddard Space Flight Center", "the Criminal Division of the
                    # DOJ", "Agent in Charge of ICE's Homeland Security Investigations": a
                    # title before a unit's or an owned organization's name is its head's
                    yield Statement(key, "part of", target.key, held, "role", token.i)
                    continue
                yield Statement(key, join(title, link), target.key, held, "role", token.i)


def _unit_of(token: "Token", target: Arg, anchors: Anchors) -> bool:
    """"the Criminal Division of the Department of Justice": a unit's name "of" an
    organization, the preposition right after the name."""
    return token.lower_ in UNIT_NAME_HEADS and anchors.type_of(target.key) == "ORG" \
        and not target.via


def _counterpart_office(title: str, targets: list[Arg], anchors: Anchors) -> str:
    """"Chinese President Xi and his Russian counterpart Putin": a counterpart holds, in his
    own country, the office of the person whose counterpart he is."""
    if not title or title.split()[-1] not in COUNTERPART_WORDS:
        return ""
    for target in targets:
        entity = anchors.entities.get(target.key)
        if entity is not None and entity.type == "PERSON" and entity.titles:
            words = [w for w in entity.titles[-1].split() if w.lower() not in anchors.demonyms
                     and not country_code(w)]      # "U.S. Secretary of State": the office
            office = title_phrase(words)
            # a head of state's or minister's office is held in every country; a Secretary of
            # State's counterpart is a foreign minister: then only "counterpart of"
            return office if office.split()[-1:] and \
                office.split()[-1] in SOLE_COUNTRY_OFFICES else ""
    return ""


def _owner(doc, last: int, target: Arg, key: str, anchors: Anchors) -> bool:
    """"NASA's Peter Smith", "Brda's Torchlight Energy": an organization or country owning a
    person's or an organization's name, or a person an organization's, no title. The "'s"
    follows the owner's last word ("the Justice Department's Criminal Division")."""
    owner = anchors.type_of(target.key)
    return (anchors.type_of(key) in {"PERSON", "ORG"} and owner in {"ORG", "GPE"}
            or anchors.type_of(key) == "ORG" and owner == "PERSON") \
        and last + 1 < len(doc) and (doc[last + 1].tag_ == "POS"
                                     or doc[last + 1].text in {"'", "\u2019"})  # "Palikaras'"


def _of_after(token: "Token", group: list["Token"]) -> list["Token"]:
    """The "of" after a name or after its coordination ("A and B of the FBI"), which the parser
    hangs on the last name or on the first; not one inside the group ("A of X and B")."""
    # "President Tom Baker and President of Sierra Leone Bio": a title in the group is another
    # name's, and so is its "of"
    owners = dict.fromkeys(t for t in (token, group[0], group[-1])
                           if t == token or not is_title_word(t.text))
    return [prep for owner in owners for prep in owner.children
            if prep.dep_ == "prep" and prep.lower_ in {"of"} | AFFILIATION_LINKS and (
                owner == token or
                                                                prep.i > group[-1].i)]


def appositive_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"Sessions, then the junior senator from Alabama"; "its principals, A and B"."""
    for token in sent:
        if token.dep_ != "appos":
            continue
        head = token.head
        if is_dateline(head):
            continue                                    # "WASHINGTON (Reuters) - ..., Flynn"
        own_key = anchors.entity(token, para, coref=False)
        # "robotic arm investigator for Phoenix, Ray Arvidson": the noun is the name after it,
        # whoever coreference took it for
        head_key = anchors.entity(head, para, coref=not (own_key and head.pos_ == "NOUN"))
        if head_key and own_key:
            role = _role_above(head)
            if role is not None and anchors.type_of(own_key) == "PERSON" \
                    and anchors.type_of(head_key) != "PERSON":
                # "the former head of the World Bank, Ann Lee": the parser hangs the name on
                # the organization closing the role before it
                holders = [Arg(k, "", t.i) for t in conjuncts(token)
                           if (k := anchors.entity(t, para))]
                yield from noun_roles(holders, role, anchors, para, _held(role))
                continue
            yield from _place_in_place(head, head_key, own_key, anchors, token)
            continue
        if head_key:                                    # "Armstrong, 70, a former member of"
            if titled_name(token, anchors, para) is not None:
                continue        # "X, IRS Special Agent in Charge Y": the title is Y's
            holders, noun = distributed(head, anchors, para, token), token
            if is_title_word(lemma(noun)):
                # "Acme LLC of Tampa, its chief executive": the parser may hang a person's role
                # on the place closing the name before it; a place holds no such role.
                holders = [h for h in holders if anchors.type_of(h.key) not in PLACE_TYPES]
        elif own_key:                                   # "the ranking Democrat on ..., Schiff"
            holder = anchors.entity(head.head, para) if head.dep_ == "appos" else None
            if holder and anchors.type_of(holder) == "PERSON" != anchors.type_of(own_key) \
                    and is_title_word(lemma(head)):
                # "Jed Rakoff, United States District Judge, United States District Court for
                # ...": an organization set beside a person's title is where the title is held
                yield Statement(holder, join(noun_title(head, anchors, para), "of"), own_key,
                                _held(head), "role", head.i)
                continue
            holders = [Arg(k, "", t.i) for t in conjuncts(token)
                       if (k := anchors.entity(t, para))]
            noun = head
        else:
            continue
        yield from noun_roles(holders, noun, anchors, para, _held(noun))
        yield from shared_of_roles(holders, noun, anchors, para)


def _role_above(name: "Token") -> "Token | None":
    """The role noun whose "of"/"for"/"at" object the name is ("head of [the World Bank]")."""
    prep = name.head
    if name.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"of", "for", "at"} \
            and prep.head.pos_ == "NOUN" and is_role_noun(lemma(prep.head)):
        return prep.head
    return None


def noun_roles(holders: list[Arg], noun: "Token", anchors: Anchors, para: int,
                held: Stance) -> Iterator[Statement]:
    """Roles a noun ("the junior senator from Alabama") gives the entities that hold it."""
    if held.raised or any(ch.isdigit() for t in [noun, *noun.children]
                          if t == noun or t.dep_ == "nummod" for ch in t.text):
        return              # "Mahama, NDC: 5,574, 761 votes": a count is no role
    noun = _partitive(noun)
    holdable = _holdable(noun, holders, anchors)
    targets: list[tuple[Arg, str]] = []
    title = noun_title(noun, anchors, para)
    participle = next((c.lower_ for c in noun.children
                       if c.dep_ == "amod" and c.lower_ in PLACE_PARTICIPLES), "")
    for child in hyphen_children(noun):     # "secretary-general of": the tail's too
        if not holdable and child.dep_ != "poss":
            continue        # "Hale's hedge fund, Orbis" stays Hale's; "a fund in X" says no more
        if child.dep_ in {"poss", "compound", "nmod"}:
            if participle and child.dep_ != "poss" and child.i < noun.i and \
                    anchors.type_of(anchors.entity(child, para) or "") in PLACE_TYPES:
                continue    # "a Tulsa, Oklahoma-based subsidiary": where it is (below)
            targets += [(a, "of") for a in nominal_entities(child, anchors, para, depth=3)]
        elif child.dep_ == "amod" and (country := anchors.country(child)) is not None:
            targets.append((Arg(country, "", child.i), "of"))
        elif child.dep_ == "prep" and child.lower_ in ROLE_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for t in conjuncts(obj):
                        for a in owned_unit(t, anchors, para) or \
                                nominal_entities(t, anchors, para, depth=2):
                            if child.lower_ in PLACE_PREPOSITIONS and not a.via \
                                    and anchors.type_of(a.key) == "PERSON":
                                continue    # "Agent in Charge Erick Martinez": his own title
                            targets.append((a, join(child.lower_, a.via)))
                        if anchors.entity(t, para) is None and lemma(t) not in {"behalf"}:
                            targets += [(a, join(child.lower_, lemma(t), "of")) for a in
                                        _country_of(t, anchors)]
    if not targets and title and any(anchors.type_of(h.key) == "PERSON" for h in holders):
        person = next(h.key for h in holders if anchors.type_of(h.key) == "PERSON")
        targets = [(a, "of") for a in office_country(noun, title, anchors, para)
                   or appointer(noun, anchors, para)      # "was named prime minister":
                   or main_country(noun, person, title.split()[-1], anchors, para)]
    office = _counterpart_office(title, [t for t, _ in targets], anchors)
    for holder in holders:
        for target, prep in targets:
            if holder.key == target.key:
                continue
            if office and anchors.type_of(target.key) in PLACE_TYPES:
                yield Statement(holder.key, join(office, "of"), target.key, held, "role", noun.i)
            else:
                yield Statement(holder.key, join(title, prep), target.key, held, "role", noun.i)
        for place, participle in place_modifiers(noun, anchors, para):
            if holder.key != place.key:             # "Sunbright, a Denver-based installer"
                yield Statement(holder.key, join(participle, "in"), place.key, held, "role",
                                noun.i)


def _holdable(noun: "Token", holders: list[Arg], anchors: Anchors) -> bool:
    """Whether the noun is a role its holders hold toward another entity: any noun for a
    person ("one of Russia's top spies"); for an organization or place a role noun or a tie
    between organizations ("subsidiary", "unit"). A description ("a hedge fund", "the world's
    largest telecommunications company in ...") relates only to its possessive owner."""
    word = lemma(noun)
    return any(anchors.type_of(h.key) == "PERSON" for h in holders) or is_role_noun(word) \
        or word in ORGANIZATION_TIES


def noun_title(noun: "Token", anchors: Anchors, para: int) -> str:
    """The title a noun names with its modifiers: "chief executive", "junior senator"."""
    words = [t.text for t in noun.lefts
             if t.dep_ in {"compound", "amod"} and anchors.entity(t, para) is None
             and t.lower_ not in {"left", "right"} and t.ent_type_ != "ORDINAL"  # "eighth"
             and anchors.country(t) is None and (t.pos_ in TITLE_POS or t.lower_ in
                                                 INTERIM_WORDS)] + [lemma(noun)]
    return title_phrase(words)


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


def _place_in_place(head: "Token", head_key: str, own_key: str, anchors: Anchors,
                    token: "Token") -> Iterator[Statement]:
    """"Gadsden, Ala.": a place followed by the place it lies in.

    A US state lies in no place but a country: "Washington, D.C." is one name, the city's.
    """
    if anchors.type_of(head_key) in PLACE_TYPES and anchors.type_of(own_key) in PLACE_TYPES \
            and head_key != own_key and not _state_outside_a_country(
                anchors.entities[head_key].label, anchors.entities[own_key].label):
        yield Statement(head_key, "located in", own_key, Stance(), "role", token.i)


def _state_outside_a_country(place: str, container: str) -> bool:
    """A US state said to lie in something other than a country ("Washington" in "D.C.")."""
    return is_state(place) and not (place_key(container) or "").startswith("country:")


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
