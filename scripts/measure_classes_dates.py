"""Measure a built graph: the share of asserted edges with a class other than "other", and the
share of edges from dated articles that carry a date.

    python scripts/measure_classes_dates.py /tmp/dev/graph.json [--show-other]
"""
from __future__ import annotations

import json
import sys
from collections import Counter


def measure(path: str, show_other: bool = False) -> dict:
    data = json.load(open(path, encoding="utf-8"))
    dated_articles = {a["id"] for a in data["graph"].get("articles", []) if a.get("date")}
    asserted = [e for e in data["edges"] if not e.get("negated") and not e.get("hedged")]
    classed = [e for e in asserted if e.get("relation_class", "other") != "other"]
    from_dated = [e for e in data["edges"] if set(e.get("documents", [])) & dated_articles]
    with_date = [e for e in from_dated if e.get("first_seen")]
    article_date = {a["id"]: a.get("date") for a in data["graph"].get("articles", [])}
    evidence = [x for e in data["edges"] for x in e.get("evidence", [])]
    own = [x for x in evidence if x.get("date") and x["date"] != article_date.get(x.get("doc"))]
    if show_other:
        for e in asserted:
            if e.get("relation_class", "other") == "other":
                print("other:", e["predicate"], e.get("kinds"), file=sys.stderr)
    return {"asserted_edges": len(asserted), "classed": len(classed),
            "classed_share": round(len(classed) / max(1, len(asserted)), 3),
            "classes": dict(Counter(e.get("relation_class") for e in asserted).most_common()),
            "edges_from_dated_articles": len(from_dated), "dated": len(with_date),
            "dated_share": round(len(with_date) / max(1, len(from_dated)), 3),
            "evidence": len(evidence), "evidence_dated": sum(1 for x in evidence if x.get("date")),
            "evidence_dated_by_own_expression": len(own)}


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], "--show-other" in sys.argv), indent=2))
