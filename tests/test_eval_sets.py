"""The collected evaluation sets stay usable: every gold file parses, names only entities it
declares, and quotes its aliases and evidence verbatim from its article."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"


# folder -> how many articles it holds at least (a folder emptied by mistake must fail)
SETS = {"collected": 22, "collected2": 6, "collected3": 8, "collected4": 8, "heldout": 11,
        "heldout2": 10}


@pytest.mark.parametrize("folder", sorted(SETS))
def test_gold_files_are_valid(folder):
    result = subprocess.run([sys.executable, str(EVAL / "check_gold.py"), str(EVAL / folder)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout
    assert result.stdout.count("OK ") == len(list((EVAL / folder).glob("*.gold.json"))) >= SETS[folder]
