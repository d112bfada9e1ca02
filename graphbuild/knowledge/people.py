"""Words about people (lowercase)."""
from __future__ import annotations

# Nouns of people that are not titles: a name in apposition with one ("Ada Obi, a former
# government official,") is a person's.
PERSON_NOUNS = frozenset({
    "official", "daughter", "son", "wife", "husband", "brother", "sister", "mother", "father",
    "resident", "citizen", "national", "businessman", "businesswoman", "spokeswoman",
    "spokesperson", "lawmaker", "activist", "journalist", "aide", "adviser", "advisor"})

# Lowercase particles inside a person's name ("Osama bin Laden", "Ahmed Abdi aw-Mohamed",
# "Ludwig van Beethoven"): the name runs on over them to the capitalized word after.
NAME_PARTICLES = frozenset({
    "al", "el", "aw", "bin", "ibn", "bint", "abu", "ould", "wa", "de", "da", "di", "del",
    "della", "dos", "das", "du", "van", "von", "der", "den", "ter", "ten", "y"})

# People in the plural that follow an organization's name without being part of it ("U.S.
# Army Soldiers", "NASA officials").
PERSON_PLURALS = frozenset({
    "soldiers", "officials", "agents", "officers", "troops", "workers", "members", "leaders",
    "employees", "investigators", "prosecutors", "lawmakers", "staffers", "personnel",
    "spokesmen", "executives", "representatives", "delegates", "diplomats", "analysts",
    "experts", "scientists", "engineers", "researchers", "sailors", "marines", "airmen",
    "pilots", "fighters", "militants", "rebels", "supporters", "protesters", "students"})

# Last words of offices of state that a country's name in the title is the country of ("U.S.
# Vice President X", "U.S. Secretary of State X"); not "U.S. Attorney" or "U.S. District
# Judge", offices of a district named after the country.
COUNTRY_OFFICES = frozenset({"minister", "premier", "chancellor", "president", "ambassador",
                             "envoy", "secretary", "state"})

# Heads of state whom news from everywhere names by title alone ("President Obama said ..." in a
# story datelined Santiago): surname -> their country, so that no story's own country is
# guessed for their office. US presidents since 1989, as news written in English names them
# most; extend as needed.
WELL_KNOWN_HEADS_OF_STATE = {
    "bush": "United States", "clinton": "United States", "obama": "United States",
    "trump": "United States", "biden": "United States",
}

# Titles of offices that only one country's government has under that name ("Secretary of State
# Mike Pompeo" in a story that names the United States but not beside the title).
ONE_COUNTRY_OFFICES = {"secretary of state": "United States"}
# Offices named without their department, and the portfolio word of the department that an
# article may name ("Secretary of State X" and "the Department of State").
OFFICE_PORTFOLIOS = {"secretary of state": "state", "attorney general": "justice",
                     "secretary of defense": "defense", "secretary of the treasury": "treasury",
                     "secretary of homeland security": "homeland",
                     "secretary of commerce": "commerce", "secretary of energy": "energy"}

# Government portfolios: "Justice Secretary X", "Defense Secretary Y" hold a government's
# office (a "secretary" alone may be a company's or a club's).
PORTFOLIO_WORDS = frozenset({"justice", "foreign", "defense", "defence", "home", "interior",
                             "finance", "health", "education", "trade", "energy", "labor",
                             "labour", "agriculture", "transport", "treasury", "commerce"})

# Roles held in an organization, not in a place: "its" before them is a company's.
COMPANY_ROLE_NOUNS = {"officer", "executive", "ceo", "cfo", "founder", "co-founder", "cofounder",
                      "principal", "owner", "shareholder", "employee", "chairman", "chairwoman",
                      "director", "subsidiary", "spokesman", "spokeswoman", "spokesperson"}

# Plural nouns that refer back to parties named together before ("the defendants").
GROUP_NOUNS = {"defendant", "suspect", "company", "firm", "partner", "executive", "founder",
               "principal", "owner", "operator", "brother", "sister", "leader", "lawmaker",
               "senator", "man", "woman", "couple", "pair", "country", "nation", "side", "party"}

# Honorifics and the gender they tell.
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
              "madam": "f", "lady": "f", "lord": "m"}

# Nouns that refer back to an organization or a place whose name may not contain them.
GENERIC_ORG_NOUNS = {"company", "firm", "corporation", "business", "group", "organization",
                     "organisation", "agency", "business"}
GENERIC_PLACE_NOUNS = {"country", "nation", "city", "state", "town"}
