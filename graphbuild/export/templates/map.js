// The interactive map. Every string from an article reaches the DOM through textContent (never
// innerHTML), and vis-network draws labels on a canvas, so article text cannot become markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var DIM_NODE = "rgba(200,200,200,0.35)", DIM_TEXT = "rgba(120,120,120,0.35)";
  var DIM_EDGE = "rgba(200,200,200,0.25)", EDGE_FONT = 11, EDGE_FONT_NEAR = 14;

  var nodeInfo = new Map(), edgeInfo = new Map();
  data.nodes.forEach(function (n) { nodeInfo.set(n.id, n); });
  data.edges.forEach(function (e) { edgeInfo.set(e.id, e); });

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function articleName(docId) {
    var a = data.articles[docId];
    return a ? a.title + (a.date ? " (" + a.date + ")" : "") : docId;
  }

  // An article's name, a link when it has a URL; `lead` goes before it ("— " under a quote).
  function citation(docId, lead) {
    var a = data.articles[docId], span = el("span", null, "cite");
    if (!docId) return span;  // a graph read from GraphML keeps sentences without articles
    span.appendChild(document.createTextNode(lead === undefined ? "— " : lead));
    if (a && a.url) {
      var link = el("a", articleName(docId));
      link.href = a.url;  // only http(s) URLs reach the page (checked when it was written)
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      span.appendChild(link);
    } else {
      span.appendChild(document.createTextNode(articleName(docId)));
    }
    return span;
  }

  function evidenceBlock(edge, limit) {
    var box = el("div");
    edge.evidence.slice(0, limit).forEach(function (ev) {
      var item = el("div", null, "evidence sentence");
      item.appendChild(el("div", "“" + ev.sentence + "”"));
      item.appendChild(citation(ev.doc));
      box.appendChild(item);
    });
    var more = edge.evidenceTotal - Math.min(limit, edge.evidence.length);
    if (more > 0) box.appendChild(el("div", "and " + more + " more in graph.json", "cite"));
    return box;
  }

  var STATUS_TEXT = {asserted: "", negated: " (the text denies it)",
                     hedged: " (conditional or only reported)"};

  function edgeHeadline(edge) {
    var from = nodeInfo.get(edge.from), to = nodeInfo.get(edge.to);
    return from.label + " — " + edge.label + " → " + to.label + STATUS_TEXT[edge.status];
  }

  // Aliases usually repeat the label itself; show only the other names.
  function otherNames(n) {
    var label = n.label.toLowerCase();
    return n.aliases.filter(function (a) { return a.toLowerCase() !== label; });
  }

  function nodeTooltip(n) {
    var tip = el("div", null, "tip");
    tip.appendChild(el("strong", n.label));
    tip.appendChild(el("div", n.type + " · " + n.mentions + " mentions · " + n.degree +
                       " connections", "cite"));
    var others = otherNames(n);
    if (others.length) tip.appendChild(el("div", "Also: " + others.slice(0, 8).join(", ")));
    if (n.titles.length) tip.appendChild(el("div", "Roles: " + n.titles.slice(0, 5).join(", ")));
    return tip;
  }

  function edgeTooltip(e) {
    var tip = el("div", null, "tip");
    tip.appendChild(el("strong", edgeHeadline(e)));
    tip.appendChild(evidenceBlock(e, 2));
    return tip;
  }

  function visNode(n) {
    return {id: n.id, label: n.shortLabel, title: nodeTooltip(n), size: n.size,
            color: {background: n.color, border: n.color,
                    highlight: {background: n.color, border: "#111827"},
                    hover: {background: n.color, border: "#111827"}},
            font: {size: n.fontSize, color: "#111827"}};
  }

  function visEdge(e) {
    var edge = {id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTooltip(e),
                width: e.width, dashes: e.dashes,
                color: {color: e.color, highlight: "#111827", hover: "#111827"},
                font: {size: EDGE_FONT, color: e.status === "negated" ? e.color : "#4b5563"}};
    if (e.curve > 0) edge.smooth = {enabled: true, type: "curvedCW", roundness: e.curve};
    return edge;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.network = network;  // as pyvis pages do: scripts and tests reach the map here

  // Physics lays the graph out, then stops so nothing floats while people read.
  var status = document.getElementById("status");
  function layoutDone(message) {
    network.setOptions({physics: {enabled: false}});
    status.textContent = message;
    document.body.setAttribute("data-layout", "done");
  }
  if (data.nodes.length) {
    network.once("stabilizationIterationsDone", function () {
      layoutDone("Layout done. Drag dots to rearrange; scroll to zoom.");
    });
  } else {  // vis-network never stabilizes an empty network: nothing to wait for
    layoutDone("This graph has no entities.");
  }

  // ---- header, summary and what was left out -------------------------------------------
  document.getElementById("map-title").textContent = data.title;
  document.getElementById("summary").textContent =
      data.totals.nodes + " entities, " + data.totals.edges + " relations from " +
      Object.keys(data.articles).length + " articles";
  var articleIds = Object.keys(data.articles).sort();
  if (articleIds.length) {  // where the evidence comes from, with links where there are URLs
    var sources = el("details");
    sources.id = "articles";
    sources.appendChild(el("summary", "Articles"));
    var list = el("ul");
    articleIds.forEach(function (id) {
      var item = el("li");
      item.appendChild(citation(id, ""));
      list.appendChild(item);
    });
    sources.appendChild(list);
    document.getElementById("summary").after(sources);
  }
  if (data.omitted.nodes > 0) {
    var box = document.getElementById("omitted");
    var byType = Object.keys(data.omitted.byType).map(function (t) {
      return data.omitted.byType[t] + " " + t; }).join(", ");
    box.appendChild(el("div", "This map shows the " + data.nodes.length +
        " best-connected entities. Left out: " + data.omitted.nodes + " entities (" + byType +
        ") and " + data.omitted.edges + " relations. Every export but this map holds the " +
        "whole graph; to draw more, raise max_nodes (graphbuild build --max-nodes N)."));
    var details = el("details");
    details.appendChild(el("summary", "Entities left out"));
    details.appendChild(el("div", data.omitted.names.join(", ") +
        (data.omitted.nodes > data.omitted.names.length ? ", …" : "")));
    box.appendChild(details);
    box.hidden = false;
  }

  // ---- legend and type filter ------------------------------------------------------------
  var shownTypes = new Set(data.types.map(function (t) { return t.type; }));
  var typeFilter = document.getElementById("type-filter");
  data.types.forEach(function (t) {
    var row = el("label", null, "legend-row");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t.type;
    box.setAttribute("data-type", t.type);
    box.addEventListener("change", function () { setTypeShown(t.type, box.checked); });
    var swatch = el("span", null, "swatch");
    swatch.style.background = t.color;
    row.appendChild(box);
    row.appendChild(swatch);
    row.appendChild(el("span", t.type + " — " + t.name + " (" + t.count + ")"));
    typeFilter.appendChild(row);
  });

  function setTypeShown(type, shown) {
    if (shown) shownTypes.add(type); else shownTypes.delete(type);
    nodes.update(data.nodes.filter(function (n) { return n.type === type; })
        .map(function (n) { return {id: n.id, hidden: !shown}; }));
    edges.update(data.edges.map(function (e) {
      return {id: e.id, hidden: !(isShown(e.from) && isShown(e.to))}; }));
  }

  function isShown(nodeId) { return shownTypes.has(nodeInfo.get(nodeId).type); }

  var edgeLegend = document.getElementById("edge-legend");
  [["asserted", "stated in the text"], ["negated", "the text denies it (label starts with “not”)"],
   ["hedged", "conditional or only reported (label ends with “?”)"]].forEach(function (item) {
    var style = data.edgeStyles[item[0]], row = el("div", null, "legend-row");
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "36");
    svg.setAttribute("height", "10");
    var line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "5");
    line.setAttribute("x2", "36"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", style.color);
    line.setAttribute("stroke-width", "2");
    if (style.dashes) line.setAttribute("stroke-dasharray", style.dashes.join(" "));
    svg.appendChild(line);
    row.appendChild(svg);
    row.appendChild(el("span", item[0] + ": " + item[1]));
    edgeLegend.appendChild(row);
  });

  // ---- neighbourhood highlight -----------------------------------------------------------
  var highlighted = null;

  function highlight(nodeId) {
    var keep = new Set(network.getConnectedNodes(nodeId));
    keep.add(nodeId);
    var touching = new Set(network.getConnectedEdges(nodeId));
    nodes.update(data.nodes.map(function (n) {
      var near = keep.has(n.id);
      return {id: n.id, color: near ? visNode(n).color : DIM_NODE,
              font: {size: n.fontSize, color: near ? "#111827" : DIM_TEXT}};
    }));
    edges.update(data.edges.map(function (e) {
      var near = touching.has(e.id);
      // the neighbourhood's relations get larger labels, the rest none
      return {id: e.id, color: near ? visEdge(e).color : {color: DIM_EDGE},
              font: {size: near ? EDGE_FONT_NEAR : EDGE_FONT,
                     color: near ? visEdge(e).font.color : "rgba(0,0,0,0)"}};
    }));
    highlighted = nodeId;
    document.body.setAttribute("data-highlight", nodeId);
  }

  function clearHighlight() {
    if (highlighted === null) return;
    nodes.update(data.nodes.map(function (n) {
      var v = visNode(n);
      return {id: n.id, color: v.color, font: v.font};
    }));
    edges.update(data.edges.map(function (e) {
      var v = visEdge(e);
      return {id: e.id, color: v.color, font: v.font};
    }));
    highlighted = null;
    document.body.removeAttribute("data-highlight");
  }

  // ---- details panel ---------------------------------------------------------------------
  var detailsBox = document.getElementById("details");

  function showNode(nodeId) {
    var n = nodeInfo.get(nodeId);
    detailsBox.replaceChildren();
    detailsBox.className = "";
    detailsBox.appendChild(el("strong", n.label));
    detailsBox.appendChild(el("div", n.type + " · " + n.mentions + " mentions", "cite"));
    var others = otherNames(n);
    if (others.length) detailsBox.appendChild(el("div", "Also called: " + others.join(", ")));
    if (n.titles.length) detailsBox.appendChild(el("div", "Roles: " + n.titles.join(", ")));
    if (n.documents.length) detailsBox.appendChild(el("div", "In: " +
        n.documents.map(articleName).join("; "), "cite"));
    network.getConnectedEdges(nodeId).forEach(function (edgeId) {
      var e = edgeInfo.get(edgeId), row = el("div", null, "relation");
      var button = el("button", edgeHeadline(e));
      button.addEventListener("click", function () { showEdge(edgeId); });
      row.appendChild(button);
      detailsBox.appendChild(row);
    });
  }

  function showEdge(edgeId) {
    var e = edgeInfo.get(edgeId);
    detailsBox.replaceChildren();
    detailsBox.className = "";
    detailsBox.appendChild(el("strong", edgeHeadline(e)));
    detailsBox.appendChild(el("div", e.evidenceTotal + " supporting sentence" +
        (e.evidenceTotal === 1 ? "" : "s"), "cite"));
    detailsBox.appendChild(evidenceBlock(e, e.evidence.length));
  }

  function clearDetails() {
    detailsBox.replaceChildren(document.createTextNode("Nothing selected."));
    detailsBox.className = "muted";
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      highlight(params.nodes[0]);
      showNode(params.nodes[0]);
    } else if (params.edges.length) {
      clearHighlight();
      showEdge(params.edges[0]);
    } else {
      clearHighlight();
      clearDetails();
    }
  });

  // ---- search by name or alias -----------------------------------------------------------
  function normalize(text) { return String(text).toLowerCase().replace(/\s+/g, " ").trim(); }

  var searchIndex = data.nodes.map(function (n) {
    return {id: n.id, names: [n.label].concat(n.aliases).map(normalize)};
  });

  function search(query) {
    var q = normalize(query);
    if (!q) return [];
    var exact = [], partial = [];
    searchIndex.forEach(function (entry) {
      if (entry.names.indexOf(q) >= 0) exact.push(entry.id);
      else if (entry.names.some(function (name) { return name.indexOf(q) >= 0; })) partial.push(entry.id);
    });
    return exact.concat(partial);
  }

  function focusNode(nodeId) {
    var n = nodeInfo.get(nodeId);
    if (!shownTypes.has(n.type)) {
      var box = typeFilter.querySelector('input[data-type="' + CSS.escape(n.type) + '"]');
      box.checked = true;
      setTypeShown(n.type, true);
    }
    network.selectNodes([nodeId]);
    // Frame the entity with its neighbours, without zooming in further than 1.5x.
    network.fit({nodes: [nodeId].concat(network.getConnectedNodes(nodeId)), animation: false});
    if (network.getScale() > 1.5) network.moveTo({position: network.getViewPosition(), scale: 1.5});
    highlight(nodeId);
    showNode(nodeId);
  }

  var searchBox = document.getElementById("search");
  var results = document.getElementById("search-results");

  function showResults() {
    var matches = search(searchBox.value);
    results.replaceChildren();
    if (!normalize(searchBox.value)) return matches;
    if (!matches.length) {
      var missing = data.omitted.aliases[normalize(searchBox.value)];
      results.appendChild(el("div", missing ? missing + " is in the graph but not on this map " +
          "(fewer connections; see graph.json)." : "No entity by that name."));
      return matches;
    }
    matches.slice(0, 20).forEach(function (id) {
      var n = nodeInfo.get(id), button = el("button", n.label + " (" + n.type + ")");
      button.setAttribute("data-node", id);
      button.addEventListener("click", function () { focusNode(id); });
      results.appendChild(button);
    });
    if (matches.length > 20) results.appendChild(el("div", (matches.length - 20) + " more…"));
    return matches;
  }

  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var matches = showResults();
    if (matches.length) focusNode(matches[0]);
  });

  // "Show everything": every type back on, no selection, no search, the whole map in view.
  document.getElementById("reset").addEventListener("click", function () {
    typeFilter.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      if (!box.checked) { box.checked = true; setTypeShown(box.value, true); }
    });
    searchBox.value = "";
    results.replaceChildren();
    network.unselectAll();
    clearHighlight();
    clearDetails();
    network.fit({animation: false});
  });

  // A small API for notebooks and tests: the same actions as the controls.
  window.graphbuildMap = {search: search, focusNode: focusNode, setTypeShown: setTypeShown,
                          highlight: highlight, clearHighlight: clearHighlight,
                          showNode: showNode, showEdge: showEdge};
})();
