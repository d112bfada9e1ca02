"""`graphbuild query`, `stats`, `subgraph` and `timeline`: the query API from the shell.

Each option names the KnowledgeGraph method it calls (`--neighbors` -> `kg.neighbors`, `--path`
-> `kg.connections`, `--top` -> `kg.top`, ...) with the same parameters; `graphbuild.query.answers`
turns the answers into text, `--json` prints their `to_dict()`. The commands are registered on
the `graphbuild` group in `cli.py`.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import click

from graphbuild.query import answers
from graphbuild.graph import KnowledgeGraph
from graphbuild.query.names import NameLookupError
from graphbuild.pipeline.run import load
from graphbuild.query.structure import RANKINGS
from graphbuild.knowledge.relation_classes import CLASSES

EXIT_FAILED = 1  # as in cli.py: an unknown name or an unreadable graph


def _fail(message: str) -> NoReturn:
    click.echo(f"graphbuild: error: {message}", err=True)
    sys.exit(EXIT_FAILED)


def _load(path: Path) -> KnowledgeGraph:
    """The KnowledgeGraph at `path`, or a one-line error."""
    try:
        return load(path)
    except FileNotFoundError:
        _fail(f"no graph at {path} (give a graph.json, a graph.graphml or their folder)")
    except (OSError, ValueError, KeyError, TypeError) as exc:  # json / xml / node-link errors
        _fail(f"cannot read a graph from {path}: {exc}")


def _print_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


GRAPH_ARGUMENT = click.argument("graph", type=click.Path(exists=True, path_type=Path))
CLASS_NAMES = list(CLASSES)


def _iso_date(ctx, param, value: str | None) -> str | None:
    """A --since/--until value as an ISO date (YYYY-MM-DD), or a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2017-01-31") from None
MODES = ("entity", "neighbors", "path", "relations", "top", "communities")


@click.command()
@GRAPH_ARGUMENT
@click.option("--entity", "entity", metavar="NAME", help="Show the entity with this name or alias.")
@click.option("--neighbors", metavar="NAME", help="Entities joined to NAME, with the edges.")
@click.option("--path", nargs=2, metavar="A B", default=None, help="Paths between A and B.")
@click.option("--relations", is_flag=True,
              help="Edges filtered by --subject, --predicate and --object.")
@click.option("--top", type=click.IntRange(min=1), metavar="N",
              help="The N highest ranked entities.")
@click.option("--communities", is_flag=True, help="Groups of closely connected entities (Louvain).")
@click.option("--type", "type_", metavar="TYPE",
              help="An entity type (PERSON, ORG, ...): picks among same-named entities for "
              "--entity; keeps only neighbours / ranked entities of this type for --neighbors "
              "and --top.")
@click.option("--predicate", metavar="PREDICATE",
              help="Only edges whose predicate is or begins with this (\"meet\" finds "
              "\"meet with\"): --neighbors, --relations.")
@click.option("--class", "cls", metavar="CLASS", type=click.Choice(CLASS_NAMES, case_sensitive=False),
              help="Only edges of this relation class (meeting, legal, money, ...): "
              "--neighbors, --relations, --path.")
@click.option("--since", metavar="DATE", callback=_iso_date,
              help="Only what the evidence dates on or after this ISO date (2017-01-01).")
@click.option("--until", metavar="DATE", callback=_iso_date,
              help="Only what the evidence dates on or before this ISO date.")
@click.option("--subject", metavar="NAME", help="With --relations: edges from this entity.")
@click.option("--object", "object_", metavar="NAME", help="With --relations: edges to this entity.")
@click.option("--by", type=click.Choice(RANKINGS), default="degree", show_default=True,
              help="With --top: rank by distinct neighbours, PageRank or mentions.")
@click.option("--max-hops", type=click.IntRange(min=1), default=3, metavar="N", show_default=True,
              help="With --path: the longest path, in edges.")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="At most this many answers [--path: 10].")
@click.option("--evidence", type=click.IntRange(min=0), default=1, metavar="N", show_default=True,
              help="Evidence sentences to print per edge.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def query(graph: Path, entity: str | None, neighbors: str | None, path: tuple[str, str] | None,
          relations: bool, top: int | None, communities: bool, type_: str | None,
          predicate: str | None, cls: str | None, since: str | None, until: str | None,
          subject: str | None, object_: str | None, by: str,
          max_hops: int, limit: int | None, evidence: int, as_json: bool) -> None:
    """Ask GRAPH (a graph.json, a graph.graphml, or their folder) one question.

    Names match any label or alias, ignoring case, a leading "the" and a possessive "'s"; a node
    id (PERSON:jeff-sessions) always works. Exactly one of --entity, --neighbors, --path,
    --relations, --top, --communities.

    \b
    Examples:
      graphbuild query output/ --neighbors Sessions
      graphbuild query output/ --path Flynn Kislyak --max-hops 2
      graphbuild query output/ --relations --subject Flynn --json
      graphbuild query output/ --relations --class legal --since 2017-01-01
      graphbuild query output/ --top 5 --by pagerank --type PERSON
    """
    chosen = [name for name, value in zip(MODES, (entity, neighbors, path, relations, top,
                                                  communities)) if value]
    if len(chosen) != 1:
        got = f" (got {', '.join('--' + c for c in chosen)})" if chosen else ""
        raise click.UsageError("give exactly one of " + ", ".join(f"--{m}" for m in MODES) + got)
    kg = _load(graph)
    if since or until:  # the question is asked of the graph of that period
        kg = kg.subgraph(since=since, until=until)
    try:
        text, data = _answer(kg, chosen[0], entity=entity, neighbors=neighbors, path=path,
                             top=top, type_=type_, predicate=predicate, cls=cls,
                             subject=subject,
                             object_=object_, by=by, max_hops=max_hops, limit=limit,
                             evidence=evidence)
    except (NameLookupError, ValueError) as exc:
        _fail(str(exc))
    if as_json:
        _print_json(data)
    else:
        click.echo(text)


