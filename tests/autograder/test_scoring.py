"""Exercise scores scale passed check points to the instructor's points."""
from autograder.grading.checking import CheckResult
from autograder.grading.submission import score_exercises


def result(exercise, points, passed):
    return CheckResult(exercise, "c", "d", points, passed, "", 0.0)


def test_partial_credit_is_the_passed_fraction_of_check_points():
    scores = score_exercises([result("ex1_irls_logistic", 1.5, True), result("ex1_irls_logistic", 0.5, False)],
                             {"ex1_irls_logistic": 5.0})
    assert scores["ex1_irls_logistic"] == {"score": 3.75, "max_score": 5.0}


def test_exercise_without_checks_scores_zero():
    assert score_exercises([], {"ex2_condition": 5.0})["ex2_condition"]["score"] == 0.0
