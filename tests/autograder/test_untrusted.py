"""Untrusted text is made safe once: encodable, no terminal escapes, no spreadsheet formulas."""
import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from autograder.common.untrusted import clean, csv_cell, for_log, one_line

any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()))


@given(any_text)
def test_clean_text_always_encodes_as_utf8(text):
    clean(text).encode("utf-8")


def test_a_lone_surrogate_becomes_the_replacement_character():
    assert clean("bad \ud800 value") == "bad \ufffd value"


@given(any_text)
def test_log_text_holds_no_control_character_but_newline_and_tab(text):
    safe = for_log(text)
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in safe)


def test_terminal_colours_and_titles_are_dropped_from_logs():
    assert for_log("\x1b[2J\x1b[31mred\x1b[0m") == "red"
    assert for_log("\x1b]0;window title\x07after") == "after"


def test_other_control_characters_are_shown_not_obeyed():
    assert for_log("a\rb\x07c\x1b d") == "a\\x0db\\x07c\\x1b d"


def test_bidi_overrides_are_shown_not_obeyed():
    assert for_log("abc\u202edcba") == "abc\\u202edcba"


@given(any_text)
def test_one_line_is_one_line(text):
    assert "\n" not in one_line(text) and "\r" not in one_line(text)


def test_one_line_is_cut_to_its_limit():
    assert one_line("x" * 100, limit=10) == "x" * 9 + "…"


def test_formula_like_cells_get_a_leading_quote():
    for formula in ["=1+2", "+1", "-2+3", "@SUM(A1)"]:
        assert csv_cell(formula) == "'" + formula
    for hidden in ["\t=1", "\r=1"]:  # a leading tab or CR is escaped, so it cannot start a formula
        assert not str(csv_cell(hidden)).startswith(("=", "\t", "\r")), hidden


def test_numbers_and_plain_text_are_left_alone():
    assert csv_cell(-1.5) == -1.5 and csv_cell(3) == 3 and csv_cell("alice") == "alice"


@given(any_text)
def test_no_csv_cell_starts_a_formula_after_a_round_trip(text):
    out = io.StringIO()
    csv.writer(out).writerow([csv_cell(text)])
    (cell,) = next(csv.reader(io.StringIO(out.getvalue())))
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_every_string_of_a_result_is_cleaned():
    from autograder.grading.checking import CheckResult
    from autograder.grading.submission import SubmissionResult
    from autograder.common.untrusted import clean_tree

    result = SubmissionResult("st\ud800", "graded", None, {"ex1_irls_logistic": {"score": 1.0, "max_score": 5.0}},
                              20.0, checks=[CheckResult("ex1_irls_logistic", "c", "d", 1.0, False, "bad \udfff", 0.1)],
                              log=["x\ud800"], stdout="\ud801")
    cleaned = clean_tree(result)
    import json
    json.dumps(cleaned.to_json(), ensure_ascii=False).encode("utf-8")
    assert cleaned.student == "st\ufffd" and cleaned.checks[0].message == "bad \ufffd"
    assert cleaned.exercises == result.exercises and cleaned.max_score == 20.0
