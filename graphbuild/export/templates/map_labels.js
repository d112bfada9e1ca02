// Labels drawn by the page instead of by vis-network, so that they stay readable at any zoom:
// each is drawn at a size on screen (12-22 px, growing as one zooms in), most important first,
// and a label that would overlap one already drawn is left out until zooming in makes room.
// Edge labels are drawn only where someone is looking: the selected entity's relations, the
// selected relation and the one under the mouse.
var GraphbuildLabels = (function () {
  "use strict";
  var MAX_PX = 22, EDGE_PX = 12, FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';
  // where along a line its label may go, the middle first
  var EDGE_SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8];
  var TEXT = "#111827", DIM = "rgba(107,114,128,0.6)", PAD = 2, GAP = 4;

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function inside(a, b) {  // a label cut by the map's edge is no label
    return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
  }

  // On-screen size of an entity's label: its canvas size times the zoom, kept between a floor
  // (12 px, up to 15 px for hubs, so nothing is drawn too small to read) and 22 px.
  function nodePx(info, scale, near) {
    var floor = 12 + Math.round(3 * (info.fontSize - 13) / 9) + (near ? 1 : 0);
    return Math.max(floor, Math.min(MAX_PX, info.fontSize * scale));
  }

  // view() -> {focus, near: Set|null, edges: [edge ids, most wanted first]}
  function attach(network, nodeInfo, edgeInfo, order, view) {
    var placed = [];

    function visibleNode(id) {
      var node = network.body.nodes[id];
      return node && !node.options.hidden;
    }

    function visibleEdge(id) {
      var edge = network.body.edges[id], info = edgeInfo.get(id);
      return edge && !edge.options.hidden && visibleNode(info.from) && visibleNode(info.to);
    }

    network.on("afterDrawing", function (ctx) {
      var ratio = network.canvas.pixelRatio || 1, scale = network.getScale();
      var frame = network.canvas.frame.canvas.getBoundingClientRect();
      var screen = {x: 0, y: 0, w: frame.width, h: frame.height}, v = view();
      placed = [];
      // Dots are obstacles too: a label may not cover another entity (when something is
      // selected, only the dots around it count; the dimmed rest may be covered).
      var dots = [];
      order.forEach(function (id) {
        if (!visibleNode(id) || (v.near && !v.near.has(id))) return;
        var body = network.body.nodes[id], r = nodeInfo.get(id).size * scale;
        if (r < 3) return;
        var p = network.canvasToDOM({x: body.x, y: body.y});
        var core = r * 0.8;  // a label may graze a dot's rim, not cover it
        dots.push({x: p.x - core, y: p.y - core, w: 2 * core, h: 2 * core, id: id,
                   rank: nodeInfo.get(id).rank});
      });
      ctx.save();
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);  // draw in CSS pixels
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.lineJoin = "round";

      // spots(w, h): the places the label may take (box centre x, top y), best first. Each
      // size in `sizes` is tried in turn: a label shrinks to its floor before it is left out.
      // An entity's label first avoids every dot; failing that, it may cover the dots of
      // entities less connected than its own (a hub in a crowd keeps its name).
      function put(kind, id, text, sizes, spotsOf, color, bold, rank) {
        var levels = rank === undefined ? [-1] : [-1, rank];
        for (var level = 0; level < levels.length; level++) {
          var limit = levels[level];
          for (var k = 0; k < sizes.length; k++) {
            var px = sizes[k];
            ctx.font = (bold ? "600 " : "") + px.toFixed(1) + "px " + FONT;
            var w = ctx.measureText(text).width + 2 * PAD, h = px * 1.25, spots = spotsOf(w, h);
            for (var i = 0; i < spots.length; i++) {
              var box = {x: spots[i].x - w / 2, y: spots[i].y, w: w, h: h};
              var spaced = {x: box.x - GAP, y: box.y, w: box.w + 2 * GAP, h: box.h};
              if (!inside(box, screen) ||
                  placed.some(function (p) { return overlaps(spaced, p); }) ||
                  dots.some(function (d) {
                    return d.id !== id && (limit < 0 || d.rank < limit) && overlaps(box, d);
                  }))
                continue;
              ctx.lineWidth = 4;
              ctx.strokeStyle = "rgba(255,255,255,0.92)";
              ctx.strokeText(text, spots[i].x, box.y + PAD);
              ctx.fillStyle = color;
              ctx.fillText(text, spots[i].x, box.y + PAD);
              box.kind = kind; box.id = id; box.px = px; box.text = text;
              placed.push(box);
              return;
            }
          }
        }
      }

      function nodeLabel(id, near) {
        if (!visibleNode(id)) return;
        var info = nodeInfo.get(id), body = network.body.nodes[id];
        var p = network.canvasToDOM({x: body.x, y: body.y}), r = info.size * scale;
        var px = nodePx(info, scale, near), floor = nodePx(info, 0, near);
        put("node", id, info.shortLabel, px > floor ? [px, floor] : [px], function (w, h) {
          var below = p.y + r + 2, above = p.y - r - 2 - h, shift = w / 2 - r;
          return [{x: p.x, y: below}, {x: p.x, y: above},                       // centred
                  {x: p.x + r + 4 + w / 2, y: p.y - h / 2}, {x: p.x - r - 4 - w / 2, y: p.y - h / 2},
                  {x: p.x + shift, y: below}, {x: p.x - shift, y: below},       // flush with the dot
                  {x: p.x + shift, y: above}, {x: p.x - shift, y: above}];
        }, v.near && !near ? DIM : TEXT, id === v.focus, info.rank);
      }

      function edgeLabel(id) {
        if (!visibleEdge(id)) return;
        var info = edgeInfo.get(id), line = network.body.edges[id].edgeType;
        var px = Math.max(EDGE_PX, Math.min(14, 11 * scale));
        var spots = EDGE_SPOTS.map(function (t) {
          var p = network.canvasToDOM(line.getPoint(t));
          return {x: p.x, y: p.y - px * 0.62};
        });
        put("edge", id, info.label, [px], function () { return spots; },
            info.status === "negated" ? info.color : "#374151", id === v.edges[0] && v.selected);
      }

      if (v.focus) nodeLabel(v.focus, true);
      v.edges.slice(0, v.first).forEach(edgeLabel);
      if (v.near) order.forEach(function (id) {
        if (v.near.has(id) && id !== v.focus) nodeLabel(id, true);
      });
      v.edges.slice(v.first).forEach(edgeLabel);
      order.forEach(function (id) {
        if (id !== v.focus && !(v.near && v.near.has(id))) nodeLabel(id, false);
      });
      ctx.restore();
    });

    return {placed: function () {
      return placed.map(function (b) {
        return {kind: b.kind, id: b.id, text: b.text, px: b.px, x: b.x, y: b.y, w: b.w, h: b.h};
      });
    }};
  }

  // Where a tooltip goes (CSS pixels inside the map): beside the pointer, or, while something is
  // selected, in the corner of the map farthest from it, so it never covers what was clicked.
  function placeTip(tip, area, pointer, avoid) {
    var margin = 10;
    if (!avoid) {
      var left = pointer.x + 16, top = pointer.y + 16;
      if (left + tip.w > area.w - margin) left = Math.max(margin, pointer.x - 16 - tip.w);
      if (top + tip.h > area.h - margin) top = Math.max(margin, pointer.y - 16 - tip.h);
      return {x: left, y: top};
    }
    var corners = [{x: margin, y: margin}, {x: area.w - tip.w - margin, y: margin},
                   {x: margin, y: area.h - tip.h - margin},
                   {x: area.w - tip.w - margin, y: area.h - tip.h - margin}];
    var cx = avoid.x + avoid.w / 2, cy = avoid.y + avoid.h / 2;
    function score(c) {
      var box = {x: c.x, y: c.y, w: tip.w, h: tip.h};
      var hit = (overlaps(box, avoid) ? 1e6 : 0) +
                (overlaps(box, {x: pointer.x - 4, y: pointer.y - 4, w: 8, h: 8}) ? 1e5 : 0);
      return hit - Math.hypot(c.x + tip.w / 2 - cx, c.y + tip.h / 2 - cy);
    }
    return corners.sort(function (a, b) { return score(a) - score(b); })[0];
  }

  return {attach: attach, placeTip: placeTip, overlaps: overlaps};
})();
