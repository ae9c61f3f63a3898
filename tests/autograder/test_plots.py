"""The plot check judges geometry in the grader: every honest plot style shows any
values it is given, and no description prepared without those values passes."""
from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from genomics import GENOMICS  # noqa: E402
from assignments.genomics_applications.checks.ex3_seed_study import (PLOT_SCALES, plot_values,  # noqa: E402
                                                                    plot_values_over_decades)
from autograder.kernel import wire  # noqa: E402
from autograder.kernel.artists import describe_axes  # noqa: E402
from autograder.grading.plots import (MalformedDrawing, against_positions, bars_count_the_values,  # noqa: E402
                                      depiction_axis, histogram_bars, parse_drawing,
                                      ticks_label_the_view, ticks_tell_values_apart)

CORPUS = GENOMICS.folder / "solutions"  # the instructor's solutions, the corpus and the blind batches
STYLES = (sorted(CORPUS.glob("corpus/ex3_seed_study/correct_*.py")) + [CORPUS / "instructor" / "ex3_seed_study.py"]
          + sorted(CORPUS.glob("blind*/ex3_seed_study/correct_*.py")))
NOT_DRAWN = [CORPUS / "corpus" / "ex3_seed_study" / "wrong_plot_nothing_drawn.py"]


def plotter(path: Path):
    namespace: dict = {}
    code = compile("import numpy as np\nimport matplotlib.pyplot as plt\n" + path.read_text(), str(path), "exec")
    exec(code, namespace)  # noqa: S102 - the project's own corpus files
    return namespace["plot_loss_distribution"]


def described(ax) -> wire.AxesDescription:
    node = {"t": "axes", "v": wire.encode(describe_axes(ax))}
    return wire.decode(node)


@pytest.mark.parametrize("path", STYLES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), scale=st.sampled_from([*PLOT_SCALES, "decades"]))
def test_every_honest_plot_style_shows_any_values_it_is_given_at_any_scale_and_never_as_a_sequence(path, seed, scale):
    rng = np.random.default_rng(seed)
    values = plot_values_over_decades(rng) if scale == "decades" else plot_values(rng, scale=scale)
    ax = plotter(path)(values)
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    axis = depiction_axis(drawing, values)
    assert axis is not None
    assert against_positions(drawing, values) == []
    assert bars_count_the_values(drawing, values, axis)
    assert ticks_tell_values_apart(drawing, axis), (drawing.xticks, drawing.yticks)
    assert ticks_label_the_view(drawing, axis), (drawing.xticks, drawing.yticks)


#: histograms whose bars count the values (in either orientation, as counts, proportions or densities)
COUNTED = {
    "counts": lambda ax, v: ax.hist(v, bins=5),
    "a density": lambda ax, v: ax.hist(v, bins=[v.min(), np.median(v), v.max()], density=True),
    "proportions": lambda ax, v: ax.hist(v, bins=4, weights=np.full(v.size, 1 / v.size)),
    "horizontal counts": lambda ax, v: ax.hist(v, bins=6, orientation="horizontal"),
    "np.histogram's counts as bars": lambda ax, v: (lambda c, e: ax.bar(e[:-1], c, width=np.diff(e), align="edge"))(
        *np.histogram(v, 7)),
}
#: ... and bars that do not
MISCOUNTED = {
    "weighted by the values": lambda ax, v: ax.hist(v, bins=5, weights=v),
    "weighted by their squares, horizontal": lambda ax, v: ax.hist(v, bins=4, weights=v**2,
                                                                  orientation="horizontal"),
    "counts plus one": lambda ax, v: ax.bar(*(lambda c, e: ((e[:-1] + e[1:]) / 2, c + 1))(*np.histogram(v, 5)),
                                            width=np.ptp(v) / 5),
}


def _bars_judged(draw, values):
    fig, ax = plt.subplots()
    draw(ax, values)
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    axis = depiction_axis(drawing, values)
    return bool(histogram_bars(drawing, axis)), bars_count_the_values(drawing, values, axis)


