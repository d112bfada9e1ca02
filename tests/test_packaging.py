"""The package ships every file it needs (a non-editable `pip install .` must build the seeds)."""
from __future__ import annotations

import configparser
import fnmatch
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "graphbuild"


def _package_data_patterns() -> list[str]:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    raw = cfg["options.package_data"]["graphbuild"]
    return [p.strip() for p in raw.replace("\n", ",").split(",") if p.strip()]


def test_every_data_file_in_the_package_is_declared_as_package_data():
    patterns = _package_data_patterns()
    data_files = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*")
                  if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts]
    undeclared = [f for f in data_files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert not undeclared, f"add to [options.package_data] in setup.cfg: {undeclared}"


def test_console_script_points_at_the_cli():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    assert "graphbuild = graphbuild.__main__:run" in cfg["options.entry_points"]["console_scripts"]


# -- a user's install: a fresh venv, the pip its Python bundles, `pip install .` -------------
# A developer's venv (and a CI that upgrades pip) may hold packages a fresh install lacks: the pip
# that Python 3.11 bundles skips `lxml[html_clean]`, so HTML articles failed only for new users.

def _venv_bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / name


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with this source tree installed non-editable by the venv's own bundled pip
    (never upgraded); one per test session. Returns the venv's folder."""
    root = tmp_path_factory.mktemp("install")
    source = root / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "output", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis",
        ".pytest_cache", "docs", "bench", "tests"))
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(_venv_bin(venv, "python")), "-m", "pip", "install", "-q",
                          str(source)], capture_output=True, text=True, timeout=1800)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    return venv


@pytest.mark.slow
def test_a_fresh_install_with_the_bundled_pip_reads_html_articles(installed, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sentence = "Attorney General Jeff Sessions met with Russian Ambassador Sergey Kislyak."
    paragraphs = "".join(f"<p>{sentence} They talked about sanctions for the {n} time.</p>"
                         for n in ("first", "second", "third"))
    (corpus / "story.html").write_text(
        f"<html><head><title>Sessions and Kislyak</title><script>x()</script></head><body>"
        f"<article><h1>Sessions and Kislyak</h1>{paragraphs}</article></body></html>")
    result = subprocess.run([str(_venv_bin(installed, "graphbuild")), "build", str(corpus),
                             "-o", str(tmp_path / "out"), "--workers", "1", "--no-cache"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "skipped story.html" not in result.stderr
    assert "1 articles read, 0 skipped" in result.stderr
    graph = json.loads((tmp_path / "out" / "graph.json").read_text())
    labels = {n["label"] for n in graph["nodes"]}
    assert "Jeff Sessions" in labels
