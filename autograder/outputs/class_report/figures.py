"""The report's PNG figures, drawn with matplotlib's Agg canvas.

Figures are made with :class:`matplotlib.figure.Figure` and rendered by the
Agg canvas directly, never through ``pyplot``: no global backend is chosen or
changed, no window can open, and nothing is left in pyplot's figure registry
of a long grading process. Figures show only the grader's own names
(exercises, checks) and numbers, never text from a submission.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from autograder.outputs.class_report.analysis import ClassAnalysis

_BAR = "#4c72b0"
_FLAG = "#c44e52"


@dataclass(frozen=True)
class Png:
    """One figure: its file name under ``reports/``, alt text and PNG bytes."""

    name: str
    alt: str
    data: bytes


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=100, metadata={"Software": None})
    return out.getvalue()


def _bins(max_score: float, values: list[float]) -> np.ndarray:
    top = max([max_score, *values, 1e-9])
    return np.linspace(0.0, top, min(20, max(5, len(values) // 2)) + 1)


def _histogram(ax, values: list[float], max_score: float, title: str, threshold: float | None = None) -> None:
    if values:
        ax.hist(values, bins=_bins(max_score, values), color=_BAR, edgecolor="white")
    else:
        ax.text(0.5, 0.5, "no graded submission", ha="center", va="center", transform=ax.transAxes)
    if threshold is not None and max_score:
        ax.axvline(threshold, color=_FLAG, linestyle="--", label=f"flag below {threshold:g}")
        ax.legend(loc="upper left", fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("score")
    ax.set_ylabel("students")
    ax.set_xlim(0, max(max_score, max(values, default=0.0), 1e-9))


def overall_scores(analysis: ClassAnalysis) -> Png:
    fig = Figure(figsize=(6, 3.5))
    ax = fig.add_subplot()
    _histogram(ax, analysis.totals, analysis.max_score,
               f"total score ({len(analysis.totals)} graded, max {analysis.max_score:g})",
               threshold=analysis.flag_below * analysis.max_score)
    fig.tight_layout()
    return Png("scores_overall.png", "histogram of the total scores", _png(fig))


def exercise_scores(analysis: ClassAnalysis) -> Png:
    items = analysis.items
    columns = 2 if len(items) > 1 else 1
    rows = max(1, -(-len(items) // columns))
    fig = Figure(figsize=(6 * columns / 1.5, 2.6 * rows))
    for i, item in enumerate(items):
        ax = fig.add_subplot(rows, columns, i + 1)
        _histogram(ax, analysis.exercise_scores[item.exercise], item.max_score,
                   f"{item.exercise} (max {item.max_score:g})")
    fig.tight_layout()
    return Png("scores_by_exercise.png", "histograms of each exercise's scores", _png(fig))


def failure_rates(analysis: ClassAnalysis) -> Png:
    # most failed at the top: the bars read as a ranking (ties keep the grader's order)
    checks = sorted((c for c in analysis.checks if c.rate is not None), key=lambda c: -(c.rate or 0.0))
    fig = Figure(figsize=(7, max(2.0, 0.22 * len(checks) + 1.0)))
    ax = fig.add_subplot()
    if checks:
        labels = [c.label for c in checks][::-1]
        rates = [100 * (c.rate or 0.0) for c in checks][::-1]
        ax.barh(range(len(checks)), rates, color=_BAR)
        ax.set_yticks(range(len(checks)), labels, fontsize=7)
        ax.set_xlim(0, 100)
    else:
        ax.text(0.5, 0.5, "no check ran", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
    ax.set_xlabel("% of graded submissions failing")
    ax.set_title("failure rate per hidden check, most failed first", fontsize=10)
    fig.tight_layout()
    return Png("check_failure_rates.png", "bar chart of each check's failure rate", _png(fig))


def grading_times(analysis: ClassAnalysis) -> Png:
    seconds = [s.seconds for s in analysis.students]
    fig = Figure(figsize=(6, 3.2))
    ax = fig.add_subplot()
    if seconds:
        ax.hist(seconds, bins=min(20, max(5, len(seconds) // 2)), color=_BAR, edgecolor="white")
    else:
        ax.text(0.5, 0.5, "no submission", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("seconds to grade one submission")
    ax.set_ylabel("submissions")
    ax.set_title("grading time per submission", fontsize=10)
    fig.tight_layout()
    return Png("grading_time.png", "histogram of grading time per submission", _png(fig))


def all_figures(analysis: ClassAnalysis) -> dict[str, Png]:
    """Every figure of the report, by role: ``overall``, ``exercises``, ``checks``, ``time``."""
    return {"overall": overall_scores(analysis), "exercises": exercise_scores(analysis),
            "checks": failure_rates(analysis), "time": grading_times(analysis)}
