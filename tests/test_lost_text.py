"""Nothing silently lost: an article stored on one line (how JSONL news datasets keep it) keeps
its story when one sentence of it is page furniture, and a build says when it dropped much of an
article's text."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import graphbuild
from graphbuild.cli import main
from graphbuild.ingest.text import paragraphs
from graphbuild.pipeline.run import BuildReport

ROOT = Path(__file__).resolve().parent.parent
ISSUE_RECORD = ("Attorney General Jeff Sessions met with Russian Ambassador Sergey Kislyak twice "
                "in 2016, the Justice Department said on Wednesday. Senator Al Franken asked "
                "Sessions about the meetings. All rights reserved.")


def one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def test_a_copyright_sentence_drops_itself_not_its_paragraph():
    kept = " ".join(p.text for p in paragraphs(ISSUE_RECORD))
    assert "Sessions met with Russian Ambassador Sergey Kislyak" in kept
    assert "Al Franken asked Sessions" in kept
    assert "rights reserved" not in kept


def test_a_press_release_header_run_into_the_story_is_cut_at_its_contact_lines():
    text = ("Department of Justice Seal FOR IMMEDIATE RELEASE FRIDAY, AUGUST 17, 2007 WWW.USDOJ.GOV CRM (202) 514-2007 "
            "Four Defendants Sentenced WASHINGTON - Two former members of the City Council of "
            "Gadsden, Ala., have been sentenced, Assistant Attorney General Alice S. Fisher "
            "announced today. The charges arise from an FBI operation.")
    kept = " ".join(p.text for p in paragraphs(text))
    assert "Alice S. Fisher announced today" in kept and "514-2007" not in kept


def test_offsets_of_the_kept_sentences_index_the_article():
    for para in paragraphs(ISSUE_RECORD):
        assert ISSUE_RECORD[para.start:para.start + len(para.text)] == para.text


def test_the_issue_record_yields_its_entities(tmp_path):
    source = tmp_path / "r.jsonl"
    source.write_text(json.dumps({"id": "r", "text": ISSUE_RECORD}) + "\n")
    labels = {d["label"] for _, d in graphbuild.build([str(source)], workers=1)
              .graph.nodes(data=True)}
    assert {"Jeff Sessions", "Sergey Kislyak", "Al Franken"} <= labels


def test_one_line_copies_of_the_seed_articles_keep_their_entities(tmp_path):
    """Done-when of the issue: each seed article joined into one JSONL line yields at least
    90% of the entities the original yields (an entity counts when its label is a label or
    alias of the one-line build)."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        source = tmp_path / f"{path.stem}.jsonl"
        source.write_text(json.dumps({"id": path.stem, "text": one_line(path.read_text())}))
        original = graphbuild.build([str(path)], workers=1).graph
        flat = graphbuild.build([str(source)], workers=1).graph
        names = {name for _, d in flat.nodes(data=True) for name in [d["label"], *d["aliases"]]}
        labels = [d["label"] for _, d in original.nodes(data=True)]
        found = [label for label in labels if label in names]
        assert len(found) >= 0.9 * len(labels), (path.name, sorted(set(labels) - set(found)))


def test_a_build_reports_an_article_that_lost_much_of_its_text(tmp_path):
    banner = "\n\n".join(["Subscribe to our newsletter", "Share this on Facebook",
                          "Download the app", "Sign up for alerts"] * 10)
    (tmp_path / "page.txt").write_text(
        banner + "\n\nSessions met with Kislyak in Washington on Monday, the department said.")
    (tmp_path / "plain.txt").write_text("Franken asked Sessions about the meetings in July.")
    report = BuildReport()
    graphbuild.build([str(tmp_path)], workers=1, report=report)
    assert len(report.notes) == 1 and "page.txt" in report.notes[0]
    assert "dropped as page furniture" in report.notes[0]
    result = CliRunner().invoke(main, ["build", "--workers", "1", "--no-cache", str(tmp_path),
                                       "-o", str(tmp_path / "out")])
    lines = [line for line in result.output.splitlines() if "dropped" in line]
    assert len(lines) == 1 and lines[0].startswith("graphbuild: warning: ") and "page.txt" in lines[0]
    graph = json.loads((tmp_path / "out" / "graph.json").read_text())
    assert all("dropped" not in article for article in graph["graph"]["articles"])


def test_furniture_flags_read_each_paragraph_once(monkeypatch):
    """Many copyright sentences (a one-line concatenation of pages) cost linear time: each
    paragraph is judged prose once, not once per copyright line before it."""
    import graphbuild.ingest.furniture as furniture

    def calls(n: int) -> int:
        count = [0]
        real = furniture.is_prose

        def counted(text):
            count[0] += 1
            return real(text)
        page = ["Sessions met Kislyak twice in 2016, the Justice Department said on Monday."] + \
            ["(c) 2017 CBS Interactive Inc. All rights reserved.", "Terms of use."] * n
        with monkeypatch.context() as patch:
            patch.setattr(furniture, "is_prose", counted)
            furniture.furniture_flags(page)
        return count[0]

    assert calls(400) <= 5 * calls(100)
