"""The demo class is a spread of the corpus (the whole corpus with ``--whole-corpus``), handed in by
students who each keep an exercise right.

:func:`demo_entries` and :func:`demo_students` are checked over made-up corpora (any number of
exercises, of correct and of wrong files per exercise) and over the corpora the project ships.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from autograder.assignment import known_assignments
from autograder.course.demo import DEMO_CORRECT, DEMO_WRONG, CorpusEntry, demo_entries, demo_students

corpora = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 25)), min_size=1, max_size=5)


def made_up(counts: list[tuple[int, int]]):
    """An assignment with ``len(counts)`` exercises and (correct, wrong) files per exercise."""
    ids = [f"ex{k + 1}_part" for k in range(len(counts))]
    entries = [CorpusEntry(ex, f"{verdict}_{j}", verdict, "", Path(f"/{ex}/{verdict}_{j}.py"))
               for ex, (right, wrong) in zip(ids, counts, strict=True)
               for verdict, n in (("correct", right), ("wrong", wrong)) for j in range(n)]
    return SimpleNamespace(exercise_ids=ids), entries


@settings(max_examples=200, deadline=None)
@given(corpora)
def test_every_corpus_file_is_handed_in_by_exactly_one_demo_student(counts):
    assignment, entries = made_up(counts)
    handed_in = [e for s in demo_students(assignment, entries) for e in s.entries.values() if e is not None]
    assert sorted(handed_in, key=str) == sorted(entries, key=str)


@settings(max_examples=200, deadline=None)
@given(corpora)
def test_every_demo_student_hands_in_a_corpus_file_and_keeps_another_exercise_right(counts):
    assignment, entries = made_up(counts)
    for student in demo_students(assignment, entries):
        assert any(e is not None for e in student.entries.values()), student
        if len(assignment.exercise_ids) > 1:
            assert any(student.full_marks_expected(ex) for ex in assignment.exercise_ids), student


@settings(max_examples=200, deadline=None)
@given(corpora)
def test_the_demo_class_is_no_larger_than_its_corpus_needs(counts):
    """As many students as the exercise with the most files, or as the wrong files need when
    each student has one exercise right (two more at most, where the last ones are left over)."""
    assignment, entries = made_up(counts)
    n = len(counts)
    wrong = sum(w for _, w in counts)
    bound = max(max(r + w for r, w in counts), -(-wrong // (n - 1)) if n > 1 else wrong) + n
    assert len(demo_students(assignment, entries)) <= bound


@settings(max_examples=200, deadline=None)
@given(corpora)
def test_the_default_demo_hands_in_a_spread_of_each_exercises_wrong_and_correct_files(counts):
    """Per exercise and verdict, min(files, DEMO_WRONG or DEMO_CORRECT) files, in corpus order, the
    i-th of k from the i-th of k equal parts of that exercise's files; every file with ``whole``."""
    assignment, entries = made_up(counts)
    assert demo_entries(assignment, entries, whole=True) == entries
    chosen = demo_entries(assignment, entries)
    for ex in assignment.exercise_ids:
        for verdict, k in (("correct", DEMO_CORRECT), ("wrong", DEMO_WRONG)):
            group = [e for e in entries if e.exercise == ex and e.verdict == verdict]
            picked = [group.index(e) for e in chosen if e.exercise == ex and e.verdict == verdict]
            assert len(picked) == min(len(group), k)
            if len(group) > k:
                assert all(i * len(group) <= k * at < (i + 1) * len(group) for i, at in enumerate(picked)), picked
            else:
                assert picked == list(range(len(group)))


def test_the_shipped_default_demo_classes_are_small_and_hand_in_both_verdicts_of_every_exercise():
    for assignment in known_assignments():
        chosen = demo_entries(assignment)
        assert len(demo_students(assignment, chosen)) <= 2 * DEMO_WRONG, assignment.name
        assert {(e.exercise, e.verdict) for e in chosen} == \
            {(ex, v) for ex in assignment.exercise_ids for v in ("correct", "wrong")}, assignment.name


def test_the_shipped_demo_classes_are_a_fraction_of_their_corpora():
    for assignment in known_assignments():
        from autograder.course.demo import corpus_entries

        entries = corpus_entries(assignment)
        if len(assignment.exercise_ids) > 1:
            assert len(demo_students(assignment, entries)) < len(entries) / 1.5, assignment.name
