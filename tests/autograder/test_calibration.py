"""The instructor's calibration is stored with the course and reused only under the same key.

A record is reused when everything it depends on is unchanged (the instructor's notebook, the
grader, the secret, the limits, how they are enforced, the machine); any change, a corrupt or
malformed record, or one signed with another course's secret is ignored with the reason.
"""
from __future__ import annotations

import dataclasses
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autograder.grading.calibration import (KEY_PARTS, NOT_IN_KEY, Calibration, CalibrationStore, calibration_key,
                                            limits_text)
from autograder.common.config import GradingConfig
from autograder.common.provenance import code_digest, key_digest, user_cache_dir
from autograder.course.secret import CourseSecret

SECRET = CourseSecret(b"calibration test secret, 32 byt")
OTHER = CourseSecret(b"another course's secret, 32 byte")
MEASURED = Calibration({"teach_imports": 0.25, "teach_hessian_check": 1.5}, 12.5)


def key(**changes) -> dict[str, str]:
    base = calibration_key("notebook-digest", SECRET, GradingConfig(), "bubblewrap; cgroups")
    return dict(base, **changes)


@pytest.fixture
def store(tmp_path) -> CalibrationStore:
    return CalibrationStore(tmp_path / "course" / "autograder" / "calibration.json", SECRET)


def test_a_stored_calibration_is_reused_under_the_same_key(store):
    assert store.save(key(), MEASURED) == []
    found = store.load(key())
    assert found.calibration == MEASURED and found.made


def test_nothing_is_reused_when_nothing_is_stored(store):
    found = store.load(key())
    assert found.calibration is None and found.reason == "no calibration is stored"


@pytest.mark.parametrize("part", list(KEY_PARTS))
def test_a_changed_key_part_is_not_reused_and_the_reason_names_it(store, part):
    store.save(key(), MEASURED)
    found = store.load(key(**{part: "something else"}))
    assert found.calibration is None and found.reason == KEY_PARTS[part]


def test_another_secret_changes_the_key():
    assert calibration_key("n", SECRET, GradingConfig(), "s")["secret"] != \
        calibration_key("n", OTHER, GradingConfig(), "s")["secret"]


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(GradingConfig)])
def test_every_limit_but_the_few_that_cannot_change_a_calibration_is_in_the_key(field):
    config = GradingConfig()
    value = getattr(config, field)
    other = {int: 7, float: 7.5, str: "off"}.get(type(value), 61234)
    if field == "sandbox":
        other = "none"
    changed = dataclasses.replace(config, **{field: other})
    assert (limits_text(changed) != limits_text(config)) == (field not in NOT_IN_KEY)


def test_a_record_signed_with_another_courses_secret_is_ignored(tmp_path):
    path = tmp_path / "calibration.json"
    CalibrationStore(path, OTHER).save(key(), MEASURED)
    found = CalibrationStore(path, SECRET).load(key())
    assert found.calibration is None and "not made with this course's secret" in found.reason


def test_an_edited_record_is_ignored(store):
    store.save(key(), MEASURED)
    record = json.loads(store.course_file.read_text())
    record["calibration"]["notebook_seconds"] = 9999.0  # longer limits for everyone
    store.course_file.write_text(json.dumps(record))
    found = store.load(key())
    assert found.calibration is None and "not made with this course's secret" in found.reason


@pytest.mark.parametrize("text", ["", "{", "[]", "null", '{"format": 1}', "\udcff".encode("utf-8", "surrogatepass")],
                         ids=["empty", "truncated", "list", "null", "unsigned", "not-utf8"])
def test_a_corrupt_record_is_ignored_with_the_reason(store, text):
    store.course_file.parent.mkdir(parents=True)
    if isinstance(text, bytes):
        store.course_file.write_bytes(text)
    else:
        store.course_file.write_text(text)
    found = store.load(key())
    assert found.calibration is None and found.reason.startswith("the stored calibration")


@pytest.mark.parametrize("bad", [{"cell_seconds": {"a": -1.0}, "notebook_seconds": 1.0},
                                 {"cell_seconds": {"a": "1"}, "notebook_seconds": 1.0},
                                 {"cell_seconds": {}, "notebook_seconds": True},
                                 {"cell_seconds": [], "notebook_seconds": 1.0}, "nothing"])
def test_a_malformed_calibration_is_ignored_even_when_signed(store, bad):
    from autograder.grading.calibration import _signature

    body = {"format": 1, "key": key(), "calibration": bad, "made": "now"}
    store.course_file.parent.mkdir(parents=True)
    store.course_file.write_text(json.dumps(dict(body, signature=_signature(SECRET, body))))
    found = store.load(key())
    assert found.calibration is None and "malformed" in found.reason


def test_a_throw_away_course_finds_the_calibration_in_the_cache_folder(tmp_path):
    cache = tmp_path / "cache"
    CalibrationStore(tmp_path / "one" / "calibration.json", SECRET, cache).save(key(), MEASURED)
    assert (cache / f"{key_digest(key())}.json").is_file()
    found = CalibrationStore(tmp_path / "two" / "calibration.json", SECRET, cache).load(key())
    assert found.calibration == MEASURED


def test_an_unwritable_place_is_a_warning_not_a_failure(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where a folder should be")
    warnings = CalibrationStore(blocked / "calibration.json", SECRET).save(key(), MEASURED)
    assert len(warnings) == 1 and "could not store the calibration" in warnings[0]


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("AUTOGRADER_CACHE_DIR", str(tmp_path))
    assert user_cache_dir() == tmp_path / "calibrations"
    monkeypatch.delenv("AUTOGRADER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "xdg" / "autograder" / "calibrations"


def test_the_code_digest_changes_with_any_source_file_and_ignores_bytecode(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub" / "__pycache__").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "sub" / "b.py").write_text("y = 2\n")
    before = code_digest({"pkg": package})
    (package / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(os.urandom(16))
    (package / "notes.txt").write_text("not code")
    assert code_digest({"pkg": package}) == before
    (package / "sub" / "b.py").write_text("y = 3\n")
    assert code_digest({"pkg": package}) != before
    (package / "sub" / "b.py").write_text("y = 2\n")
    (package / "sub" / "c.py").write_text("")
    assert code_digest({"pkg": package}) != before


@given(st.dictionaries(st.text(min_size=1, max_size=30), st.floats(0, 1e5), max_size=8), st.floats(0, 1e5))
@settings(max_examples=50)
def test_any_calibration_survives_a_round_trip_through_its_record(cells, total):
    calibration = Calibration(cells, total)
    assert Calibration.from_json(json.loads(json.dumps(calibration.to_json()))) == calibration
