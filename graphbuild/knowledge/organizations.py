"""Words of organizations' names (lowercase)."""
from __future__ import annotations

# Head words that end an organization's name: an untagged run of capitalized words ending in
# one ("Goddard Space Flight Center", "District Court") names an organization.
ORG_HEAD_WORDS = frozenset("""
academy agency administration association authority board bureau center centre college
commission committee corporation council court department directorate division force foundation
institute institution laboratory ministry office organization organisation police service
tribunal university cartel brigade militia movement party league network corps
""".split())

# Head words that end a facility's name: an untagged run ending in one ("Manda Bay Airfield",
# "Westfield Shopping Mall") names a facility (FAC).
FAC_HEAD_WORDS = frozenset("""
airport airfield airbase base mall hotel stadium bridge prison jail embassy consulate
palace tower square plaza station port harbor harbour dam mosque church cathedral temple
""".split())

# A place's own forces: "Detroit Police", "Pakistan Army" name an organization.
FORCE_WORDS = frozenset({"police", "army", "navy", "marines"})

# Title words that also end an organization's name ("Michigan State Police", "U.S. Army"): a
# name that runs into a person's title keeps them.
ORG_HEAD_TITLE_WORDS = frozenset({"police", "division", "army", "navy", "state", "marine",
                                  "marines", "corps", "guard", "force", "patrol", "sheriff"})

# Units of a larger organization: "the Criminal Division of the Department of Justice" names the
# unit and its parent.
UNIT_WORDS = frozenset({"division", "section", "branch", "unit", "bureau", "directorate"})
# Last words of the names of such units, offices and centers included ("Acme's North America
# Sales Department", "NASA's Marshall Space Flight Center").
UNIT_NAME_HEADS = UNIT_WORDS | {"office", "center", "centre", "command", "department"}
# Heads of names of parts of an organization that "the agency" or "the company" never means
# (the organization they belong to is meant): "NASA's Goddard Space Center ... the agency's".
PART_NAME_HEADS = frozenset({"center", "centre", "division", "section", "branch", "unit",
                             "directorate"})


def is_part_name(name: str) -> bool:
    """Whether a name's head word names a part ("Goddard Space Center", "Division of X").

    >>> is_part_name("Criminal Division of the DOJ"), is_part_name("Acme Corp.")
    (True, False)
    """
    words = name.split(" of ")[0].split()
    return bool(words) and words[-1].lower() in PART_NAME_HEADS

# One-word names of bodies that also open longer names of their parts ("House" and "House
# Intelligence Committee", "Senate" and "Senate Armed Services Committee"): never a short form
# of the longer name.
BODY_WORDS = frozenset({"house", "senate", "congress", "parliament", "assembly", "cabinet",
                        "government", "army", "navy", "police", "state", "federal", "national",
                        "supreme", "united", "european", "international"}) | ORG_HEAD_WORDS

# Words naming a spacecraft or a mission: "the Phoenix lander", "Mars Phoenix Mission" name a
# mission (an EVENT node), not the city or an organization.
CRAFT_WORDS = frozenset({"lander", "rover", "mission", "probe", "orbiter", "spacecraft",
                         "telescope", "capsule"})

# Head words of a political party's name ("Cambodia National Rescue Party", "Movement for
# Democratic Change", "Patriotic Front"): a party member's office with no organization named
# ("opposition leader X", "Labor MP X") is held in one of these.
PARTY_HEAD_WORDS = frozenset({"party", "movement", "front", "alliance", "coalition", "league"})
# Offices held in a party ("Labor MP", "opposition leader", "Liberal senator").
PARTY_OFFICES = frozenset({"leader", "mp", "lawmaker", "legislator", "member", "chairman",
                           "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
                           "senator", "deputy", "candidate", "president", "secretary"})

# Nouns an apposition describes a company by ("Gazprom, the Russian energy giant,"): the name
# before it is an organization, whatever the tagger made of it.
COMPANY_DESCRIPTION_NOUNS = frozenset({"company", "firm", "giant", "group", "conglomerate",
                                       "maker", "manufacturer", "producer", "operator", "carrier",
                                       "airline", "insurer", "lender", "retailer", "bank",
                                       "corporation", "subsidiary", "startup", "utility"})

# "The company was founded by ...": a business, never a public body ("U.S. Attorney's Office").
BUSINESS_NOUNS = frozenset({"company", "firm", "corporation", "business"})
PUBLIC_BODY_WORDS = frozenset({"office", "department", "ministry", "court", "commission",
                               "council", "police", "army", "navy", "party", "university",
                               "committee", "government", "administration", "parliament",
                               "senate", "congress", "bureau", "attorney's"})
