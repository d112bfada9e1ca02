// The interactive map. Every string from an article reaches the DOM through textContent (never
// innerHTML), and labels are drawn on a canvas, so article text cannot become markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var DIM_NODE = "rgba(200,200,200,0.35)", DIM_EDGE = "rgba(200,200,200,0.25)";
  var MAX_FOCUS_SCALE = 1.5;  // framing an entity with few neighbours does not zoom in further

  var el = GraphbuildText.el;

  // In a notebook the page has no vis-network of its own: the notebook's first map output holds
  // it once, and this page asks its parent for it (see html.notebook_html).
  function whenVisReady(start) {
    if (window.vis) { start(); return; }
    var status = document.getElementById("status"), tries = 0;
    status.textContent = "Loading the map library from the notebook…";
    window.addEventListener("message", function (event) {
      var m = event.data;
      if (window.vis || event.source !== window.parent || !m || m.graphbuild !== "vis") return;
      var script = document.createElement("script");
      script.textContent = String(m.code);
      document.head.appendChild(script);
      if (window.vis) start();
    });
    (function ask() {
      if (window.vis) return;
      if (tries++ > 50) {
        status.textContent = "The map library was not found in this notebook: display the " +
            "graph again (graphbuild.export.html.notebook_html(graph, include_library=True)).";
        return;
      }
      if (window.parent !== window) window.parent.postMessage({graphbuild: "need-vis"}, "*");
      setTimeout(ask, 200);
    })();
  }

  whenVisReady(function () { GraphbuildMap(data, el, DIM_NODE, DIM_EDGE, MAX_FOCUS_SCALE); });
})();

