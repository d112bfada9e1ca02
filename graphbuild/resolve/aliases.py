"""The user's aliases file: join names the rules missed, keep apart names they should not join.

Later builds honour it (`graphbuild build --aliases FILE`, `build(..., aliases=FILE)`). Two
formats, chosen by the file's suffix:

YAML (.yaml, .yml)::

    same:                                # canonical name: other names of the same entity
      Sergey Kislyak: [Sergei Kislyak, Russian Ambassador]
      United States Department of Justice: [DOJ, Justice Department]
    distinct:                            # pairs that are never one entity
      - [Raul Castro, Fidel Castro]

CSV (.csv, or any other suffix): one pair a row, ``name,other[,relation]``, where relation is
``alias`` (the default: `other` is another name of `name`) or ``distinct``. A header row
``name,other,relation`` and lines starting with ``#`` are skipped.

>>> rules = parse_csv("Sergey Kislyak,Sergei Kislyak\\nRaul Castro,Fidel Castro,distinct\\n")
>>> rules.canonical_for(["Sergei Kislyak"])
'Sergey Kislyak'
>>> rules.kept_apart(["Raul Castro"], ["Castro", "Fidel Castro"])
True
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.resolve.merge import name_key


class AliasesFileError(ValueError):
    """The aliases file cannot be read; the message names the file and the problem."""


@dataclass
class AliasRules:
    """Canonical names by alias key, and pairs of name keys that are distinct entities."""

    canonical: dict[str, str] = field(default_factory=dict)
    distinct: set[frozenset[str]] = field(default_factory=set)

    def add_alias(self, name: str, alias: str) -> None:
        self.canonical.setdefault(name_key(name), name)
        self.canonical[name_key(alias)] = self.canonical[name_key(name)]

    def add_distinct(self, a: str, b: str) -> None:
        self.distinct.add(frozenset((name_key(a), name_key(b))))

    def canonical_for(self, names: list[str]) -> str | None:
        """The canonical name the file gives any of these names, if any."""
        for name in names:
            found = self.canonical.get(name_key(name))
            if found:
                return found
        return None

    def kept_apart(self, names: list[str], others: list[str]) -> bool:
        """Whether the file keeps these two entities apart (a distinct pair, or two canonicals)."""
        keys, other_keys = {name_key(n) for n in names}, {name_key(n) for n in others}
        if any(frozenset((a, b)) in self.distinct for a in keys for b in other_keys):
            return True
        mine, theirs = self.canonical_for(names), self.canonical_for(others)
        return mine is not None and theirs is not None and mine != theirs


def load_aliases(path: str | Path) -> AliasRules:
    """Read an aliases file (YAML or CSV by suffix); AliasesFileError names the problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AliasesFileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasesFileError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") \
            from None
    try:
        if path.suffix.lower() in {".yaml", ".yml"}:
            return parse_yaml(text)
        return parse_csv(text)
    except AliasesFileError as exc:
        raise AliasesFileError(f"{path}: {exc}") from None


def parse_yaml(text: str) -> AliasRules:
    """Rules from the YAML form (`same:` mapping, `distinct:` list of pairs)."""
    import yaml
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise AliasesFileError(f"malformed YAML{where}") from None
    if not isinstance(data, dict) or set(data) - {"same", "distinct"}:
        raise AliasesFileError("expected a mapping with the keys 'same' and 'distinct'")
    rules = AliasRules()
    same = data.get("same") or {}
    if not isinstance(same, dict):
        raise AliasesFileError("'same' must map a canonical name to a list of names")
    for name, aliases in same.items():
        aliases = [aliases] if isinstance(aliases, str) else aliases or []
        if not isinstance(aliases, list):
            raise AliasesFileError(f"'same: {name}' must list names")
        rules.add_alias(str(name), str(name))
        for alias in aliases:
            rules.add_alias(str(name), str(alias))
    for pair in data.get("distinct") or []:
        if not isinstance(pair, list) or len(pair) < 2:
            raise AliasesFileError(f"'distinct' entries must be pairs of names, not {pair!r}")
        for other in pair[1:]:
            rules.add_distinct(str(pair[0]), str(other))
    return rules


def parse_csv(text: str) -> AliasRules:
    """Rules from the CSV form: name,other[,alias|distinct] a row."""
    rules = AliasRules()
    for lineno, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if lineno == 1 and [c.lower() for c in cells[:2]] == ["name", "other"]:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise AliasesFileError(f"line {lineno}: expected name,other[,alias|distinct]")
        relation = cells[2].lower() if len(cells) > 2 and cells[2] else "alias"
        if relation == "alias":
            rules.add_alias(cells[0], cells[1])
        elif relation == "distinct":
            rules.add_distinct(cells[0], cells[1])
        else:
            raise AliasesFileError(f"line {lineno}: relation must be 'alias' or 'distinct', "
                                   f"not {cells[2]!r}")
    return rules
