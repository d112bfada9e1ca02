"""An archive-like benchmark corpus: real article texts whose names are drawn anew for every copy.

    python bench/archive.py OUT --articles 1000            # writes OUT/a000000.txt ... and stats
    python bench/archive.py OUT --articles 200 --source ../shared/eval/dev --seed 3

The shuffled-seed corpus of `bench/run.py` repeats the same few hundred entities in every article,
so the merge, the graph and the exports never grow the way an archive's do. Here each article is
one of the real texts in the dev set (`NAME.txt` with its `NAME.gold.json`), round-robin, with the
names of its people, organizations and places (the gold entities and their aliases) replaced by
identities drawn from large pools under a Zipf law, one law per kind: a few identities appear in
every other article, most once or twice, and the count of distinct ones keeps growing with the
corpus, as in news. Every alias of one gold entity is replaced consistently inside an article
("Jeff Sessions", "Sessions", "AG Sessions" become "Marta Kowalczyk", "Kowalczyk", "AG Kowalczyk";
"Federal Bureau of Investigation" and "FBI" become "Hollis Mining Bureau" and "HMB"), and one
identity is spelled the same way in every article it is drawn for, so the graph can merge it.

The pools come from the name lists that Faker ships (first and last names of several locales);
places and organizations are composed from those names and a few fixed parts. The result is
deterministic given the source texts and the seed.
"""
from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("..") / "shared" / "eval" / "dev"  # relative to the repository root
SEEDS = ROOT / "seeds"

# Locales whose names are written in Latin letters, so the parser sees names it could meet in
# English-language news; the lists are read from the installed package, never downloaded.
LOCALES = ("en_US", "en_GB", "en_IE", "en_NG", "en_KE", "en_IN", "de_DE", "fr_FR", "es_ES",
           "es_MX", "it_IT", "pl_PL", "nl_NL", "pt_BR", "sv_SE", "tr_TR", "fi_FI", "cs_CZ")
PLACE_SUFFIXES = ("ia", "land", "ton", "ville", "burg", "stan", "mouth", "ford", "field", "haven",
                  "dale", "port", "wick", "more")
ORG_FIELDS = ("Mining", "Trade", "Health", "Transport", "Security", "Energy", "Media", "Capital",
              "Fisheries", "Steel", "Shipping", "Telecom", "Water", "Aviation", "Textile",
              "Farming", "Research", "Insurance", "Rail", "Chemical")
ORG_KINDS = ("Commission", "Bureau", "Department", "Council", "Agency", "Authority", "Institute",
             "Group", "Corporation", "Holdings", "Partners", "Foundation", "Ministry", "Service",
             "Center", "Committee", "Bank", "Association", "Union", "Company")
# Words before a name that are not part of it: a capitalized word there is a title, not a
# first-name variant ("Ambassador Kislyak" vs "Mike Flynn" for Michael Flynn).
TITLES = {"mr", "mrs", "ms", "dr", "sir", "president", "vice", "senator", "sen", "rep",
          "ambassador", "general", "gen", "secretary", "minister", "chancellor", "premier",
          "judge", "justice", "attorney", "governor", "mayor", "chief", "director", "agent",
          "administrator", "commissioner", "leader", "adviser", "advisor", "spokesman",
          "spokeswoman", "officer", "honorable", "hon", "col", "lt", "lieutenant", "colonel",
          "captain", "sgt", "prime", "king", "queen", "prince", "pope", "the", "former", "acting",
          "deputy", "assistant", "special", "principal", "investigator", "jr", "sr"}
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# A single-word organization alias that is one of these stands for the kind ("the Commission").
GENERIC_ORG_WORDS = {w.lower() for w in ORG_KINDS} | {
    "senate", "house", "congress", "army", "navy", "police", "court", "office", "division",
    "administration", "party", "academy", "university", "parliament", "government", "board"}
