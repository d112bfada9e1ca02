"""The interactive map: one self-contained HTML page that works offline.

pyvis's own templates load Bootstrap (and, even in "local" mode, vis-network) from CDNs, so the
page is our template (`templates/map.html` + the scripts in MAP_SCRIPTS) with vis-network's script
read from the installed pyvis package and inlined (its stylesheet styles only controls the page
does not use, so it stays out). The graph goes in as JSON inside a
`<script type="application/json">` element; Jinja's `tojson` escapes `<`, `>`, `&` and `'` there,
so an article containing `</script>` cannot end the element early. A Content-Security-Policy
meta tag forbids every network request from the page.
"""
from __future__ import annotations

import json
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

# The page's scripts, in order: search, labels and filters are plain modules the map uses.
MAP_SCRIPTS = ("map_search.js", "map_labels.js", "map_filters.js", "map_text.js", "map.js")

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
                  "selectionWidth": 3},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.01,
                                         "springLength": 140, "springConstant": 0.06,
                                         "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": iterations,
                                      "updateInterval": 50, "fit": True},
                    "minVelocity": 1.0},
        # no vis tooltips (no `title`): the page shows its own, away from the selection
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": node_count > 150,
                        "multiselect": False,
                        "selectConnectedEdges": False, "navigationButtons": False, "keyboard": False},
    }


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    loader = jinja2.PackageLoader("graphbuild.export", "templates")
    return jinja2.Environment(loader=loader, autoescape=True, keep_trailing_newline=True)


@lru_cache(maxsize=1)
def vis_script() -> str:
    """vis-network.min.js as text, from the installed pyvis package, safe to inline."""
    lib = resources.files("pyvis") / "lib" / VIS_VERSION_DIR
    return inline_safe((lib / "vis-network.min.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def map_script() -> str:
    """The page's own scripts (MAP_SCRIPTS), joined, safe to inline."""
    templates = resources.files("graphbuild.export") / "templates"
    return inline_safe("\n".join((templates / name).read_text(encoding="utf-8")
                                  for name in MAP_SCRIPTS))


def inline_safe(code: str) -> str:
    """Make script or style text safe inside an HTML element: no `</script` or `</style` in it.

    >>> inline_safe('s = "</script>"')
    's = "<\\\\/script>"'
    """
    return re.sub(r"</(script|style)", r"<\\/\1", code, flags=re.IGNORECASE)


def render_html(graph: nx.MultiDiGraph, max_nodes: int | None = None,
                title: str | None = None, include_library: bool = True) -> str:
    """The map page for a graph, as a string.

    Without the library (`include_library=False`) the page asks its parent window for
    vis-network (see `notebook_html`).

    >>> page = render_html(nx.MultiDiGraph(), title="<b>Empty</b>")
    >>> "<title>&lt;b&gt;Empty&lt;/b&gt;</title>" in page
    True
    >>> [tag for tag in ("<script src", "<link") if tag in page]  # nothing loaded from outside
    []
    """
    data = map_data(graph, max_nodes=max_nodes)
    data["title"] = title or graph.graph.get("name") or DEFAULT_TITLE
    data["options"] = vis_options(len(data["nodes"]))
    return _environment().get_template("map.html").render(
        title=data["title"], data=data, vis_js=vis_script() if include_library else "",
        map_js=map_script())


def write_html(graph: nx.MultiDiGraph, path: str | Path, max_nodes: int | None = None,
               title: str | None = None) -> None:
    """Write the map page to `path` (replaced atomically); `max_nodes` defaults to
    DEFAULT_MAX_NODES (300)."""
    page = render_html(graph, max_nodes=max_nodes, title=title)
    with atomic_write(path) as handle:
        handle.write(page)


# Whether this Python process has already put vis-network into the notebook (see notebook_html).
_notebook = {"library_sent": False}

# Runs in the notebook page, beside each map: keeps one copy of vis-network and hands it to any
# map's iframe that asks (the iframes are sandboxed, so a message is their only way out).
_LIBRARY_HOST = """<script>(function () {
  var w = window, code = %s;
  if (code && !w.graphbuildVisSource) w.graphbuildVisSource = code;
  if (w.graphbuildVisHost) return;
  w.graphbuildVisHost = true;
  w.addEventListener("message", function (event) {
    var m = event.data;
    if (!m || m.graphbuild !== "need-vis" || !event.source || !w.graphbuildVisSource) return;
    event.source.postMessage({graphbuild: "vis", code: w.graphbuildVisSource}, "*");
  });
})();</script>"""


def notebook_html(graph: nx.MultiDiGraph, max_nodes: int | None = None, height: int = 640,
                  include_library: bool | None = None) -> str:
    """The map for a notebook cell: a sandboxed `<iframe srcdoc>` and a small host script.

    vis-network (470 kB) travels once per notebook, not once per displayed graph: the first
    display of the process carries it in the host script (`include_library=None` decides so;
    True or False force it), later ones only their data, and each map's iframe asks the notebook
    page for the library by `postMessage`.
    """
    if include_library is None:
        include_library = not _notebook["library_sent"]
    _notebook["library_sent"] = _notebook["library_sent"] or include_library
    page = render_html(graph, max_nodes=max_nodes, include_library=False)
    code = _script_string(vis_script()) if include_library else "null"
    return (_LIBRARY_HOST % code +
            f"<iframe srcdoc='{_attribute_text(page)}' "
            f'style="width:100%;height:{int(height)}px;border:1px solid #e5e7eb" '
            f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>')


def _attribute_text(text: str) -> str:
    r"""Text for a single-quoted HTML attribute: `&`, `'` and `<` escaped, nothing else.

    The page's JSON is full of double quotes; left as they are (rather than `&quot;`, as
    html.escape writes them) the notebook keeps about half the bytes.

    >>> print(_attribute_text('<p class="a">it\'s & more</p>'))
    &lt;p class="a">it&#39;s &amp; more&lt;/p>
    """
    return text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;")


def _script_string(code: str) -> str:
    r"""A JavaScript string literal of `code` that cannot end its `<script>` element.

    >>> print(_script_string("a</script>&"))
    "a\u003c/script\u003e\u0026"
    """
    return (json.dumps(code).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))
