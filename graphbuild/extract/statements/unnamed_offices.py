"""The organization or country of an office before a name when nothing beside it names one,
asked by `roles.title_roles` after the rules that read the title itself:

* an office of state in an article naming several countries: the dateline's or dominant
  country (`main_country`);
* an office only one country has by that name: "Secretary of State Mike Pompeo" (the United
  States, `main_country.one_country_office`);
* a party office: "Labor MP Dick Adams", "opposition leader Sam Rainsy" (`party_roles`);
* "Defense Secretary Ash Carter": the article's department of that portfolio ("Department of
  Defense") if it names one;
* "Attorney General Michael Mukasey", "Justice Secretary Leila de Lima": the article's only or
  dateline country (`main_country`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.knowledge.people import OFFICE_PORTFOLIOS

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.main_country import main_country, one_country_office
from graphbuild.extract.statements.party_roles import opposition_country, party_of_title

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphbuild.extract.statements.arguments import Arg


def unnamed_office(words: list[str], title: str, token: "Token", key: str, anchors: Anchors,
                   para: int) -> tuple[list[str], list["Arg"]]:
    """The title's words (less a party's name they include) and the office's organization or
    country, if one of the readings in the module's docstring finds it."""
    from graphbuild.extract.statements.titles import SOLE_COUNTRY_OFFICES, sole_country

    if title.split()[-1] in CITY_OFFICES:
        return words, home_city(token, anchors, para)
    found = main_country(token, key, title.split()[-1], anchors, para) \
        if title.split()[-1] in SOLE_COUNTRY_OFFICES else []
    found = found or one_country_office(title, token, anchors)
    if title in OFFICE_PORTFOLIOS:  # "Secretary of State X" and the article's State Department
        found = found + [a for a in _portfolio_department(OFFICE_PORTFOLIOS[title], token,
                                                          anchors) if a not in found]
    if found:
        return words, found
    words, found = party_of_title(words, token, anchors, para)
    found = found or opposition_country(words, token, key, anchors, para)
    if not found and _portfolio_secretary(title):      # "Defense Secretary Ash Carter"
        found = _portfolio_department(title.split()[-2], token, anchors)
    if not found and (title.endswith("attorney general") or _portfolio_secretary(title)):
        found = sole_country(token, anchors, para) or main_country(
            token, key, "attorney general", anchors, para)
    return words, found


# Offices of a town: "Mayor Richard Daley" is the mayor of the town named with him.
CITY_OFFICES = {"mayor"}


def home_city(token: "Token", anchors: Anchors, para: int) -> list["Arg"]:
    """The one town (a place that is no country and no US state) the office holder's sentence
    names ("Hu was welcomed in Chicago by Mayor Richard Daley"); a town named elsewhere may
    be anyone's."""
    from graphbuild.knowledge.places import country_code, is_state

    from graphbuild.extract.statements.arguments import Arg

    def town(key: str | None) -> bool:
        entity = anchors.entities.get(key or "")
        return entity is not None and entity.type == "GPE" and not country_code(entity.label) \
            and not is_state(entity.label)

    towns = {k for t in token.sent if town(k := anchors.entity(t, para, coref=False))}
    return [Arg(towns.pop(), "", token.i)] if len(towns) == 1 else []


def _portfolio_secretary(title: str) -> bool:
    """"justice secretary", "defense secretary": a government's secretary, by its portfolio."""
    from graphbuild.knowledge.people import PORTFOLIO_WORDS

    words = title.split()
    return len(words) >= 2 and words[-1] == "secretary" and words[-2] in PORTFOLIO_WORDS


DEPARTMENT_WORDS = {"department", "ministry", "dept", "dept."}


def _portfolio_department(portfolio: str, token: "Token", anchors: Anchors) -> list["Arg"]:
    """The one department or ministry of the portfolio the article names ("Department of
    Defense" for "Defense Secretary")."""
    from graphbuild.extract.statements.arguments import Arg

    found = [k for k, e in anchors.entities.items() if e.type == "ORG"
             and portfolio in (words := e.label.lower().split())
             and DEPARTMENT_WORDS & set(words)]
    return [Arg(found[0], "", token.i)] if len(found) == 1 else []


def organization_of_title(words: list[str], token: "Token", anchors: Anchors
                          ) -> tuple[list[str], list["Arg"]]:
    """"commission president Daniel Ngoy-Mulunda" after "Congo's Electoral Commission": a
    title opened by an organization's head word ("commission", "council", "party") is held in
    the one organization of the article whose name ends in that word. Returns the title's
    words less that word, and the organization."""
    from graphbuild.knowledge.organizations import ORG_HEAD_WORDS

    from graphbuild.extract.statements.arguments import Arg

    for i, word in enumerate(words[:-1]):
        head = word.lower()
        if head not in ORG_HEAD_WORDS:
            continue
        found = [k for k, e in anchors.entities.items()
                 if e.type == "ORG" and e.label.lower().split()[-1:] == [head]]
        if len(found) == 1:
            return words[:i] + words[i + 1:], [Arg(found[0], "", token.i)]
    return words, []