STOPWORDS = {"of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "&"}
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ss", "ek", "ic")
TOKEN = re.compile(r"[\w'’.\-]+")
PLACE_TYPES = {"GPE", "LOC", "FAC"}
RENAMED_TYPES = {"PERSON", "ORG"} | PLACE_TYPES


# -- the templates -------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    id: str
    text: str
    entities: tuple[GoldEntity, ...]


def resolve_source(source: Path) -> Path:
    """A relative source is taken from the repository root; in a git worktree elsewhere, from
    the main checkout's root (where ../shared lies beside it)."""
    if source.is_absolute():
        return source
    if (ROOT / source).exists():
        return ROOT / source
    import subprocess

    common = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--git-common-dir"],
                            capture_output=True, text=True).stdout.strip()
    main_root = (ROOT / common).resolve().parent if common else ROOT
    return main_root / source


def load_templates(source: Path, seeds: Path | None = SEEDS) -> list[Template]:
    """The texts of `source` (and of `seeds`) that have a gold file, each text once.

    A seed text is used only if a gold file of the same name is in `source`: without one its
    names are unknown and could not be replaced.
    """
    source = resolve_source(source)
    paths = sorted(source.glob("*.txt")) + (sorted(seeds.glob("*.txt")) if seeds else [])
    templates, seen = [], set()
    for path in paths:
        gold = source / f"{path.stem}.gold.json"
        text = path.read_text(encoding="utf-8")
        if not gold.exists() or text in seen:
            continue
        seen.add(text)
        data = json.loads(gold.read_text(encoding="utf-8"))
        entities = tuple(GoldEntity(e["type"], e["name"], tuple(e.get("aliases") or [e["name"]]))
                         for e in data["entities"])
        templates.append(Template(path.stem, text, entities))
    if not templates:
        raise FileNotFoundError(f"no NAME.txt with NAME.gold.json in {source}")
    return templates


# -- the pools -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pools:
    firsts: tuple[str, ...]
    lasts: tuple[str, ...]

    def person(self, rank: int) -> dict[str, str]:
        rng = random.Random(f"person:{rank}")
        middle = rng.choice(self.firsts)
        return {"first": rng.choice(self.firsts), "middle": middle, "initial": middle[0] + ".",
                "last": rng.choice(self.lasts), "nick": rng.choice(self.firsts)}

    def place(self, rank: int) -> dict[str, str]:
        rng = random.Random(f"place:{rank}")
        stem = rng.choice(self.lasts)
        suffix = rng.choice(PLACE_SUFFIXES)
        name = stem.rstrip("aeiouy") + suffix if suffix == "ia" else stem + suffix
        demonym = name + "n" if name.endswith("a") else name.rstrip("e") + "ian"
        initials = name[0] + rng.choice("BCDFGHKLMNPRSTVW")
        return {"name": name, "demonym": demonym, "short": name[:3] + ".",
                "initials": initials, "dotted": ".".join(initials) + "."}

    def org(self, rank: int) -> dict[str, str]:
        rng = random.Random(f"org:{rank}")
        stem, fld, kind = rng.choice(self.lasts), rng.choice(ORG_FIELDS), rng.choice(ORG_KINDS)
        acronym = stem[0] + fld[0] + kind[0]
        return {"full": f"{stem} {fld} {kind}", "stem": stem, "kind": kind, "acronym": acronym,
                "dotted": ".".join(acronym) + "."}


def _is_plain_name(word: str) -> bool:
    return word.isalpha() and "A" <= word[:1] <= "Z" and word[1:].islower() and 3 <= len(word) <= 12


@lru_cache(maxsize=4)
def build_pools(banned: frozenset[str] = frozenset()) -> Pools:
    """First and last names of the LOCALES from Faker's lists, without any word in `banned`
    (the words of the templates' own names, so no original name can come back as a new one)."""
    import importlib

    firsts, lasts = set(), set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            firsts.update(getattr(provider, attr, ()))
        lasts.update(getattr(provider, "last_names", ()))
    keep = lambda words: tuple(sorted(w for w in words if _is_plain_name(w)  # noqa: E731
                                      and w.lower() not in banned))
    return Pools(keep(firsts), keep(lasts))


