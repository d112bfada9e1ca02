// What the side panel and tooltips say: article names, citations, evidence, headlines of
// relations, the article list, the legend. Strings from articles go in as textContent only.
var GraphbuildText = (function () {
  "use strict";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function create(data, nodeInfo) {
    function articleName(docId) {
      var a = data.articles[docId];
      return a ? a.title + (a.date ? " (" + a.date + ")" : "") : docId;
    }

    // An article's headline and date, a link when it has a URL; `lead` goes before it.
    function citation(docId, lead, date) {
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
      if (date && (!a || a.date !== date)) span.appendChild(document.createTextNode(", about " + date));
      return span;
    }

    function evidenceBlock(edge, limit) {
      var box = el("div");
      edge.evidence.slice(0, limit).forEach(function (ev) {
        var item = el("div", null, "evidence sentence");
        item.appendChild(el("div", "“" + ev.sentence + "”"));
        item.appendChild(citation(ev.doc, undefined, ev.date));
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

    function otherNames(n) {  // aliases usually repeat the label itself
      var label = n.label.toLowerCase();
      return n.aliases.filter(function (a) { return a.toLowerCase() !== label; });
    }

    function nodeTooltip(n) {
      var tip = el("div");
      tip.appendChild(el("strong", n.label));
      tip.appendChild(el("div", n.type + " · " + n.mentions + " mentions · " + n.degree +
                         " connections", "cite"));
      var others = otherNames(n);
      if (others.length) tip.appendChild(el("div", "Also: " + others.slice(0, 8).join(", ")));
      if (n.titles.length) tip.appendChild(el("div", "Roles: " + n.titles.slice(0, 5).join(", ")));
      return tip;
    }

    function edgeTooltip(e) {
      var tip = el("div");
      tip.appendChild(el("strong", edgeHeadline(e)));
      if (e.cls) tip.appendChild(el("div", e.cls + (e.first ? " · " + e.first +
          (e.last !== e.first ? " – " + e.last : "") : ""), "cite"));
      tip.appendChild(evidenceBlock(e, 2));
      return tip;
    }

    // the title, the summary, the articles (by date, then headline) and what was left out
    function header() {
      document.getElementById("map-title").textContent = data.title;
      var articleIds = Object.keys(data.articles).sort(function (a, b) {  // by date, then headline
        var x = data.articles[a], y = data.articles[b];
        return (x.date || "9").localeCompare(y.date || "9") || x.title.localeCompare(y.title);
      });
      document.getElementById("summary").textContent = data.totals.nodes + " entities, " +
          data.totals.edges + " relations from " + articleIds.length + " articles";
      if (articleIds.length) {  // where the evidence comes from, with links where there are URLs
        var sources = el("details"), list = el("ul");
        sources.id = "articles";
        sources.appendChild(el("summary", "Articles"));
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
    }

    function checkboxRow(parent, attr, value, color, text, isLine, onChange) {
      var row = el("label", null, "legend-row"), box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = value;
      box.setAttribute(attr, value);
      box.addEventListener("change", function () { onChange(box.checked); });
      var swatch = el("span", null, isLine ? "line-swatch" : "swatch");
      swatch.style.background = color;
      row.appendChild(box);
      row.appendChild(swatch);
      row.appendChild(el("span", text));
      parent.appendChild(row);
    }

    function edgeLegend() {
      var box = document.getElementById("edge-legend");
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
        box.appendChild(row);
      });
    }

    return {articleName: articleName, citation: citation, evidenceBlock: evidenceBlock,
            edgeHeadline: edgeHeadline, otherNames: otherNames, nodeTooltip: nodeTooltip,
            edgeTooltip: edgeTooltip, header: header, checkboxRow: checkboxRow,
            edgeLegend: edgeLegend};
  }

  return {el: el, create: create};
})();