def _answer(kg: KnowledgeGraph, mode: str, *, entity, neighbors, path, top, type_, predicate,
            cls, subject, object_, by, max_hops, limit, evidence) -> tuple[str, Any]:
    """Call the KnowledgeGraph method for `mode`: (text answer, JSON-ready answer)."""
    if mode == "entity":
        record = kg.entity(entity, type=type_)
        return answers.format_entity(record), record.to_dict()
    if mode == "neighbors":
        centre = kg.entity(neighbors)
        every = kg.neighbors(centre.id, type=type_, predicate=predicate, cls=cls)
        found = every[:limit]
        return (answers.format_neighbors(centre, found, evidence, total=len(every)),
                {"entity": centre.to_dict(), "neighbors": [n.to_dict() for n in found]})
    if mode == "path":
        a, b = kg.entity(path[0]), kg.entity(path[1])
        found = kg.connections(a.id, b.id, max_hops=max_hops, limit=limit or 10, cls=cls)
        return (answers.format_paths(a, b, found, max_hops, evidence),
                [p.to_dict() for p in found])
    if mode == "relations":
        found = kg.relations(subject=subject, predicate=predicate, object=object_,
                             cls=cls)[:limit]
        return answers.format_relations(found, evidence), [r.to_dict() for r in found]
    if mode == "top":
        found = kg.top(top, by=by, type=type_)
        return answers.format_top(found), [r.to_dict() for r in found]
    found = kg.communities()[:limit]
    return answers.format_communities(found), [c.to_dict() for c in found]


@click.command()
@GRAPH_ARGUMENT
@click.option("--top", "top_n", type=click.IntRange(min=0), default=10, metavar="N",
              show_default=True,
              help="How many of the most connected entities to list.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def stats(graph: Path, top_n: int, as_json: bool) -> None:
    """Summarize GRAPH: entities by type, relations by predicate, most connected, articles.

    \b
    Example:
      graphbuild stats output/
    """
    summary = _load(graph).stats(top_n=top_n)
    if as_json:
        _print_json(summary.to_dict())
    else:
        click.echo(answers.format_stats(summary))


@click.command()
@GRAPH_ARGUMENT
@click.argument("names", nargs=-1, required=True)
@click.option("--radius", type=click.IntRange(min=0), default=1, metavar="N", show_default=True,
              help="Keep entities up to this many edges from the named ones.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("subgraph"), show_default=True, help="Folder to write graph.* into.")
@click.option("--format", "formats", default="graphml,html,json", show_default=True,
              help="Comma-separated outputs, as for `graphbuild build`.")
@click.option("--class", "cls", metavar="CLASS", type=click.Choice(CLASS_NAMES, case_sensitive=False),
              help="Keep only relations of this class.")
@click.option("--since", metavar="DATE", callback=_iso_date,
              help="Keep only what the evidence dates on or after this ISO date.")
@click.option("--until", metavar="DATE", callback=_iso_date,
              help="Keep only what the evidence dates on or before this ISO date.")
def subgraph(graph: Path, names: tuple[str, ...], radius: int, output: Path, formats: str,
             cls: str | None, since: str | None, until: str | None) -> None:
    """Write the part of GRAPH around NAMES (within --radius edges) as a graph of its own,
    optionally of one relation class or one period.

    \b
    Examples:
      graphbuild subgraph output/ Sessions Kislyak --radius 1 -o sessions/
      graphbuild subgraph output/ Flynn --since 2017-01-01 --class communication -o flynn/
    """
    from graphbuild.export.files import parse_formats

    try:
        chosen = parse_formats(formats)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--format") from None
    kg = _load(graph)
    try:
        part = kg.subgraph(list(names), radius=radius, since=since, until=until, cls=cls)
    except NameLookupError as exc:
        _fail(str(exc))
    try:
        part.save(output, chosen)
    except OSError as exc:
        _fail(f"cannot write to {output}: {exc.strerror or exc}")
    click.echo(f"{part.graph.number_of_nodes()} nodes, {part.graph.number_of_edges()} edges, "
               f"{len(part.articles)} articles -> {output}", err=True)


@click.command()
@GRAPH_ARGUMENT
@click.argument("name")
@click.option("--class", "cls", metavar="CLASS", type=click.Choice(CLASS_NAMES, case_sensitive=False),
              help="Only relations of this class (meeting, legal, money, ...).")
@click.option("--since", metavar="DATE", callback=_iso_date,
              help="Only statements dated on or after this ISO date.")
@click.option("--until", metavar="DATE", callback=_iso_date,
              help="Only statements dated on or before this ISO date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def timeline(graph: Path, name: str, cls: str | None, since: str | None, until: str | None,
             as_json: bool) -> None:
    """NAME's relations in GRAPH in date order: date, class, the other party, the sentence.

    Each evidence sentence is one entry, dated by the time it names ("in July", "on Thursday")
    read against its article's date, else by the article's date; undated ones come last.

    \b
    Examples:
      graphbuild timeline output/ Sessions
      graphbuild timeline output/ Flynn --class communication --json
    """
    kg = _load(graph)
    try:
        centre = kg.entity(name)
        entries = kg.timeline(centre.id, cls=cls, since=since, until=until)
    except (NameLookupError, ValueError) as exc:
        _fail(str(exc))
    if as_json:
        _print_json({"entity": centre.to_dict(), "timeline": [e.to_dict() for e in entries]})
    else:
        click.echo(answers.format_timeline(centre, entries))