def banned_words(templates: list[Template]) -> frozenset[str]:
    return frozenset(t.lower() for tpl in templates for e in tpl.entities
                     for alias in (e.name, *e.aliases) for t in TOKEN.findall(alias))


class Zipf:
    """Ranks 0..size-1 with P(rank r) proportional to 1 / (r + 1) ** exponent."""

    def __init__(self, size: int, exponent: float) -> None:
        total, self.cumulative = 0.0, []
        for r in range(size):
            total += 1.0 / (r + 1) ** exponent
            self.cumulative.append(total)

    def draw(self, rng: random.Random) -> int:
        return bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])


# -- renaming one entity -------------------------------------------------------------------------
def _cased(new: str, old: str) -> str:
    return new.upper() if old.isupper() and len(old) > 1 else new


def _core(token: str) -> str:
    return token.strip(".,'’-").lower()


def person_renames(entity: GoldEntity, person: dict[str, str]) -> dict[str, str]:
    """Old name span -> new, for every alias of a person.

    Only the run of name words in an alias is replaced ("Attorney General Jeff Sessions" gives
    "Jeff Sessions" -> "Marta Kowalczyk"): the title is left to the other entities' renames, so
    "Massachusetts" in "Massachusetts Sen. Elizabeth Warren" is renamed as the place it is.
    """
    words = [w for w in TOKEN.findall(entity.name) if w.lower() not in NAME_SUFFIXES]
    words = [w.rstrip(",") for w in words] or [entity.name]
    roles: dict[str, str] = {_core(words[-1]): "last"}
    for w in words[1:-1]:
        roles.setdefault(_core(w), "initial" if len(_core(w)) == 1 else "middle")
    if len(words) > 1:
        roles.setdefault(_core(words[0]), "first_initial" if len(_core(words[0])) == 1 else "first")
    new = {**person, "first_initial": person["first"][0] + "."}
    first_letter = _core(words[0])[:1] if len(words) > 1 else ""
    renames: dict[str, str] = {}
    for alias in entity.aliases:
        tokens = list(TOKEN.finditer(alias))
        marked = [_person_role(i, tokens, roles, first_letter) for i in range(len(tokens))]
        hits = [i for i, role in enumerate(marked) if role]
        if not hits:
            continue  # a description ("the Russian ambassador"): no name in it
        start, end = tokens[hits[0]].start(), tokens[hits[-1]].end()
        out, cursor = [], start
        for i in range(hits[0], hits[-1] + 1):
            tok = tokens[i]
            word = tok.group().rstrip(".,") if marked[i] not in ("initial", "first_initial") \
                else tok.group()
            out.append(alias[cursor:tok.start()])
            out.append(_cased(new[marked[i]], word) if marked[i] else tok.group())
            out.append(tok.group()[len(word):])
            cursor = tok.end()
        old = alias[start:end].rstrip(",")
        renames.setdefault(old, "".join(out).rstrip(","))
    last = words[-1]
    if len(last) >= 3:  # surname alone, even where the gold list forgot it
        renames.setdefault(last, person["last"])
    return renames


def _person_role(i: int, tokens: list[re.Match], roles: dict[str, str],
                 first_letter: str) -> str:
    word = tokens[i].group()
    core = _core(word)
    if core in roles:
        return roles[core]
    if core in TITLES or core in NAME_SUFFIXES or not word[:1].isupper():
        return ""
    if re.fullmatch(r"[A-Z]\.", word):  # a middle initial the gold name lacks ("Donald J. Trump")
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        return "initial" if any(_core(tokens[j].group()) in roles for j in near) else ""
    if word.endswith(".") or not first_letter or core[:1] != first_letter:
        return ""
    # A first-name variant ("Mike" for Michael, "Sergei" for Sergey, "(Ray)" for Ramon): alone,
    # or right before a name word of the person. It gets a new variant of its own.
    nxt = _core(tokens[i + 1].group()) if i + 1 < len(tokens) else None
    return "nick" if len(tokens) == 1 or nxt in roles else ""


