"""The `graphbuild` command (and `python -m graphbuild`): the CLI in `cli.py`, started so that
a Ctrl-C at any moment, even while it is still importing, ends in one line and exit code 130."""
from __future__ import annotations

import sys

INTERRUPTED = "graphbuild: interrupted; no partial output was written"
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C


def run() -> None:
    """Import the CLI (most of a second: click, networkx, spaCy) and run it."""
    try:
        from graphbuild.cli import main
    except KeyboardInterrupt:
        print(f"\n{INTERRUPTED}", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    main()


if __name__ == "__main__":
    run()
