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
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.resolve.keys import name_key


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


MAX_ALIASES_BYTES = 20 * 2 ** 20  # a hand-kept list of names: far below this


def load_aliases(path: str | Path) -> AliasRules:
    """Read an aliases file (YAML or CSV by suffix); AliasesFileError names the problem.

    Only a regular file of at most MAX_ALIASES_BYTES is read (`--aliases /dev/zero` would
    never end), and YAML aliases are refused (nested ones expand exponentially).
    """
    path = Path(path)
    try:
        text = read_bounded(path, MAX_ALIASES_BYTES).decode("utf-8-sig")
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


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; OSError (with a `strerror` that
    says why) for a FIFO, device or socket, or a larger file."""
    # O_NONBLOCK: opening a FIFO would otherwise wait for a writer that may never come.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file (a FIFO, socket or device)")
        data = handle.read(limit + 1)  # a file may grow after the stat
    if len(data) > limit:
        raise OSError(0, f"larger than {limit // 2 ** 20} MB, the limit for an aliases file")
    return data


def parse_yaml(text: str) -> AliasRules:
    """Rules from the YAML form (`same:` mapping, `distinct:` list of pairs).

    >>> parse_yaml("same:\\n  A: &x [B]\\n  C: *x\\n")
    Traceback (most recent call last):
    graphbuild.resolve.aliases.AliasesFileError: YAML aliases (*name) are not allowed, at line 3
    """
    import yaml
    try:
        data = yaml.load(text, Loader=_loader_without_aliases()) or {}
    except _AliasRefused as exc:
        raise AliasesFileError(f"YAML aliases (*name) are not allowed, at line {exc.line}") \
            from None
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


class _AliasRefused(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _loader_without_aliases():
    """yaml's SafeLoader, refusing every alias (`*name`): a few hundred bytes of nested
    aliases expand to billions of nodes ("billion laughs")."""
    import yaml

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.events.AliasEvent):
                raise _AliasRefused(self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)

    return Loader


def parse_csv(text: str) -> AliasRules:
    """Rules from the CSV form: name,other[,alias|distinct] a row."""
    rules = AliasRules()
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:  # a field over csv's size limit, a NUL byte
        raise AliasesFileError(f"malformed CSV: {exc}") from None
    for lineno, row in enumerate(rows, start=1):
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
