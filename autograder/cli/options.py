"""Options that several ``autograder`` commands share (kept apart so no command module imports the CLI)."""
from __future__ import annotations

import argparse
from pathlib import Path


def add_assignment_options(parser: argparse.ArgumentParser, default: str) -> None:
    """``--assignment NAME`` (repeatable) and ``--assignments DIR`` (repeatable) on a command."""
    parser.add_argument("--assignment", dest="assignment", action="append", metavar="NAME",
                        help=f"work on this assignment only (repeatable; default: {default})")
    parser.add_argument("--assignments", dest="assignment_folders", action="append", type=Path, metavar="DIR",
                        help="also know the assignments in DIR (an assignment folder with assignment.toml, "
                             "or a folder of them); repeatable")
