// What the filters leave on the map: entity types, relation classes and a time range.
// A type filter hides entities and their relations; a class filter or a narrowed time range hides
// relations, and then also the entities left with none on the map. Graphs without classes or
// dates (built before they existed) get neither control.
var GraphbuildFilters = (function () {
  "use strict";
  var DAY = 86400000;

  function dayOf(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

  function create(data) {
    var state = {types: new Set(data.types.map(function (t) { return t.type; })),
                 classes: new Set(data.classes.map(function (c) { return c.cls; })),
                 from: null, to: null};  // ISO dates; null = the whole range
    var typeOf = new Map(data.nodes.map(function (n) { return [n.id, n.type]; }));

    function timeNarrowed() {
      return !!data.dates && ((state.from && state.from > data.dates.min) ||
                              (state.to && state.to < data.dates.max));
    }
    function narrowed() { return timeNarrowed() || state.classes.size < data.classes.length; }

    function inTime(e) {
      if (!timeNarrowed()) return true;
      if (!e.first) return false;  // an undated relation cannot be placed in a period
      return e.first <= (state.to || data.dates.max) && e.last >= (state.from || data.dates.min);
    }

    function edgeShown(e) {
      return state.types.has(typeOf.get(e.from)) && state.types.has(typeOf.get(e.to)) &&
             (!e.cls || state.classes.has(e.cls)) && inTime(e);
    }

    // {nodes: Map id -> shown, edges: Map id -> shown}
    function visibility() {
      var edges = new Map(), linked = new Set(), nodes = new Map();
      data.edges.forEach(function (e) {
        var shown = edgeShown(e);
        edges.set(e.id, shown);
        if (shown) { linked.add(e.from); linked.add(e.to); }
      });
      var cut = narrowed();
      data.nodes.forEach(function (n) {
        nodes.set(n.id, state.types.has(n.type) && (!cut || linked.has(n.id)));
      });
      return {nodes: nodes, edges: edges};
    }

    function reset() {
      state.types = new Set(data.types.map(function (t) { return t.type; }));
      state.classes = new Set(data.classes.map(function (c) { return c.cls; }));
      state.from = state.to = null;
    }

    return {state: state, visibility: visibility, reset: reset, edgeShown: edgeShown};
  }

  // The time slider: two range inputs over the days between the first and last dated relation.
  function timeSlider(box, dates, onChange, el) {
    var lo = dayOf(dates.min), hi = dayOf(dates.max);
    var label = el("div", null, "muted"), inputs = [];
    ["from", "to"].forEach(function (which) {
      var row = el("label", null, "legend-row"), input = el("input");
      input.type = "range";
      input.id = "time-" + which;
      input.min = "0";
      input.max = String(hi - lo);
      input.value = which === "from" ? "0" : String(hi - lo);
      input.setAttribute("aria-label", which === "from" ? "Earliest date" : "Latest date");
      input.addEventListener("input", update);
      row.appendChild(el("span", which === "from" ? "From" : "To", "slider-name"));
      row.appendChild(input);
      box.appendChild(row);
      inputs.push(input);
    });
    box.appendChild(label);

    function update() {
      var a = Number(inputs[0].value), b = Number(inputs[1].value);
      var from = isoOf(lo + Math.min(a, b)), to = isoOf(lo + Math.max(a, b));
      label.textContent = from + " – " + to + (dates.undated ?
          " (" + dates.undated + " undated relations show only over the whole range)" : "");
      onChange(from === dates.min ? null : from, to === dates.max ? null : to);
    }

    function reset() {
      inputs[0].value = "0";
      inputs[1].value = String(hi - lo);
      update();
    }
    update();
    return {reset: reset};
  }

  return {create: create, timeSlider: timeSlider, dayOf: dayOf, isoOf: isoOf};
})();