@pytest.mark.parametrize("draw", list(COUNTED.values()), ids=list(COUNTED))
@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_histogram_bars_as_high_as_the_counts_in_them_count_the_values(draw, seed):
    assert _bars_judged(draw, plot_values(np.random.default_rng(seed))) == (True, True)


@pytest.mark.parametrize("draw", list(MISCOUNTED.values()), ids=list(MISCOUNTED))
@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_histogram_bars_of_another_height_do_not_count_the_values(draw, seed):
    assert _bars_judged(draw, plot_values(np.random.default_rng(seed))) == (True, False)


#: ways of putting the values on an Axes that paint no pixel of them
INVISIBLE = {
    "scatter(alpha=0)": lambda ax, v: ax.scatter(v, np.zeros(len(v)), alpha=0),
    "plot(alpha=0)": lambda ax, v: ax.plot(v, np.zeros(len(v)), "o", alpha=0),
    "plot(linestyle='none') without markers": lambda ax, v: ax.plot(v, np.zeros(len(v)), linestyle="none"),
    "scatter(s=0)": lambda ax, v: ax.scatter(v, np.zeros(len(v)), s=0),
    "hist(alpha=0)": lambda ax, v: ax.hist(v, alpha=0),
    "scatter(facecolors='none', edgecolors='none')": lambda ax, v: ax.scatter(v, np.zeros(len(v)),
                                                                              facecolors="none", edgecolors="none"),
    "eventplot(colors=transparent)": lambda ax, v: ax.eventplot(v, colors=[(0, 0, 0, 0)]),
}


@pytest.mark.parametrize("how", INVISIBLE)
def test_artists_that_paint_nothing_are_not_described_as_drawn(how):
    fig, ax = plt.subplots()
    try:
        INVISIBLE[how](ax, np.array([0.2, 0.5, 0.9]))
        assert describe_axes(ax)["artists"] == []
    finally:
        plt.close(fig)


SEQUENCES = {
    "plot(values)": lambda ax, v: ax.plot(v),
    "plot(values, 'o')": lambda ax, v: ax.plot(v, "o"),
    "scatter(range(n), values)": lambda ax, v: ax.scatter(range(len(v)), v),
    "plot(1..n, values, 'o')": lambda ax, v: ax.plot(np.arange(1, len(v) + 1), v, "o"),
    "scatter(values, range(n)) (horizontal)": lambda ax, v: ax.scatter(v, np.arange(len(v))),
}


@pytest.mark.parametrize("draw", list(SEQUENCES.values()), ids=list(SEQUENCES))
@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_values_drawn_against_their_positions_are_a_sequence_that_alone_shows_no_distribution(draw, seed):
    values = plot_values(np.random.default_rng(seed))
    fig, ax = plt.subplots()
    draw(ax, values)
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    sequences = against_positions(drawing, values)
    assert len(sequences) == 1 and depiction_axis(drawing.without(sequences), values) is None


def test_a_histogram_beside_a_sequence_still_shows_the_distribution():
    values = plot_values(np.random.default_rng(5))
    fig, ax = plt.subplots()
    ax.hist(values, bins=6)
    ax.plot(values, np.arange(len(values)), ".")
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    sequences = against_positions(drawing, values)
    assert len(sequences) == 1 and depiction_axis(drawing.without(sequences), values) == "x"


def test_sorted_values_against_their_rank_are_an_ecdf_not_a_sequence():
    values = plot_values(np.random.default_rng(6))
    fig, ax = plt.subplots()
    ax.plot(np.sort(values), np.arange(1, len(values) + 1) / len(values), "o")
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    assert against_positions(drawing, values) == [] and depiction_axis(drawing, values) == "x"


@pytest.mark.parametrize("path", NOT_DRAWN, ids=lambda p: p.stem)
def test_an_axes_with_nothing_drawn_shows_nothing(path):
    values = plot_values(np.random.default_rng(0))
    ax = plotter(path)(values)
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    assert drawing.visible() == [] and depiction_axis(drawing, values) is None


