"""Countries and US states: the forms news writes them in, mapped to one key per place.

Countries come from pycountry (names, official names, common names, three-letter codes); US
states from the `us` package, which knows the AP style abbreviations news uses ("Ala.", "Calif.",
"N.Y."). Acronyms of country names ("US", "U.S.", "UK") are matched by `names.acronyms`.

>>> place_key("U.S."), place_key("the United States of America"), place_key("USA")
('country:US', 'country:US', 'country:US')
>>> place_key("Ala."), place_key("Alabama"), state_name("Minn.")
('state:AL', 'state:AL', 'Minnesota')
>>> place_key("Gadsden") is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

LEADING_ARTICLE = re.compile(r"^(?:the)\s+", re.I)


def _clean(text: str) -> str:
    # "People\u2019s Republic of China": a typographic apostrophe is the apostrophe
    return " ".join(LEADING_ARTICLE.sub("", text.strip().replace("\u2019", "'")).split())


# Acronyms of official names that news uses for the country ("PRC", "DPRK", "DRC", "ROK"); the
# acronyms of every official name would take "FRB" for Brazil.
COUNTRY_ACRONYMS = {"prc": "CN", "dprk": "KP", "drc": "CD", "rok": "KR", "uae": "AE"}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Lowercase country name, official name, common name and alpha-3 code -> alpha-2 code."""
    import pycountry
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(value.lower(), country.alpha_2)
        index.setdefault(country.alpha_3.lower(), country.alpha_2)
    # The names news uses where ISO has changed or formal ones ("Russia", "Turkey", "Britain").
    for name, code in _common_country_names():
        index.setdefault(name.lower(), code)
    for acronym, code in COUNTRY_ACRONYMS.items():
        index.setdefault(acronym, code)
    # Acronyms of the names ("US", "UK", "UAE") are matched through the names themselves.
    from graphbuild.knowledge.names import acronyms
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            for acronym in acronyms(value) if value else ():
                index.setdefault(acronym.lower(), country.alpha_2)
    return index


@lru_cache(maxsize=1)
def _state_index() -> dict[str, object]:
    """State name, postal code (dotted too) and AP abbreviation -> `us` State (states and D.C.)."""
    import us
    index: dict[str, object] = {}
    for state in [*us.states.STATES, us.states.DC]:
        index[state.name.lower()] = state
        index[state.ap_abbr.lower().replace(" ", "")] = state
        index[state.abbr.lower()] = state
        index[".".join(state.abbr).lower() + "."] = state
    return index


def country_code(text: str) -> str | None:
    """The ISO alpha-2 code of a country name or code as written ("U.S." -> "US")."""
    clean = _clean(text)
    letters = clean.replace(".", "")
    if letters.isupper() and 2 <= len(letters) <= 3:
        return _country_index().get(letters.lower())
    return _country_index().get(clean.lower())


def _state(text: str):
    clean = _clean(text).replace(" ", "").lower()
    if len(clean.replace(".", "")) == 2 and not text.strip().isupper():
        return None  # "Al", "Me": two letters are a postal code only in capitals
    return _state_index().get(clean) or _state_index().get(_clean(text).lower())


def state_name(text: str) -> str | None:
    """The full name of a US state written in any form ("Ala." -> "Alabama")."""
    state = _state(text)
    return state.name if state is not None else None


def is_state(text: str) -> bool:
    """A US state (not the District of Columbia, which is the city of Washington itself)."""
    state = _state(text)
    return state is not None and state.statehood_year is not None


def place_key(text: str) -> str | None:
    """One key per country or state, whatever form the text uses; None for other places."""
    state = _state(text)
    if state is not None:
        return f"state:{state.abbr}"
    code = country_code(text)
    return f"country:{code}" if code else None


def place_name(text: str) -> str | None:
    """The full name of a state or country written in any form, or None for other places.

    >>> place_name("U.S."), place_name("Ala."), place_name("D.C."), place_name("Gadsden")
    ('United States', 'Alabama', 'District of Columbia', None)
    """
    state = _state(text)
    if state is not None:
        return state.name
    code = country_code(text)
    if code is None:
        return None
    import pycountry
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name


def is_abbreviation(text: str) -> bool:
    """A written abbreviation or code ("U.S.", "Ala.", "USA"), not a name written out."""
    clean = _clean(text)
    if " " in clean:
        return False
    return clean.endswith(".") or (clean.replace(".", "").isupper() and len(clean) <= 6)


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    import pycountry
    return frozenset(s.name for s in pycountry.subdivisions)


def is_place_name(text: str) -> bool:
    """A country, a US state or a province, region or city that ISO 3166-2 lists ("Kyiv").

    >>> is_place_name("Kyiv"), is_place_name("Cuba"), is_place_name("Sessions")
    (True, True, False)
    >>> is_place_name("Turkey"), is_place_name("Russia"), is_place_name("Great Britain")
    (True, True, True)
    """
    clean = _clean(text)
    return place_name(clean) is not None or clean in _subdivision_names()


