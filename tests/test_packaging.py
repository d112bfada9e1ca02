"""The package ships every file it needs (a non-editable `pip install .` must build the seeds)."""
from __future__ import annotations

import configparser
import fnmatch
from pathlib import Path

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