def forged(artists, xlim=(-1e6, 1e6), ylim=(-1e6, 1e6)) -> wire.AxesDescription:
    return wire.AxesDescription({"xlabel": "final loss", "ylabel": "count", "xlim": list(xlim),
                                 "ylim": list(ylim), "artists": artists, "xticks": [], "yticks": []})


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_description_prepared_without_the_values_does_not_pass(seed):
    values = plot_values(np.random.default_rng(seed))
    canned = [
        forged([{"kind": "patch", "box": [-1e6, 1e6, 0.0, 1.0]}]),                # covers everything
        forged([{"kind": "patch", "box": [0.0, 10.0, 0.0, 3.0]}], (0, 10), (0, 3)),  # a plausible range
        forged([{"kind": "collection", "box": [0.9, 0.95, -0.1, 0.1]}], (0.85, 1.0)),  # last year's losses
        forged([]),
    ]
    for description in canned:
        assert depiction_axis(parse_drawing(description), values) is None


@pytest.mark.parametrize("bad", [
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "n_patches": 10},           # old summary
    {"xlabel": 3, "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": []},
    {"xlabel": "x", "ylabel": "", "xlim": [0, float("nan")], "ylim": [0, 1], "artists": []},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": [{"kind": "patch", "box": [1, 0, 0, 1]}]},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": [{"kind": "ghost", "box": [0, 1, 0, 1]}]},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": [{"kind": "line"}] * 3},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1],
     "artists": [{"kind": "line", "box": [0, 1, 0, 1], "points": [[0, 1, 2]]}]},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1],
     "artists": [{"kind": "line", "box": [0, 1, 0, 1], "points": [[0, 1]] * 65}]},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": [], "yticks": []},     # no xticks
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": [], "xticks": [[0.5, 1]],
     "yticks": []},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": [], "xticks": [[float("inf"), "a"]],
     "yticks": []},
    {"xlabel": "x", "ylabel": "", "xlim": [0, 1], "ylim": [0, 1], "artists": [], "xticks": [],
     "yticks": [[0.5, "a"]] * 101},
])
def test_a_malformed_description_is_rejected(bad):
    with pytest.raises(MalformedDrawing):
        parse_drawing(wire.AxesDescription(bad))


def test_values_to_plot_differ_between_draws_and_repeat_for_the_same_draw():
    """Each call of a check draws its own values from the course secret: another draw shows other
    values, and a regrade (the same generator) the same ones."""
    assert not np.array_equal(plot_values(np.random.default_rng(1)), plot_values(np.random.default_rng(2)))
    assert np.array_equal(plot_values(np.random.default_rng(3)), plot_values(np.random.default_rng(3)))


def kde_alone(values):
    """A Gaussian kernel density on a grid wider than the values, nothing else: a smoothed summary."""
    values = np.asarray(values, dtype=float)
    width = 1.06 * values.std() * len(values) ** -0.2
    grid = np.linspace(values.min() - 3 * width, values.max() + 3 * width, 200)
    density = np.exp(-0.5 * ((grid[:, None] - values) / width) ** 2).sum(axis=1)
    fig, ax = plt.subplots()
    ax.plot(grid, density)
    return ax


def bars_centred_on_bins(values):
    """Counts drawn as bars half a bin wide at the bins' centres (matplotlib's default width, 0.8 in
    data units, misses the values' ends the same way except when an edge falls there by chance)."""
    counts, edges = np.histogram(values, bins=8)
    fig, ax = plt.subplots()
    ax.bar((edges[:-1] + edges[1:]) / 2, counts, width=(edges[1] - edges[0]) / 2)
    return ax