def _common_country_names() -> list[tuple[str, str]]:
    """(name, alpha-2 code) of the countryinfo package's common English names (none when the
    package is not installed)."""
    try:
        from countryinfo._cache import load_countries
    except ImportError:
        return []
    found = []
    for info in load_countries()["countries"].values():
        code, name = (info.get("ISO") or {}).get("alpha2"), info.get("name")
        if code and name:
            found.append((name, code))
        # Other spellings are mostly native names ("Dominique", "Suomi"), some a person's first
        # name: only "Great Britain" is taken, and "Britain" as news writes it.
        for other in info.get("altSpellings") or []:
            if code and other.startswith("Great "):
                found += [(other, code), (other.removeprefix("Great "), code)]
    return found


@lru_cache(maxsize=1)
def _demonym_index() -> dict[str, str]:
    """Lowercase demonym ("french", "south korean") -> the country's common English name.

    From the `countryinfo` package's data (one demonym per country). A demonym several
    territories share ("French": France, Martinique, Réunion ...) names the most populous one.
    Empty when the package is not installed (it needs Python 3.11).
    """
    try:
        from countryinfo._cache import load_countries
    except ImportError:
        return {}
    best: dict[str, tuple[int, str]] = {}
    for info in load_countries()["countries"].values():
        name, population = info.get("name"), info.get("population") or 0
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            key = demonym.strip().lower()
            if key and name and population >= best.get(key, (-1, ""))[0]:
                best[key] = (population, name)
    return {**{key: name for key, (_, name) in best.items()}, **ADJECTIVE_DEMONYMS}


# Nationality adjectives that countryinfo does not give (it has the people's word: "Filipino"),
# which news writes before titles and names of institutions ("Philippine President X").
ADJECTIVE_DEMONYMS = {"philippine": "Philippines"}


def country_of_demonym(word: str) -> str | None:
    """The country a capitalized nationality word names ("French" -> "France"), or None.

    >>> country_of_demonym("French"), country_of_demonym("South Korean"), country_of_demonym("Kurdish")
    ('France', 'South Korea', None)
    """
    clean = " ".join(word.split())
    if not clean[:1].isupper():
        return None
    return _demonym_index().get(clean.lower())


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    """Lowercase names of national capitals ("athens", "washington"), from countryinfo's data."""
    try:
        from countryinfo._cache import load_countries
    except ImportError:
        return frozenset()
    names = set()
    for info in load_countries()["countries"].values():
        capitals = info.get("capital") or []        # a name, or a list ("Pretoria", ...)
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            capital = _clean(str(capital)).lower()
            names.add(capital)
            names.add(re.sub(r",? d\.?c\.?$", "", capital))   # "Washington D.C."
    return frozenset(names)


def capital_of(text: str) -> frozenset[str]:
    """Lowercase names of the countries whose capital the name is ("Nairobi" -> kenya)."""
    return _capital_countries().get(_clean(text).lower(), frozenset())


def is_national_capital(text: str) -> bool:
    """A country's capital city ("Athens", "Washington"), whatever other places share the name."""
    return _clean(text).lower() in _capital_names()


def same_place_reading(a: frozenset[str], b: frozenset[str], label: str) -> bool:
    """Whether two articles' places of one name can be one place.

    Places located in different containers differ (Portland, Ore. / Portland, Maine). A bare
    name that is a national capital is the capital: "Athens, Ohio" is another place than
    another article's bare "Athens".
    """
    if a and b:
        return bool(a & b)
    if a or b:  # "Nairobi, Kenya" is the bare "Nairobi" of another article: Kenya's capital
        return not is_national_capital(label) or bool(
            (a | b) & _capital_countries().get(_clean(label).lower(), frozenset()))
    return True


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, frozenset[str]]:
    """Lowercase capital -> lowercase names of the countries it is the capital of."""
    try:
        from countryinfo._cache import load_countries
    except ImportError:
        return {}
    found: dict[str, set[str]] = {}
    for info in load_countries()["countries"].values():
        capitals = info.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            found.setdefault(_clean(str(capital)).lower(), set()).add(
                _clean(str(info.get("name", ""))).lower())
    return {k: frozenset(v) for k, v in found.items()}


# Nouns of kinds of places named by "of" ("the city of Dingxi", "its capital city of Dili").
PLACE_KIND_NOUNS = frozenset({"city", "capital", "town", "village", "province", "state",
                              "region", "district", "county", "island", "port", "prefecture"})
# Feature words a story drops once it has named the feature ("the Pacific Ocean" ... "the
# Pacific"). Only oceans: a sea's first word is often a word of its own ("the North", "Red",
# "South China"), which would join two places.
DROPPED_FEATURE_WORDS = frozenset({"ocean"})
