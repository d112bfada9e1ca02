"""The archive-like benchmark corpus (bench/archive.py): deterministic, every name replaced, and
more distinct names as it grows. No timing here: bench/archive_run.py measures."""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_archive", ROOT / "bench" / "archive.py")
archive = importlib.util.module_from_spec(_spec)
sys.modules["bench_archive"] = archive  # dataclasses look their module up there
_spec.loader.exec_module(archive)

TEXT = """WASHINGTON (Wire) -- Attorney General Jeff Sessions met Sergey Kislyak, the Russian
ambassador, twice last year, the Justice Department said. Sessions told the Federal Bureau of
Investigation that Mike Flynn was not there. Kislyak declined to comment.

The FBI and the Department of Justice are reviewing the meetings, Sen. Al Franken of Minnesota
said. Franken called on Sessions to resign; Russia denied any wrongdoing.
"""
GOLD = {"entities": [
    {"id": "jeff_sessions", "type": "PERSON", "name": "Jeff Sessions",
     "aliases": ["Jeff Sessions", "Sessions", "Attorney General Jeff Sessions"]},
    {"id": "sergey_kislyak", "type": "PERSON", "name": "Sergey Kislyak",
     "aliases": ["Sergey Kislyak", "Kislyak", "the Russian ambassador"]},
    {"id": "michael_flynn", "type": "PERSON", "name": "Michael Flynn", "aliases": ["Mike Flynn"]},
    {"id": "al_franken", "type": "PERSON", "name": "Al Franken",
     "aliases": ["Al Franken", "Franken", "Sen. Al Franken"]},
    {"id": "doj", "type": "ORG", "name": "United States Department of Justice",
     "aliases": ["Justice Department", "Department of Justice"]},
    {"id": "fbi", "type": "ORG", "name": "Federal Bureau of Investigation",
     "aliases": ["FBI", "Federal Bureau of Investigation"]},
    {"id": "russia", "type": "GPE", "name": "Russia", "aliases": ["Russia", "Russian"]},
    {"id": "minnesota", "type": "GPE", "name": "Minnesota", "aliases": ["Minnesota"]},
    {"id": "washington", "type": "GPE", "name": "Washington, D.C.", "aliases": ["Washington"]},
]}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    (folder / "story.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


def texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def is_name(alias: str) -> bool:
    """A name has a capitalized word besides a leading article ("The acting president" is a
    description, "the Russian ambassador" and "FBI" are not)."""
    words = alias.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def leftover_names(folder: Path, templates: list, made) -> set[str]:
    """Gold names of people and organizations still in the articles made from their template."""
    by_id = {t.id: t for t in templates}
    found = set()
    for path, template_id in zip(made.paths, made.templates):
        text = path.read_text(encoding="utf-8")
        for entity in by_id[template_id].entities:
            if entity.type not in ("PERSON", "ORG"):
                continue
            for alias in {entity.name, *entity.aliases}:
                if is_name(alias) and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
                    found.add(alias)
    return found


def test_same_seed_same_corpus_other_seed_other_names(source: Path, tmp_path: Path) -> None:
    archive.make_archive(tmp_path / "a", 12, source, seed=5)
    archive.make_archive(tmp_path / "b", 12, source, seed=5)
    archive.make_archive(tmp_path / "c", 12, source, seed=6)
    assert texts(tmp_path / "a") == texts(tmp_path / "b")
    assert texts(tmp_path / "a") != texts(tmp_path / "c")
    assert len(set(texts(tmp_path / "a"))) == 12  # no two articles alike


def test_every_name_replaced_consistently(source: Path, tmp_path: Path) -> None:
    made = archive.make_archive(tmp_path / "out", 10, source)
    templates = archive.load_templates(source)
    assert leftover_names(tmp_path / "out", templates, made) == set()
    for text in texts(tmp_path / "out"):
        assert "Washington" not in text and "WASHINGTON" not in text and "Russia" not in text
        # One person, one new name: the full name's surname is the one used alone later.
        full = re.search(r"Attorney General (\w+) (\w+) met", text)
        assert full and f"{full.group(2)} told the" in text and f"on {full.group(2)} to" in text
        # The description stays, with the place inside it renamed.
        assert re.search(r"the \w+\sambassador", text) and "Russian" not in text


def test_one_identity_is_spelled_alike_in_every_article(source: Path) -> None:
    pools = archive.build_pools(frozenset())
    entity = archive.GoldEntity("PERSON", "Jeff Sessions", ("Jeff Sessions", "Sessions"))
    assert archive.person_renames(entity, pools.person(7)) == \
        archive.person_renames(entity, pools.person(7))
    assert archive.person_renames(entity, pools.person(7)) != \
        archive.person_renames(entity, pools.person(8))


def test_more_distinct_names_as_the_corpus_grows(source: Path, tmp_path: Path) -> None:
    made = archive.make_archive(tmp_path / "out", 200, source)
    assert made.distinct(20) < made.distinct(60) < made.distinct(200)
    slots = sum(len(ids) for ids in made.identities)
    assert made.distinct(200) < slots  # but some identities recur, as in news

    def capitalized(upto: int) -> int:
        return len({w for text in texts(tmp_path / "out")[:upto]
                    for w in re.findall(r"\b[A-Z][a-z]+\b", text)})
    assert capitalized(20) < capitalized(60) < capitalized(200)


def test_dev_set_names_all_replaced(tmp_path: Path) -> None:
    source = archive.resolve_source(archive.DEFAULT_SOURCE)
    if not list(source.glob("*.gold.json")):
        pytest.skip(f"no dev set at {source}")
    templates = archive.load_templates(source)
    made = archive.make_archive(tmp_path / "out", 2 * len(templates), source)
    assert leftover_names(tmp_path / "out", templates, made) == set()
