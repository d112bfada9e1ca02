// Name search with the CLI's rules (graphbuild/query/names.py): the page carries each entity's
// names and titles already normalized by Python's normalize_name, and `normalizeName` below does
// the same to what is typed. Then: the name itself, a courtesy title or the entity's own title in
// front ("Sen. Franken", "Attorney General Sessions"), a part of a name, and last a name typed
// with a slip or two ("Sesions").
var GraphbuildSearch = (function () {
  "use strict";

  // Python: translate curly quotes, NFKD, drop combining marks, casefold, drop . and ",
  // collapse spaces, drop a leading "the " and a trailing possessive.
  function normalizeName(name) {
    var text = String(name).replace(/[\u2019\u2018`]/g, "'").normalize("NFKD")
        .replace(/\p{Mn}/gu, "").toLowerCase().replace(/\u00df/g, "ss")
        .replace(/[."]/g, "").split(/\s+/).filter(Boolean).join(" ");
    text = text.replace(/^the\s+/, "");
    return text.replace(/'s?$/, "").trim() || text;
  }

  // Optimal string alignment distance (Levenshtein plus swapped neighbours), giving up above
  // `limit` so that comparing a query with every key stays cheap.
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = [], prev = [], row;
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          row[j] = Math.min(row[j], prev2[j - 2] + 1);
        best = Math.min(best, row[j]);
      }
      if (best > limit) return limit + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  // Slips allowed in a name of this length: none in a short name ("Ford" is not "Lord").
  function typoLimit(key) { return key.length < 5 ? 0 : key.length < 9 ? 1 : 2; }

  // entries: [{id, keys: [...], titleKeys: [...], rank}], rank lower = better connected.
  function makeSearch(entries, honorifics) {
    var courtesy = new Set(honorifics);

    // The query without a title in front, for this entry: "sen franken" -> "franken".
    function untitled(q, entry) {
      var space = q.indexOf(" "), found = [];
      if (space > 0 && courtesy.has(q.slice(0, space))) found.push(q.slice(space + 1));
      entry.titleKeys.forEach(function (title) {
        if (q.indexOf(title + " ") === 0) found.push(q.slice(title.length + 1));
      });
      return found;
    }

    // (query, withTypos) -> node ids: the name, a title in front, a part of a name; with
    // `withTypos`, and only when none of those matched, names within a slip or two.
    return function search(query, withTypos) {
      var q = normalizeName(query);
      if (!q) return [];
      var exact = [], titled = [], partial = [];
      entries.forEach(function (entry) {
        if (entry.keys.indexOf(q) >= 0) { exact.push(entry); return; }
        if (untitled(q, entry).some(function (r) { return entry.keys.indexOf(r) >= 0; }))
          titled.push(entry);
        else if (entry.keys.some(function (k) { return k.indexOf(q) >= 0; })) partial.push(entry);
      });
      var found = exact.concat(titled, partial);
      if (!found.length && withTypos) found = nearSpellings(q);
      return found.map(function (entry) { return entry.id; });
    };

    function nearSpellings(q) {
      var near = [];
      entries.forEach(function (entry) {
        var best = Infinity;
        [q].concat(untitled(q, entry)).forEach(function (text) {
          entry.keys.forEach(function (k) {
            var limit = typoLimit(k), distance = limit ? editDistance(text, k, limit) : 1;
            if (limit && distance <= limit) best = Math.min(best, distance);
          });
        });
        if (best < Infinity) near.push({entry: entry, distance: best});
      });
      near.sort(function (a, b) { return a.distance - b.distance || a.entry.rank - b.entry.rank; });
      return near.map(function (n) { return n.entry; });
    }
  }

  return {normalizeName: normalizeName, editDistance: editDistance, makeSearch: makeSearch};
})();
