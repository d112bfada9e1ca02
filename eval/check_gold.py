#!/usr/bin/env python3
"""Check gold files: ids exist, aliases/evidence verbatim in the text, JSON parses, counts in range."""
import json, sys
from pathlib import Path

root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
bad = 0
for g in sorted(root.glob("*.gold.json")):
    txt = g.with_name(g.name.replace(".gold.json", ".txt"))
    errs = []
    try:
        gold = json.loads(g.read_text())
    except Exception as e:
        print(f"{g.name}: JSON error {e}"); bad += 1; continue
    if not txt.exists():
        errs.append("missing .txt")
        text = ""
    else:
        text = txt.read_text()
    if gold.get("doc") != g.name.replace(".gold.json", ""):
        errs.append(f"doc field {gold.get('doc')!r} != stem")
    src = gold.get("source", {})
    for k in ("url", "license", "title", "date"):
        if k not in src:
            errs.append(f"source lacks {k}")
    ids = set()
    for e in gold["entities"]:
        if e["id"] in ids:
            errs.append(f"duplicate id {e['id']}")
        ids.add(e["id"])
        if e["type"] not in {"PERSON", "ORG", "GPE", "FAC", "LOC", "EVENT"}:
            errs.append(f"bad type {e['type']} for {e['id']}")
        if not e["aliases"]:
            errs.append(f"no aliases for {e['id']}")
        for a in e["aliases"]:
            if a not in text:
                errs.append(f"alias not in text: {e['id']}: {a!r}")
    for key in ("relations", "also_true"):
        for r in gold.get(key, []):
            for side in ("s", "o"):
                if r[side] not in ids:
                    errs.append(f"{key}: unknown id {r[side]!r}")
            if r["s"] == r["o"]:
                errs.append(f"{key}: self relation {r['s']}")
            if not r.get("p"):
                errs.append(f"{key}: empty p for {r['s']}-{r['o']}")
            if r.get("evidence", "") not in text or not r.get("evidence"):
                errs.append(f"{key}: evidence not in text: {r.get('evidence', '')[:70]!r}")
            if not isinstance(r.get("directed"), bool):
                errs.append(f"{key}: directed not bool")
    for r in gold.get("forbidden_relations", []):
        if r["s"] not in ids:
            errs.append(f"forbidden: unknown id {r['s']!r}")
        for k in ("o_text", "p", "why"):
            if not r.get(k):
                errs.append(f"forbidden: lacks {k}")
    n_rel, n_forb = len(gold.get("relations", [])), len(gold.get("forbidden_relations", []))
    if not 4 <= n_rel <= 12:
        errs.append(f"{n_rel} relations (want 4-12)")
    if not 1 <= n_forb <= 4:
        errs.append(f"{n_forb} forbidden relations (want 1-4)")
    words = len(text.split())
    status = "OK " if not errs else "BAD"
    print(f"{status} {g.name}: {len(ids)} entities, {n_rel} relations, {len(gold.get('also_true', []))} also_true, {n_forb} forbidden, {words} words")
    for e in errs:
        print("    " + e)
    bad += bool(errs)
sys.exit(1 if bad else 0)
