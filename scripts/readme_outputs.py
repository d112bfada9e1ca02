"""Run the README's shown commands and Python sessions, as a reader would, and check or rewrite
what the README says they print.

    python scripts/readme_outputs.py           # list every shown output that differs (exit 1)
    python scripts/readme_outputs.py --write   # rewrite those outputs in README.md, in place,
                                               # and rebuild output/ from seeds/

Every fenced block of README.md with a `$ graphbuild ...` line is a console session and every
block with `>>> ` lines a Python session. They run in README order in one scratch folder that
holds a copy of seeds/ (so `output/`, `sessions/` and `aliases.yaml` land there, never in the
repository) with an empty extraction cache, as on a fresh machine. A `$ cat FILE` step writes
FILE with the text the README shows, so later commands can read it. The time figure of a build's
summary line ("1.8s") varies from run to run and is not compared; --write keeps the README's.
tests/test_readme.py runs the same code, so after a change in extraction one `--write` brings
the README (and the committed output/) back in line with what the code prints.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BUILD_TIME = re.compile(r"; \d+(\.\d+)?s -> ")
# The build whose output/ the repository commits: the README's first command.
SEED_BUILD = "graphbuild build seeds/ -o output/"
COMMITTED = ("graph.json", "graph.graphml", "graph.html", "extractions.jsonl.gz")


@dataclass
class Step:
    """One command (`$ ...`) or Python statement (`>>> ...`) and the output the README shows."""

    kind: str                 # "console" or "pycon"
    source: str               # the command line or the statement (continuation lines joined)
    first: int                # index in README's lines of the step's first line
    shown: list[str]          # the output lines the README shows (no trailing blank lines)
    end: int                  # index just past the shown output (trailing blank lines excluded)
    actual: list[str] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return f"{self.kind}@{self.first + 1}: {self.source.splitlines()[0]}"


def parse(text: str) -> list[Step]:
    """The steps of every console and Python block of a markdown text, in order."""
    lines = text.split("\n")
    steps: list[Step] = []
    inside, block_start = False, 0
    for i, line in enumerate(lines):
        if not line.startswith("```"):
            continue
        if inside:
            steps += _block_steps(lines, block_start, i)
        inside, block_start = not inside, i + 1
    return steps


def _block_steps(lines: list[str], start: int, stop: int) -> list[Step]:
    body = lines[start:stop]
    if any(line.startswith("$ graphbuild ") for line in body):
        kind, prompt, more = "console", "$ ", None
    elif any(line.startswith(">>> ") for line in body):
        kind, prompt, more = "pycon", ">>> ", "... "
    else:
        return []
    steps: list[Step] = []
    i = start
    while i < stop:
        if not lines[i].startswith(prompt):
            i += 1
            continue
        first, source = i, [lines[i][len(prompt):]]
        i += 1
        while more and i < stop and lines[i].startswith(more):
            source.append(lines[i][len(more):])
            i += 1
        out_start = i
        while i < stop and not lines[i].startswith(prompt):
            i += 1
        end = i
        while end > out_start and not lines[end - 1].strip():
            end -= 1
        steps.append(Step(kind, "\n".join(source), first, lines[out_start:end], end))
    return steps


def normalised(lines: list[str]) -> list[str]:
    """Output lines with the build time left out and trailing spaces removed."""
    return [BUILD_TIME.sub("; N.Ns -> ", line).rstrip() for line in lines]


def _clean(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.rstrip("\n").split("\n")] if text.strip() else []
    while lines and not lines[-1]:
        lines.pop()
    return lines


class Session:
    """A scratch folder with a copy of seeds/ in which the README's steps run in order."""

    def __init__(self, folder: Path):
        self.folder = folder
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        self.env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        self.env["XDG_CACHE_HOME"] = str(folder / ".cache")  # a fresh machine's empty cache
        self.globals: dict = {"__name__": "__readme__"}
        self.seed_build: dict[str, bytes] = {}  # output/ right after the README's first build

    def run(self, step: Step) -> list[str]:
        step.actual = self._console(step) if step.kind == "console" else self._python(step)
        if step.kind == "console" and step.source == SEED_BUILD:
            self.seed_build = {name: (self.folder / "output" / name).read_bytes()
                               for name in COMMITTED}
        return step.actual

    def _console(self, step: Step) -> list[str]:
        argv = shlex.split(step.source)
        if argv[0] == "cat" and len(argv) == 2:  # the README shows a file: write it
            (self.folder / argv[1]).write_text("\n".join(step.shown) + "\n")
            return list(step.shown)
        if argv[0] != "graphbuild":
            raise ValueError(f"README step {step.name!r}: only graphbuild and cat can run")
        done = subprocess.run([sys.executable, "-m", "graphbuild", *argv[1:]], cwd=self.folder,
                              env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, timeout=900)
        return _clean(done.stdout)

    def _python(self, step: Step) -> list[str]:
        """What the interactive interpreter prints for the statement (repr of a value, or the
        exception's last line after doctest's traceback header)."""
        out = io.StringIO()
        here = os.getcwd()
        os.chdir(self.folder)
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(step.source, "<README>", "single"), self.globals)
        except Exception as exc:  # shown the way doctest expects it
            out.write("Traceback (most recent call last):\n    ...\n"
                      + "".join(traceback.format_exception_only(type(exc), exc)))
        finally:
            os.chdir(here)
        return _clean(out.getvalue())