def _strip_article(alias: str) -> str:
    return alias[4:] if alias[:4] in ("the ", "The ") else alias


def _acronym(alias: str) -> str | None:
    """"dotted" or "plain" if the alias is an acronym (FBI, F.B.I., IRS-CI), else None."""
    letters = re.sub(r"[.&\-]", "", alias)
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 8):
        return None
    return "dotted" if re.fullmatch(r"(?:[A-Z]\.)+", alias) else "plain"


def org_renames(entity: GoldEntity, org: dict[str, str]) -> dict[str, str]:
    """Old alias -> new for an organization: its acronyms become the new acronym, one-word short
    forms the new stem (or kind: "the Commission"), longer forms the new full name; an alias
    that shares no word with the name is a description and stays."""
    name_words = {_core(w) for w in TOKEN.findall(entity.name)} - STOPWORDS
    renames: dict[str, str] = {}
    for alias in (entity.name, *entity.aliases):
        alias = _strip_article(alias)
        if not alias[:1].isupper():
            continue
        acronym = _acronym(alias)
        if acronym:
            renames.setdefault(alias, org["dotted" if acronym == "dotted" else "acronym"])
            continue
        words = [_core(w) for w in TOKEN.findall(alias)]
        if not name_words & set(words):
            continue
        if len(words) == 1:
            renames.setdefault(alias, org["kind"] if words[0] in GENERIC_ORG_WORDS
                               else org["stem"])
        else:
            renames.setdefault(alias, _cased(org["full"], alias))
    return renames


def place_renames(entity: GoldEntity, place: dict[str, str]) -> dict[str, str]:
    """Old alias -> new for a place: its name, demonym ("Russian" in "Russian government"),
    abbreviations ("U.S.", "USA", "Ala.") and the head of "Town, State" forms."""
    renames: dict[str, str] = {}
    name_words = {_core(w) for w in TOKEN.findall(entity.name)}
    for alias in (entity.name, *entity.aliases):
        alias = _strip_article(alias).split(", ")[0].strip()
        # "Russian government", "Palestinian territories": the capitalized head is the name.
        words = alias.split()
        while len(words) > 1 and not words[-1][:1].isupper():
            words.pop()
        head = " ".join(words)
        if not head[:1].isupper():
            continue
        if _acronym(head):
            renames.setdefault(head, place["dotted" if "." in head else "initials"])
        elif re.fullmatch(r"[A-Z][a-z]{1,3}\.", head):
            renames.setdefault(head, place["short"])
        elif (head != entity.name and head.lower().endswith(DEMONYM_ENDINGS)
              and _core(words[-1]) not in name_words):
            renames.setdefault(head, _cased(place["demonym"], head))
        else:
            renames.setdefault(head, _cased(place["name"], head))
    return renames


def rename(text: str, renames: dict[str, str]) -> str:
    """Every whole-word occurrence of an old form replaced by its new one, longest first (and
    all-capital forms of the longer ones too: datelines write "WASHINGTON")."""
    table = dict(renames)
    for old, new in renames.items():
        if len(old) >= 4 and old.upper() != old:
            table.setdefault(old.upper(), new.upper())
    if not table:
        return text
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w])")
    return pattern.sub(lambda m: table[m.group()], text)


# -- the corpus ----------------------------------------------------------------------------------
@dataclass
class Archive:
    paths: list = field(default_factory=list)
    identities: list = field(default_factory=list)   # per article: the (type, rank) drawn
    templates: list = field(default_factory=list)    # per article: the template id

    def distinct(self, upto: int | None = None) -> int:
        return len({i for ids in self.identities[:upto] for i in ids})


DEFAULT_EXPONENT = {"PERSON": 1.0, "ORG": 1.0, "PLACE": 1.1}
POOL_SIZE = 400_000