@pytest.mark.parametrize("plot", [kde_alone, bars_centred_on_bins], ids=lambda f: f.__name__)
@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_drawing_that_never_marks_the_smallest_and_largest_values_does_not_show_them(plot, seed):
    values = plot_values(np.random.default_rng(seed))
    try:
        drawing = parse_drawing(described(plot(values)))
    finally:
        plt.close("all")
    assert depiction_axis(drawing, values) is None


def test_the_same_density_with_the_values_marked_as_a_rug_shows_them():
    values = plot_values(np.random.default_rng(4))
    ax = kde_alone(values)
    ax.plot(values, np.zeros_like(values), "|")
    try:
        assert depiction_axis(parse_drawing(described(ax)), values) == "x"
    finally:
        plt.close("all")



#: tick labels a reader can read the values from, and tick labels that all read the same
READABLE = {
    "matplotlib's own formatter": lambda ax: None,
    "a logarithmic axis": lambda ax: ax.set_xscale("log"),
    "three significant digits": lambda ax: ax.xaxis.set_major_formatter("{x:.3g}"),
    "labels hidden": lambda ax: ax.tick_params(labelbottom=False),
    "no ticks": lambda ax: ax.set_xticks([]),
}
UNREADABLE = {
    "two decimals": lambda ax: ax.xaxis.set_major_formatter("{x:.2f}"),
    "whole numbers": lambda ax: ax.xaxis.set_major_formatter(lambda x, pos: f"{x:.0f}"),
}


#: tick positions fixed in advance, or labels hidden, on the axis that shows the values
UNLABELLED_VIEW = {
    "positions fixed on 0 to 1, then the view set to the values": lambda ax, v: (
        ax.set_xticks(np.linspace(0.0, 1.0, 6)), ax.set_xlim(v.min(), v.max())),
    "labels hidden": lambda ax, v: ax.set_xticklabels([]),
}


@pytest.mark.parametrize("style", list(UNLABELLED_VIEW.values()), ids=list(UNLABELLED_VIEW))
@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_an_axis_of_large_values_without_two_labelled_ticks_in_view_does_not_label_it(style, seed):
    values = plot_values(np.random.default_rng(seed), scale="large")
    fig, ax = plt.subplots()
    ax.hist(values, bins=6)
    style(ax, values)
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    assert not ticks_label_the_view(drawing, "x")
    assert ticks_label_the_view(drawing, "y")  # the counts' axis keeps its own ticks


def _ticks_judged(style, scale, seed):
    values = plot_values(np.random.default_rng(seed), scale=scale)
    fig, ax = plt.subplots()
    ax.hist(values, bins=6)
    style(ax)
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    assert depiction_axis(drawing, values) == "x"
    return ticks_tell_values_apart(drawing, "x")


@pytest.mark.parametrize("style", list(READABLE.values()), ids=list(READABLE))
@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), scale=st.sampled_from(list(PLOT_SCALES)))
def test_tick_labels_that_read_differently_tell_the_values_apart_at_any_scale(style, seed, scale):
    assert _ticks_judged(style, scale, seed)


@pytest.mark.parametrize("style", list(UNREADABLE.values()), ids=list(UNREADABLE))
@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_tick_labels_that_all_read_the_same_on_tiny_values_do_not_tell_them_apart(style, seed):
    assert not _ticks_judged(style, "tiny", seed)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_values_over_decades_span_two_to_three_decades_ends_included(seed):
    values = plot_values_over_decades(np.random.default_rng(seed))
    low, high = values.min(), values.max()
    assert values.size == 12 and 0.01 <= low <= 0.1 and 2.0 <= np.log10(high / low) <= 3.0
    assert np.sum(values == low) == 1 and np.sum(values == high) == 1


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_histogram_of_the_logarithms_does_not_show_values_spread_over_decades(seed):
    values = plot_values_over_decades(np.random.default_rng(seed))
    fig, ax = plt.subplots()
    ax.hist(np.log10(values), bins=8)
    try:
        drawing = parse_drawing(described(ax))
    finally:
        plt.close("all")
    assert depiction_axis(drawing, values) is None
