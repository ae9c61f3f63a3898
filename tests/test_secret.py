"""Hidden-check inputs come from a per-course secret: stable per course, different across courses."""
from __future__ import annotations

import os
import stat

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autograder.course.folder import init_course
from autograder.course.secret import CourseSecret, load_or_create, secret_path


@given(st.binary(min_size=16, max_size=64), st.text(max_size=20), st.integers(0, 10))
@settings(max_examples=50)
def test_the_same_secret_and_label_give_the_same_draws(key, label, k):
    a, b = CourseSecret(key), CourseSecret(bytes(key))
    assert a.seed(label, k) == b.seed(label, k)
    assert np.array_equal(a.rng(label, k).normal(size=5), b.rng(label, k).normal(size=5))


def test_another_secret_or_label_gives_other_draws():
    a, b = CourseSecret(b"a" * 32), CourseSecret(b"b" * 32)
    assert a.seed("ex1", 0) != b.seed("ex1", 0)
    assert a.seed("ex1", 0) != a.seed("ex1", 1) != a.seed("ex2", 0)


def test_labels_are_not_ambiguous():
    secret = CourseSecret(b"k" * 32)
    assert secret.seed("ab", "c") != secret.seed("a", "bc")


def test_a_short_or_malformed_secret_is_refused():
    with pytest.raises(ValueError):
        CourseSecret(b"short")
    with pytest.raises(ValueError, match="hex digits"):
        CourseSecret.from_text("not hex at all")


def test_the_secret_file_is_private_and_reused(tmp_path):
    path = tmp_path / "autograder" / "secret"
    first, created = load_or_create(path)
    again, created_again = load_or_create(path)
    assert created and not created_again and first == again
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_init_keeps_the_secret_with_the_course_and_out_of_the_release(new_fresh_course):
    course = new_fresh_course("secret")  # made by init
    secret = secret_path(course.root).read_text().strip()
    assert len(secret) == 64
    released = [p for p in (course.root / "release").rglob("*") if p.is_file()]
    assert released and all(secret not in p.read_text(errors="replace") for p in released)
    init_course(course.root, [course.assignment])  # init again: the same secret, so the same hidden inputs
    assert secret_path(course.root).read_text().strip() == secret