def _kind(entity_type: str) -> str:
    return "PLACE" if entity_type in PLACE_TYPES else entity_type


def draw_article(template: Template, pools: Pools, laws: dict[str, Zipf], rng: random.Random
                 ) -> tuple[str, list[tuple[str, int]]]:
    """One article from a template: its text and the identities drawn for its entities."""
    renames: dict[str, str] = {}
    taken: set[tuple[str, int]] = set()
    drawn = []
    for entity in template.entities:
        if entity.type not in RENAMED_TYPES:
            continue
        kind = _kind(entity.type)
        rank = laws[kind].draw(rng)
        while (kind, rank) in taken:  # two entities of one article are two identities
            rank = laws[kind].draw(rng)
        taken.add((kind, rank))
        drawn.append((kind, rank))
        if kind == "PERSON":
            found = person_renames(entity, pools.person(rank))
        elif kind == "ORG":
            found = org_renames(entity, pools.org(rank))
        else:
            found = place_renames(entity, pools.place(rank))
        for old, new in found.items():
            renames.setdefault(old, new)
    return rename(template.text, renames), drawn


def make_archive(folder: Path, count: int, source: Path = DEFAULT_SOURCE, seed: int = 0,
                 exponents: dict[str, float] | None = None, pool_size: int = POOL_SIZE,
                 start: int = 0) -> Archive:
    """Write `count` articles a{n:06d}.txt (n from `start`) into `folder`; deterministic given
    the source texts, the seed and `start` (a later batch continues the same archive)."""
    templates = load_templates(Path(source))
    pools = build_pools(banned_words(templates))
    laws = {k: Zipf(pool_size, e) for k, e in {**DEFAULT_EXPONENT, **(exponents or {})}.items()}
    folder.mkdir(parents=True, exist_ok=True)
    archive, seen = Archive(), set()
    for n in range(start, start + count):
        rng = random.Random(f"{seed}:{n}")
        template = templates[n % len(templates)]
        for _ in range(100):  # an identical text (all names drawn alike) is drawn again
            text, drawn = draw_article(template, pools, laws, rng)
            digest = hashlib.sha1(text.encode()).hexdigest()
            if digest not in seen:
                break
        seen.add(digest)
        path = folder / f"a{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        archive.paths.append(path)
        archive.identities.append(drawn)
        archive.templates.append(template.id)
    return archive


def dev_distinct(source: Path = DEFAULT_SOURCE) -> dict[str, float]:
    """Distinct gold entities of the real dev set (by gold id), per article."""
    source = resolve_source(source)
    ids, slots, articles = set(), 0, 0
    for gold in sorted(source.glob("*.gold.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        articles += 1
        for e in data["entities"]:
            if e["type"] in RENAMED_TYPES:
                ids.add(e["id"])
                slots += 1
    return {"articles": articles, "slots": slots, "distinct": len(ids),
            "distinct_per_1000": 1000 * len(ids) / max(1, articles)}


def growth(archive: Archive) -> dict:
    """Distinct identities after each 1,000 articles, and how often each one appears."""
    counts = Counter(i for ids in archive.identities for i in set(ids))
    steps = list(range(1000, len(archive.identities) + 1, 1000)) or [len(archive.identities)]
    return {"articles": len(archive.identities),
            "slots": sum(len(ids) for ids in archive.identities),
            "distinct": len(counts),
            "distinct_at": {n: archive.distinct(n) for n in steps},
            "seen_once": sum(1 for c in counts.values() if c == 1),
            "seen_at_most_twice": sum(1 for c in counts.values() if c <= 2),
            "top": counts.most_common(1)[0][1] if counts else 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="NAME.txt + NAME.gold.json files (relative paths: to the repo root)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    archive = make_archive(args.out, args.articles, args.source, args.seed)
    print(json.dumps({"synthetic": growth(archive), "dev": dev_distinct(args.source)}, indent=1))


if __name__ == "__main__":
    main()
