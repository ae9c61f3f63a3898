"""What every process of the venv finds at start: the project's own packages, and no slow import.

A course folder holds an ``autograder/`` folder, and a TA's working folder may hold ``reference/``
or ``assignments/``: ``python -m`` and ``python -c`` put the working folder first on the path, where
such a folder would be taken for an empty namespace package unless the checkout is a path entry of
its own (``scripts/setup.sh``). Each command of nbgrader and of the grader used to spend 1.3 s
building a parser for a string format no schema here uses (``rfc3987_syntax``, under jsonschema).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("autograder", "reference", "assignments")


def started_in(folder: Path, code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_projects_packages_are_found_from_a_folder_holding_folders_of_the_same_names(tmp_path):
    for name in PACKAGES:
        (tmp_path / name).mkdir()
    (tmp_path / "autograder" / "state.json").write_text("{}")
    found = started_in(tmp_path, "import json, autograder, reference, assignments\n"
                                 "from reference import irls_logistic\n"
                                 "modules = (autograder, reference, assignments)\n"
                                 "print(json.dumps({m.__name__: m.__file__ for m in modules}))")
    assert found == {name: str(REPO / name / "__init__.py") for name in PACKAGES}


def test_no_process_of_the_venv_builds_the_iri_parser_when_it_imports_jsonschema(tmp_path):
    # not even a process that never imports the grader (nbgrader's commands, formgrader's server)
    loaded = started_in(tmp_path, "import json, sys, jsonschema, nbformat\n"
                                  "print(json.dumps(sys.modules.get('rfc3987_syntax') is not None))")
    assert loaded is False


def test_the_iri_format_is_the_only_one_jsonschema_no_longer_checks():
    import jsonschema

    checked = jsonschema.FormatChecker().checkers
    assert "iri" not in checked and {"uri", "email", "date-time", "ipv4"} <= set(checked)