def run_all(folder: Path, text: str | None = None) -> tuple[list[Step], Session]:
    """Parse the README (or `text`) and run every step in a Session in `folder`."""
    steps = parse(README.read_text() if text is None else text)
    session = Session(folder)
    for step in steps:
        session.run(step)
    return steps, session


def differs(step: Step) -> bool:
    return step.actual is not None and normalised(step.actual) != normalised(step.shown)


def rewrite(text: str, steps: list[Step]) -> str:
    """`text` with each differing step's shown output replaced by what it printed."""
    lines = text.split("\n")
    for step in sorted(steps, key=lambda s: s.first, reverse=True):
        if differs(step):
            start = step.end - len(step.shown)
            lines[start:step.end] = _keep_build_time(step.shown, step.actual or [])
    return "\n".join(lines)


def _keep_build_time(shown: list[str], actual: list[str]) -> list[str]:
    """`actual` with the README's build time figure, so a rewrite does not churn it."""
    figure = next((m.group(0) for m in map(BUILD_TIME.search, shown) if m), None)
    return [BUILD_TIME.sub(figure, line) for line in actual] if figure else actual


HELP_SUMMARY = re.compile(r"<summary><code>graphbuild (\S+) --help</code></summary>")


def help_blocks(text: str) -> list[tuple[str, int, int]]:
    """(command, first line, end line) of each `graphbuild X --help` block of the command
    reference: the fenced block after its <summary> line, fences excluded."""
    lines, found = text.split("\n"), []
    for i, line in enumerate(lines):
        match = HELP_SUMMARY.search(line)
        if match:
            start = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```")) + 1
            end = next(j for j in range(start, len(lines)) if lines[j].startswith("```"))
            found.append((match.group(1), start, end))
    return found


def help_text(command: str) -> list[str]:
    """What `graphbuild COMMAND --help` prints in an 80-column terminal."""
    from click.testing import CliRunner

    from graphbuild.cli import main as cli
    result = CliRunner().invoke(cli, [command, "--help"], prog_name="graphbuild",
                                terminal_width=80, env={"COLUMNS": "80"})
    return result.output.rstrip("\n").split("\n")


def rewrite_help(text: str) -> str:
    """README text with every --help block replaced by what the command prints today."""
    lines = text.split("\n")
    for command, start, end in reversed(help_blocks(text)):
        lines[start:end] = help_text(command)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true",
                        help="rewrite README.md's outputs and rebuild output/ from seeds/")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        steps, session = run_all(Path(scratch))
    stale = [s for s in steps if differs(s)]
    text = README.read_text()
    stale_help = [c for c, a, b in help_blocks(text) if text.split("\n")[a:b] != help_text(c)]
    for command in stale_help:
        print(f"--- graphbuild {command} --help differs from the README's")
    for step in stale:
        print(f"--- {step.name}\n  README:\n" + "".join(f"    {l}\n" for l in step.shown)
              + "  prints:\n" + "".join(f"    {l}\n" for l in step.actual or []))
    if not args.write:
        print(f"{len(stale)} of {len(steps)} shown outputs and {len(stale_help)} --help blocks "
              "differ" + (" (--write rewrites them)" if stale or stale_help else ""))
        return 1 if stale or stale_help else 0
    README.write_text(rewrite_help(rewrite(text, steps)))
    subprocess.run([sys.executable, "-m", "graphbuild", *shlex.split(SEED_BUILD)[1:], "-q"],
                   cwd=ROOT, check=True)
    print(f"rewrote {len(stale)} of {len(steps)} shown outputs in README.md; rebuilt output/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
