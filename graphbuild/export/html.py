"""The interactive map: one self-contained HTML page that works offline.

pyvis's own templates load Bootstrap (and, even in "local" mode, vis-network) from CDNs, so the
page is our template (`templates/map.html` + `map.js`) with vis-network's script and stylesheet
read from the installed pyvis package and inlined. The graph goes in as JSON inside a
`<script type="application/json">` element; Jinja's `tojson` escapes `<`, `>`, `&` and `'` there,
so an article containing `</script>` cannot end the element early. A Content-Security-Policy
meta tag forbids every network request from the page.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx

from .atomic import atomic_write
from .html_data import DEFAULT_MAX_NODES, map_data

__all__ = ["DEFAULT_MAX_NODES", "notebook_html", "render_html", "vis_options", "write_html"]

VIS_VERSION_DIR = "vis-9.1.2"
DEFAULT_TITLE = "Knowledge graph"
# Layouts of more nodes take longer per iteration; fewer iterations keep the wait bounded.
STABILIZATION_ITERATIONS = {100: 400, 300: 250}
LARGE_GRAPH_ITERATIONS = 150


def vis_options(node_count: int) -> dict[str, Any]:
    """vis-network options: a force layout that stabilizes, then the page switches physics off.

    >>> vis_options(50)["physics"]["stabilization"]["iterations"]
    400
    """
    iterations = next((i for limit, i in sorted(STABILIZATION_ITERATIONS.items())
                       if node_count <= limit), LARGE_GRAPH_ITERATIONS)
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": node_count <= 100},
        "nodes": {"shape": "dot", "borderWidth": 1,
                  "font": {"face": "system-ui, -apple-system, Segoe UI, sans-serif",
                           "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"inherit": False},
                  "font": {"size": 11, "strokeWidth": 3, "strokeColor": "#ffffff",
                           "align": "middle"},
                  "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "selectionWidth": 2},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.01,
                                         "springLength": 140, "springConstant": 0.06,
                                         "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": iterations,
                                      "updateInterval": 50, "fit": True},
                    "minVelocity": 1.0},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": node_count > 150,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
    }


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    loader = jinja2.PackageLoader("graphbuild.export", "templates")
    return jinja2.Environment(loader=loader, autoescape=True, keep_trailing_newline=True)


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) as text, from the installed pyvis package."""
    lib = resources.files("pyvis") / "lib" / VIS_VERSION_DIR
    script = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    style = (lib / "vis-network.css").read_text(encoding="utf-8")
    return inline_safe(script), inline_safe(style)


def inline_safe(code: str) -> str:
    """Make script or style text safe inside an HTML element: no `</script` or `</style` in it.

    >>> inline_safe('s = "</script>"')
    's = "<\\\\/script>"'
    """
    return re.sub(r"</(script|style)", r"<\\/\1", code, flags=re.IGNORECASE)


def render_html(graph: nx.MultiDiGraph, max_nodes: int | None = None,
                title: str | None = None) -> str:
    """The map page for a graph, as a string.

    >>> page = render_html(nx.MultiDiGraph(), title="<b>Empty</b>")
    >>> "<title>&lt;b&gt;Empty&lt;/b&gt;</title>" in page
    True
    >>> [tag for tag in ("<script src", "<link") if tag in page]  # nothing loaded from outside
    []
    """
    data = map_data(graph, max_nodes=max_nodes)
    data["title"] = title or graph.graph.get("name") or DEFAULT_TITLE
    data["options"] = vis_options(len(data["nodes"]))
    script, style = vis_assets()
    map_js = inline_safe(resources.files("graphbuild.export").joinpath("templates/map.js")
                         .read_text(encoding="utf-8"))
    return _environment().get_template("map.html").render(
        title=data["title"], data=data, vis_js=script, vis_css=style, map_js=map_js)


def write_html(graph: nx.MultiDiGraph, path: str | Path, max_nodes: int | None = None,
               title: str | None = None) -> None:
    """Write the map page to `path` (replaced atomically); `max_nodes` defaults to
    DEFAULT_MAX_NODES (300)."""
    page = render_html(graph, max_nodes=max_nodes, title=title)
    with atomic_write(path) as handle:
        handle.write(page)


def notebook_html(graph: nx.MultiDiGraph, max_nodes: int | None = None,
                  height: int = 640) -> str:
    """The map inside an `<iframe srcdoc>`, so a notebook shows it without mixing its scripts."""
    page = render_html(graph, max_nodes=max_nodes)
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #e5e7eb" '
            f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>')