function GraphbuildMap(data, el, DIM_NODE, DIM_EDGE, MAX_FOCUS_SCALE) {
  "use strict";
  var nodeInfo = new Map(), edgeInfo = new Map();
  data.nodes.forEach(function (n, rank) { n.rank = rank; nodeInfo.set(n.id, n); });
  data.edges.forEach(function (e) { edgeInfo.set(e.id, e); });
  var order = data.nodes.map(function (n) { return n.id; });  // best connected first

  var text = GraphbuildText.create(data, nodeInfo);
  var evidenceBlock = text.evidenceBlock, articleName = text.articleName;
  var edgeHeadline = text.edgeHeadline, otherNames = text.otherNames;
  var nodeTooltip = text.nodeTooltip, edgeTooltip = text.edgeTooltip;
  var checkboxRow = text.checkboxRow;

  function visNode(n) {  // no label: the page draws labels itself (map_labels.js)
    return {id: n.id, size: n.size,
            color: {background: n.color, border: n.color,
                    highlight: {background: n.color, border: "#111827"},
                    hover: {background: n.color, border: "#111827"}}};
  }

  function visEdge(e) {
    var edge = {id: e.id, from: e.from, to: e.to, width: e.width, dashes: e.dashes,
                color: {color: e.color, highlight: "#111827", hover: "#111827"}};
    if (e.curve > 0) edge.smooth = {enabled: true, type: "curvedCW", roundness: e.curve};
    return edge;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.network = network;  // as pyvis pages do: scripts and tests reach the map here

  // ---- what is selected, and the labels that follow it ---------------------------------
  var highlighted = null, near = null, selectedEdge = null, hoveredEdge = null;

  function labelView() {
    var wanted = [selectedEdge, hoveredEdge].filter(function (id, i, all) {
      return id && all.indexOf(id) === i; });
    var around = highlighted ? network.getConnectedEdges(highlighted)
        .map(function (id) { return edgeInfo.get(id); })
        .sort(function (a, b) { return b.weight - a.weight; })
        .map(function (e) { return e.id; })
        .filter(function (id) { return wanted.indexOf(id) < 0; }) : [];
    return {focus: highlighted, near: near, edges: wanted.concat(around), first: wanted.length,
            selected: !!selectedEdge};
  }
  var labels = GraphbuildLabels.attach(network, nodeInfo, edgeInfo, order, labelView);

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

  text.header();

  // ---- filters: types, relation classes, time ------------------------------------------
  var filters = GraphbuildFilters.create(data);

  function applyFilters() {
    var shown = filters.visibility();
    nodes.update(data.nodes.map(function (n) {
      return {id: n.id, hidden: !shown.nodes.get(n.id)}; }));
    edges.update(data.edges.map(function (e) {
      return {id: e.id, hidden: !shown.edges.get(e.id)}; }));
    var count = 0;
    shown.edges.forEach(function (v) { if (v) count++; });
    document.body.setAttribute("data-shown-edges", String(count));
  }


  var typeFilter = document.getElementById("type-filter");
  data.types.forEach(function (t) {
    checkboxRow(typeFilter, "data-type", t.type, t.color, t.type + " — " + t.name + " (" +
                t.count + ")", false, function (on) { setTypeShown(t.type, on); });
  });

  function setTypeShown(type, shown) {
    if (shown) filters.state.types.add(type); else filters.state.types.delete(type);
    typeFilter.querySelector('input[data-type="' + CSS.escape(type) + '"]').checked = shown;
    applyFilters();
  }

  var classFilter = document.getElementById("class-filter");
  data.classes.forEach(function (c) {
    checkboxRow(classFilter, "data-class", c.cls, c.color, c.cls + " — " + c.name + " (" +
                c.count + ")", true, function (on) { setClassShown(c.cls, on); });
  });
  document.getElementById("class-section").hidden = !data.classes.length;

  function setClassShown(cls, shown) {
    if (shown) filters.state.classes.add(cls); else filters.state.classes.delete(cls);
    classFilter.querySelector('input[data-class="' + CSS.escape(cls) + '"]').checked = shown;
    applyFilters();
  }

  var slider = null;
  document.getElementById("time-section").hidden = !data.dates;
  if (data.dates) {
    slider = GraphbuildFilters.timeSlider(document.getElementById("time-filter"), data.dates,
      function (from, to) {
        filters.state.from = from;
        filters.state.to = to;
        applyFilters();
      }, el);
  }

  text.edgeLegend();

  // ---- neighbourhood highlight -----------------------------------------------------------
  function highlight(nodeId) {
    near = new Set(network.getConnectedNodes(nodeId));
    near.add(nodeId);
    var touching = new Set(network.getConnectedEdges(nodeId));
    nodes.update(data.nodes.map(function (n) {
      return {id: n.id, color: near.has(n.id) ? visNode(n).color : DIM_NODE};
    }));
    edges.update(data.edges.map(function (e) {
      return {id: e.id, color: touching.has(e.id) ? visEdge(e).color : {color: DIM_EDGE}};
    }));
    highlighted = nodeId;
    document.body.setAttribute("data-highlight", nodeId);
  }

  function clearHighlight() {
    selectRelation(null);
    if (highlighted === null) return;
    nodes.update(data.nodes.map(function (n) { return {id: n.id, color: visNode(n).color}; }));
    edges.update(data.edges.map(function (e) { return {id: e.id, color: visEdge(e).color}; }));
    highlighted = near = null;
    document.body.removeAttribute("data-highlight");
  }

  // The relation shown in the panel is selected on the map: drawn thick and dark, labelled.
  function selectRelation(edgeId) {
    selectedEdge = edgeId;
    if (edgeId) {
      network.selectEdges([edgeId]);
      document.body.setAttribute("data-selected-edge", edgeId);
    } else {
      document.body.removeAttribute("data-selected-edge");
    }
    network.redraw();
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
      button.setAttribute("data-edge", edgeId);
      button.addEventListener("click", function () { showEdge(edgeId, nodeId); });
      row.appendChild(button);
      detailsBox.appendChild(row);
    });
    openPanel();
  }

  // A relation's evidence; `backTo` is the entity whose list of relations it was chosen from.
  function showEdge(edgeId, backTo) {
    var e = edgeInfo.get(edgeId);
    detailsBox.replaceChildren();
    detailsBox.className = "";
    if (backTo) {
      var back = el("button", "← All relations of " + nodeInfo.get(backTo).label, "back");
      back.id = "back";
      back.addEventListener("click", function () {
        selectRelation(null);
        network.selectNodes([backTo], false);
        highlight(backTo);
        showNode(backTo);
      });
      detailsBox.appendChild(back);
    }
    detailsBox.appendChild(el("strong", edgeHeadline(e)));
    detailsBox.appendChild(el("div", (e.cls ? e.cls + " · " : "") + e.evidenceTotal +
        " supporting sentence" + (e.evidenceTotal === 1 ? "" : "s") +
        (e.first ? " · " + e.first + (e.last !== e.first ? " – " + e.last : "") : ""), "cite"));
    detailsBox.appendChild(evidenceBlock(e, e.evidence.length));
    selectRelation(edgeId);
    openPanel();
  }

  function clearDetails() {
    detailsBox.replaceChildren(document.createTextNode("Nothing selected."));
    detailsBox.className = "muted";
  }

  // Frame an entity with its neighbours, zoomed in no further than MAX_FOCUS_SCALE.
  function focusNode(nodeId) {
    var n = nodeInfo.get(nodeId);
    if (network.body.nodes[nodeId].options.hidden) {  // a filter hides it: show everything
      if (!filters.state.types.has(n.type)) setTypeShown(n.type, true);
      if (network.body.nodes[nodeId].options.hidden) resetFilters();
    }
    selectRelation(null);
    network.selectNodes([nodeId], false);
    network.fit({nodes: [nodeId].concat(network.getConnectedNodes(nodeId)), animation: false});
    if (network.getScale() > MAX_FOCUS_SCALE)
      network.moveTo({position: network.getViewPosition(), scale: MAX_FOCUS_SCALE});
    highlight(nodeId);
    showNode(nodeId);
  }

  network.on("click", function (params) {
    hideTip();
    if (params.nodes.length) {
      focusNode(params.nodes[0]);
    } else if (params.edges.length) {
      var e = edgeInfo.get(params.edges[0]);
      var touches = highlighted && (e.from === highlighted || e.to === highlighted);
      var from = touches ? highlighted : null;
      if (!from) clearHighlight();
      showEdge(e.id, from || e.from);
    } else {
      clearHighlight();
      clearDetails();
    }
  });

  // ---- tooltip: our own, placed away from what is selected -------------------------------
  var tip = document.getElementById("tip");

  function selectionBox() {  // the selected entity (dot and label) or relation, on screen
    var scale = network.getScale();
    if (highlighted && !selectedEdge) {
      var body = network.body.nodes[highlighted], p = network.canvasToDOM({x: body.x, y: body.y});
      var r = nodeInfo.get(highlighted).size * scale;
      return {x: p.x - Math.max(r, 80), y: p.y - r, w: 2 * Math.max(r, 80), h: 2 * r + 30};
    }
    if (selectedEdge) {
      var e = edgeInfo.get(selectedEdge), ends = network.getPositions([e.from, e.to]);
      var a = network.canvasToDOM(ends[e.from]), b = network.canvasToDOM(ends[e.to]);
      return {x: Math.min(a.x, b.x) - 20, y: Math.min(a.y, b.y) - 20,
              w: Math.abs(a.x - b.x) + 40, h: Math.abs(a.y - b.y) + 40};
    }
    return null;
  }

  function showTip(content, pointer, hoveredNode) {
    if (hoveredNode && hoveredNode === highlighted) { hideTip(); return; }  // the panel has it
    tip.replaceChildren(content);
    tip.hidden = false;
    var area = container.getBoundingClientRect();
    var at = GraphbuildLabels.placeTip({w: tip.offsetWidth, h: tip.offsetHeight},
                                       {w: area.width, h: area.height}, pointer, selectionBox());
    tip.style.left = at.x + "px";
    tip.style.top = at.y + "px";
  }

  function hideTip() { tip.hidden = true; }

  network.on("hoverNode", function (p) {
    showTip(nodeTooltip(nodeInfo.get(p.node)), p.pointer.DOM, p.node);
  });
  network.on("hoverEdge", function (p) {
    hoveredEdge = p.edge;
    network.redraw();
    showTip(edgeTooltip(edgeInfo.get(p.edge)), p.pointer.DOM, null);
  });
  network.on("blurNode", hideTip);
  network.on("blurEdge", function () { hoveredEdge = null; network.redraw(); hideTip(); });
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // ---- the panel folds away on narrow screens ----------------------------------------------
  var toggle = document.getElementById("panel-toggle");
  function setPanelOpen(open) {
    document.body.classList.toggle("panel-open", open);
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "× Close" : "☰ Search, filters, details";
  }
  function openPanel() {  // only on wide screens; a narrow one keeps the map in view
    if (!window.matchMedia("(max-width: 899px)").matches) setPanelOpen(true);
  }
  toggle.addEventListener("click", function () {
    setPanelOpen(!document.body.classList.contains("panel-open"));
  });
  setPanelOpen(false);

  // ---- search by name, alias, title or a near spelling --------------------------------------
  var search = GraphbuildSearch.makeSearch(data.nodes, data.honorifics);
  var searchBox = document.getElementById("search");
  var results = document.getElementById("search-results");

  // The names matched; failing that, "in the graph but not on this map"; failing that, the
  // names one or two slips away ("Sesions"), under "Did you mean".
  function showResults() {
    var key = GraphbuildSearch.normalizeName(searchBox.value), matches = search(searchBox.value);
    results.replaceChildren();
    if (!key) return matches;
    var missing = !matches.length && data.omitted.aliases[key];
    if (missing) {
      results.appendChild(el("div", missing + " is in the graph but not on this map " +
          "(fewer connections; see graph.json)."));
      return matches;
    }
    if (!matches.length) {
      matches = search(searchBox.value, true);
      results.appendChild(el("div", matches.length ? "Did you mean:" : "No entity by that name."));
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

  function resetFilters() {
    filters.reset();
    document.querySelectorAll("#type-filter input, #class-filter input").forEach(function (b) {
      b.checked = true; });
    if (slider) slider.reset();
    applyFilters();
  }

  // "Show everything": every filter off, no selection, no search, the whole map in view.
  document.getElementById("reset").addEventListener("click", function () {
    resetFilters();
    searchBox.value = "";
    results.replaceChildren();
    network.unselectAll();
    clearHighlight();
    clearDetails();
    hideTip();
    network.fit({animation: false});
  });

  // A small API for notebooks and tests: the same actions as the controls.
  function searchOrNear(q) { return search(q).length ? search(q) : search(q, true); }
  window.graphbuildMap = {search: searchOrNear, normalizeName: GraphbuildSearch.normalizeName,
                          focusNode: focusNode, setTypeShown: setTypeShown,
                          setClassShown: setClassShown, highlight: highlight,
                          clearHighlight: clearHighlight, showNode: showNode, showEdge: showEdge,
                          labels: labels.placed};
}
