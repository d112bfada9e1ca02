"""Words of names: titles nameparser lacks, company endings, abbreviations (lowercase, without
full stops). `extract.names` reads them; edit them here."""
from __future__ import annotations

# Spellings and roles that nameparser's title list lacks; lowercase, without full stops.
EXTRA_TITLES = {"advisor", "ag", "sen", "rep", "spokesman", "spokeswoman", "spokesperson",
                "minority", "majority", "whip", "chairman", "chairwoman", "chair", "ceo",
                "founder", "president-elect", "vice-president", "premier", "chancellor",
                "commissioner", "prosecutor", "rev", "reverend", "mayor", "lt", "sgt", "capt",
                "agent", "counterpart", "counterparts", "chairperson"}
# Words that end a company's name: a name ending in one may be shortened to its first words.
COMPANY_ENDINGS = {"inc", "corp", "corporation", "co", "company", "llc", "ltd", "plc", "lp",
                   "llp", "group", "holdings", "gmbh", "ag", "sa", "nv", "limited", "pjsc",
                   "ojsc", "jsc", "ab", "spa", "bv", "sarl", "pte", "pty", "kk", "oy", "asa",
                   # firm words a story drops after the first mention ("Acme Partners" | "Acme")
                   "partners", "capital", "associates", "ventures", "industries",
                   "communications", "technologies", "systems", "networks", "solutions",
                   "pharmaceuticals", "laboratories", "enterprises", "electronics", "motors"}
# Legal forms an acronym leaves out (lowercase).
LEGAL_ENDINGS = {"inc", "corp", "co", "llc", "ltd", "plc", "lp", "llp", "gmbh", "ag", "sa", "nv",
                 "limited", "pjsc", "ojsc", "jsc", "ab", "spa", "bv", "sarl", "pte", "pty"}
# Abbreviations written in organization names ("Justice Dept." is the Justice Department).
NAME_ABBREVIATIONS = {"dept": "department", "depts": "departments", "corp": "corporation",
                      "assn": "association", "univ": "university", "intl": "international",
                      "natl": "national", "govt": "government", "comm": "commission",
                      "cmte": "committee", "admin": "administration", "mt": "mount",
                      "ft": "fort", "st": "saint", "ltd": "limited",
                      "prep": "preparatory"}  # "Jesuit College Prep": a school
