"""The README shows what the code prints today: every `$ graphbuild ...` command and every `>>>`
statement it shows runs, in README order, against a fresh build of seeds/ in a scratch folder,
and prints exactly the output shown (a build's time figure aside). When extraction changes,
`python scripts/readme_outputs.py --write` rewrites the shown outputs and output/.

The committed output/ is the README's first command's build, byte for byte, so running that
command in a checkout leaves `git status` clean.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("readme_outputs",
                                               ROOT / "scripts" / "readme_outputs.py")
readme = importlib.util.module_from_spec(_spec)
sys.modules["readme_outputs"] = readme  # dataclasses look their module up there
_spec.loader.exec_module(readme)

STEPS = readme.parse((ROOT / "README.md").read_text())
FIX = "run `python scripts/readme_outputs.py --write` to show what the code prints today"


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """Every README step run once, in order, in a scratch folder (never in the repository)."""
    steps, ran = readme.run_all(tmp_path_factory.mktemp("readme"))
    return {step.name: step.actual for step in steps}, ran


def test_the_readme_shows_both_kinds_of_session():
    kinds = {step.kind for step in STEPS}
    assert kinds == {"console", "pycon"}
    assert any(step.source == readme.SEED_BUILD for step in STEPS)


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_shown_output_is_what_the_step_prints(session, step):
    actual = session[0][step.name]
    assert readme.normalised(actual) == readme.normalised(step.shown), \
        f"README line {step.first + 1} shows:\n" + "\n".join(step.shown) + \
        "\nbut it prints:\n" + "\n".join(actual) + f"\n({FIX})"


def test_the_committed_output_is_the_build_of_seeds(session):
    built = session[1].seed_build
    assert sorted(built) == sorted(readme.COMMITTED)
    stale = [name for name in readme.COMMITTED
             if (ROOT / "output" / name).read_bytes() != built[name]]
    assert not stale, f"output/ is not what `{readme.SEED_BUILD}` writes: {stale} ({FIX})"


def test_the_build_time_is_the_only_figure_left_out():
    line = "5 articles read, 0 skipped; 72 nodes, 115 edges; 1.8s -> output"
    assert readme.normalised([line]) == readme.normalised([line.replace("1.8s", "12.0s")])
    assert readme.normalised([line]) != readme.normalised([line.replace("115", "114")])


def test_ci_runs_the_readme_test_command():
    readme_lines = (ROOT / "README.md").read_text().split("\n")
    command = next(line for line in readme_lines if "python -m pytest" in line)
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.rstrip().split("\n")[-1] == command
    assert "--upgrade pip" not in ci  # a user's venv keeps the pip its Python bundles


def test_rewrite_replaces_only_differing_outputs():
    text = "```console\n$ graphbuild x\nold\n\n$ graphbuild y\nsame\n```\n"
    steps = readme.parse(text)
    steps[0].actual, steps[1].actual = ["new", "lines"], ["same"]
    assert readme.rewrite(text, steps) == \
        "```console\n$ graphbuild x\nnew\nlines\n\n$ graphbuild y\nsame\n```\n"


@pytest.mark.parametrize("command", [c for c, _, _ in readme.help_blocks(
    (ROOT / "README.md").read_text())])
def test_the_command_reference_is_what_help_prints(command):
    lines = (ROOT / "README.md").read_text().split("\n")
    start, end = next((a, b) for c, a, b in readme.help_blocks("\n".join(lines)) if c == command)
    assert lines[start:end] == readme.help_text(command), FIX


def test_every_command_has_its_help_in_the_reference():
    from graphbuild.cli import main as cli
    shown = {c for c, _, _ in readme.help_blocks((ROOT / "README.md").read_text())}
    assert shown == set(cli.commands), FIX
