"""Exercise 3: the reproducibility study (``seed_study``, ``plot_loss_distribution``).

The expected final losses are recomputed here with ``reference.seed_study``,
never taken from the student's kernel (a student may redefine
``train_autoencoder``). Both sides train with one torch thread: equal thread
counts give bitwise-identical float32 training across processes, while 1 vs
2 threads differ by ~1e-3 relative after 100 epochs (measured). The 1e-6
relative tolerance therefore only absorbs float32-to-float64 conversion.

Data, seeds and epochs are drawn from the course secret (the same for every
student: their reference is a training run per seed); plotted values are
drawn per submission. A plot is judged in the grader from the geometry the
kernel reports (see ``autograder/grading/plots.py``): it must show values drawn
afresh for every call.
"""
from __future__ import annotations

from autograder.checks import (AxesDescription, CheckFailed, Clause, MalformedDrawing, OneShotIter, RangeArg,
                               against_positions, bars_count_the_values,
                               StudentError, as_array, as_tensor, assert_close,
                               attempts, check, clauses, computed_once, depiction_axis,
                               draws, parse_drawing, shape_difference, ticks_label_the_view, ticks_tell_values_apart,
                               timed)

import numpy as np

import reference
from .. import formats

EX = "ex3_seed_study"
LOSS_RTOL = 1e-6

draws(EX, "course", "the expected losses are training runs of the given autoencoder, seconds each, and "
                    "knowing them for a drawn data set and seeds means having run the training the "
                    "exercise asks for")
draws(EX, "submission", "the values to plot cost nothing to draw, and a plot prepared for known values "
                        "must never pass", purposes=("plot values", "plot first", "plot second", "plot labelled"))

clauses(EX, [
    Clause("3.1", "seed_study(X, seeds, epochs=100) returns a 1-D numpy array of floats, one entry per seed.",
           "any call; read with the format rules"),
    Clause("3.2", "Entry i is the final training loss, losses[-1], of train_autoencoder(X, seeds[i], "
                  "epochs=epochs), the notebook's own function.",
           "expression data of drawn shapes, fewer cells than genes among them; raw counts with genes that are "
           "zero in every cell and cells with no count; unstructured data on which the last epoch's loss is "
           "not the smallest, nor the "
           "first; 1,200 to 2,000 cells by 100 genes for 2 or 3 epochs (lower precision for large data falls "
           "out)"),
    Clause("3.3", "The entries follow the order of seeds, one per seed, repeated seeds included.",
           "unsorted seeds with a repeat"),
    Clause("3.4", "seeds can be any iterable of at least one integer: a list, a tuple, a range, a numpy "
                  "integer array, a generator (iterable only once).",
           "each of these kinds; a negative seed among the seeds of every call; a seed past 2**31 in an int64 "
           "array and one past 2**63 (below 2**64, as torch.manual_seed takes) in a list"),
    Clause("3.5", "epochs is passed on (default 100).",
           "epochs = 1 and another small value; a call without epochs; on data whose loss curves end at "
           "their smallest value, so that reporting the best epoch is judged by clause 3.2's checks alone"),
    Clause("3.6", "plot_loss_distribution(final_losses) accepts an array or a list of floats (at least two) "
                  "and draws their distribution: what is drawn spans the values.",
           "values drawn afresh for every call at a random place and scale, as a list and as an array, of "
           "ordinary size (0.05 to 7.5), tiny (five decades lower), large (four decades higher) and spread over two "
           "to three decades (a plot of their logarithms, ranks or z-scores does not show them); what "
           "is drawn must mark the smallest and the largest value themselves (a density curve alone on a wider "
           "grid, or bars centred on bins, does not); a histogram's bars as high as the number of values in "
           "them, or a proportion or density of it (bars weighted by the values are not); at least two labelled "
           "ticks within the view of the axis that shows the values (positions fixed on 0 to 1 miss large "
           "values), and their labels must not all read the same (two decimals on tiny losses do)"),
    Clause("3.7", "It draws on a new figure each call, and returns the matplotlib Axes it drew on.",
           "two calls in a row with values far apart: the second Axes shows only the second values, and the "
           "first Axes, described again after the second call, still shows the first"),
    Clause("3.8", "The x axis of that Axes has a non-empty label.",
           "the label of the returned Axes, on a plot that shows the values"),
], free=[
    "the kind of plot (histogram, strip, box, violin, ECDF, or a combination), its orientation, scale, "
    "colours, title and the y-axis label; what the x label says, as long as it is not empty",
    "how seed_study loops (comprehension, map, preallocated array)",
])


# ------------------------------------------------------------------ data
@computed_once
def expression(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    X = reference.simulate_expression(n_cells=int(rng.integers(30, 80)), n_genes=int(rng.integers(8, 30)),
                                      seed=int(rng.integers(2**31)))
    return np.asarray(X, dtype=np.float32)


@computed_once
def noise(seed: int) -> np.ndarray:
    """Unstructured data: Adam's loss jumps about late in training here, so the last epoch's
    loss is neither the smallest nor the first (checked for each draw)."""
    rng = np.random.default_rng(seed)
    for _ in range(50):
        X = rng.standard_normal((int(rng.integers(40, 80)), int(rng.integers(20, 50)))).astype(np.float32)
        losses = reference.train_autoencoder(X, 0, epochs=80)[1]
        if losses[-1] > 1.2 * min(losses) and abs(losses[-1] - losses[0]) > 0.05 * losses[0]:
            return X
    raise RuntimeError("no data drawn on which the last loss differs from the best")  # pragma: no cover


@computed_once
def wide(seed: int) -> np.ndarray:
    """Expression data with fewer cells than genes (6 to 12 cells, 20 to 40 genes): X is cells x
    genes whatever its shape, so an answer that transposes a wide X to "fix" it trains other data."""
    rng = np.random.default_rng(seed)
    X = reference.simulate_expression(n_cells=int(rng.integers(6, 13)), n_genes=int(rng.integers(20, 41)),
                                      seed=int(rng.integers(2**31)))
    return np.asarray(X, dtype=np.float32)


@computed_once
def counts(seed: int) -> np.ndarray:
    """Raw counts, as float32: non-negative whole numbers with gene-specific means (log-normal), and one to
    three genes that are zero in every cell and one or two cells with no count at all (empty droplets), as in
    any single-cell count matrix. The statement's X is any float32 tensor: an answer that filters genes or
    cells or transforms counts (log1p) before training trains other data."""
    rng = np.random.default_rng(seed)
    n_cells, n_genes = int(rng.integers(30, 60)), int(rng.integers(10, 25))
    means = np.exp(rng.normal(1.0, 1.0, size=n_genes))
    X = rng.poisson(means, size=(n_cells, n_genes)).astype(np.float32)
    X[:, rng.choice(n_genes, size=int(rng.integers(1, 4)), replace=False)] = 0.0
    X[rng.choice(n_cells, size=int(rng.integers(1, 3)), replace=False)] = 0.0
    return X


@computed_once
def many_genes(seed: int) -> np.ndarray:
    """Expression data with more genes than a gene selection keeps (60 to 120 genes, 20 to 40 cells): X is
    trained as given, every gene of it."""
    rng = np.random.default_rng(seed)
    X = reference.simulate_expression(n_cells=int(rng.integers(20, 41)), n_genes=int(rng.integers(60, 121)),
                                      seed=int(rng.integers(2**31)))
    return np.asarray(X, dtype=np.float32)


@computed_once
def large(seed: int) -> np.ndarray:
    """The largest data the checks train on: 1,200 to 2,000 cells by 100 genes (120,000 to 200,000 entries,
    a single-cell data set's size after gene selection), trained for 2 or 3 epochs (under 0.1 s a seed): X
    is trained as given, in float32, whatever its size. Lower precision (bfloat16 autocast, half), a
    subsample of cells or mini-batches for large data train something else."""
    rng = np.random.default_rng(seed)
    X = reference.simulate_expression(n_cells=int(rng.integers(1200, 2001)), n_genes=100,
                                      seed=int(rng.integers(2**31)))
    return np.asarray(X, dtype=np.float32)


#: the data sets the checks train on, by kind
DATA = {"expression": expression, "noise": noise, "wide": wide, "counts": counts, "many genes": many_genes,
        "large": large}


@computed_once
def expected(data_seed: int, seeds: tuple, epochs: int, kind: str = "expression"):
    return timed(reference.seed_study, DATA[kind](data_seed), list(seeds), epochs=epochs)


def drawn_seeds(student, purpose: str, count: int) -> tuple[int, ...]:
    """``count`` distinct seeds, one of them negative, never in ascending order: an answer that sorts
    them, or reads them in another order, differs in every course (two seeds come in descending
    order, three or more with the largest first and the smallest second, neither ascending nor
    descending), and one that refuses a negative integer fails in every course."""
    rng = student.rng(EX, purpose)
    ordered = sorted(int(s) for s in rng.choice(1000, size=count, replace=False))
    # the smallest made negative on every draw: any integer is a seed (torch.manual_seed takes it)
    ordered[0] = -1 - ordered[0]
    if count < 3:
        return tuple(reversed(ordered))
    return (ordered[-1], ordered[0], *ordered[1:-1])


def unsorted_with_repeat(student, purpose: str) -> tuple[int, ...]:
    """Four seeds, neither ascending nor descending, one of them twice."""
    low, mid, high = sorted(drawn_seeds(student, purpose, 3))
    return (mid, high, mid, low)


def student_losses(student, data_seed, seeds, epochs, kind="expression", send=None, pass_epochs=True):
    """The student's final losses, read leniently (their format is checked apart), and the reference's."""
    want, seconds = expected(data_seed, tuple(seeds), epochs, kind)
    X = DATA[kind](data_seed)
    kwargs = {"epochs": epochs} if pass_epochs else {}
    try:
        value = student.call("seed_study", as_tensor(X), send if send is not None else list(seeds),
                             ref_seconds=seconds, **kwargs)
    except StudentError as exc:
        raise raised_on_allowed_seeds(student, data_seed, exc, kind) from None
    got = as_array(value, "the array seed_study returns")
    if got.ndim != 1 or got.shape[0] != len(seeds):
        raise CheckFailed(f"seed_study returned {shape_difference(got.shape, (len(seeds),))}; expected a 1-D array "
                          "with one final loss per seed")
    return got, want


# ------------------------------------------------------------ diagnosis
@computed_once
def runs(data_seed: int, seeds: tuple, epochs: int, kind: str = "expression"):
    """The reference's loss curves and trained models' final MSE, one per seed."""
    import torch  # here, not at the top: a run whose reference values are stored never needs it

    from reference.autoencoder import REFERENCE_THREADS, torch_threads

    X = DATA[kind](data_seed)
    out = []
    for seed in seeds:
        model, losses = reference.train_autoencoder(X, seed, epochs=epochs)
        with torch_threads(REFERENCE_THREADS), torch.no_grad():
            t = torch.as_tensor(X)
            after = float(torch.mean((model(t) - t) ** 2))
        out.append((np.asarray(losses), after))
    return out


def _matches(got, values) -> bool:
    values = np.asarray(values, dtype=float)
    return got.shape == values.shape and bool(np.allclose(got, values, rtol=1e-5, atol=0.0))


def losses_mistake(student, data_seed, seeds: tuple, epochs: int, kind: str, got, want) -> str:
    """What the student's final losses are, when they are not the last epoch's losses in seed order."""
    try:
        return _losses_mistake(student, data_seed, seeds, epochs, kind, got, want)
    except (CheckFailed, StudentError):  # a diagnosing call failed: say what is asked
        return GENERIC_LOSSES


GENERIC_LOSSES = ("entry i must be losses[-1] of the notebook's own train_autoencoder(X, seeds[i], epochs=epochs): "
                  "call it rather than re-implementing the training")


def _losses_mistake(student, data_seed, seeds, epochs, kind, got, want) -> str:
    if len(seeds) > 1 and _matches(np.sort(got), np.sort(want)):
        return "these are the right final losses in another order: entry i must be the loss of seeds[i]"
    if _matches(got, [c[-1] for c, _ in runs(data_seed, tuple(range(len(seeds))), epochs, kind)]):
        return "the runs used seeds 0, 1, 2, ... (the positions) instead of the values seeds[i]"
    repeats = [(i, j) for i in range(len(seeds)) for j in range(i) if seeds[i] == seeds[j]]
    if any(got[i] != got[j] for i, j in repeats):
        return ("two runs with the same seed gave different losses: each seed needs its own independent run "
                "(a new model), as train_autoencoder(X, seed, epochs=epochs) does")
    other = expression(data_seed + 1)
    try:
        moved = as_array(student.call("seed_study", as_tensor(other), list(seeds), epochs=epochs,
                                      ref_seconds=expected(data_seed, seeds, epochs, kind)[1]), "seed_study")
    except StudentError:
        moved = None
    if moved is not None and _matches(moved, got):
        return "the losses do not depend on the X passed in: train on the argument X, not on other data"
    curves = runs(data_seed, seeds, epochs, kind)
    for values, text in (
            ([c[0] for c, _ in curves], "the first epoch's loss, losses[0], is reported; the final loss is losses[-1]"),
            ([c.min() for c, _ in curves], "the smallest loss over the epochs is reported; report the final one, "
                                           "losses[-1], even where it is not the smallest"),
            ([c.mean() for c, _ in curves], "the mean loss over the epochs is reported; report the final one, "
                                            "losses[-1]"),
            ([a for _, a in curves], "the loss is recomputed after the last optimizer step; report the last "
                                     "recorded training loss, losses[-1]")):
        if _matches(got, values):
            return text
    if epochs != 100 and _matches(got, [c[-1] for c, _ in runs(data_seed, seeds, 100, kind)]):
        return "every run trained the default 100 epochs: the epochs argument is not passed on to train_autoencoder"
    return swapped_arguments(student, data_seed, kind) or GENERIC_LOSSES


SWAPPED = ("with seeds [3] and epochs=5 it trained seed 5 for 3 epochs: seed and epochs are swapped in the call to "
           "train_autoencoder; pass epochs by keyword")


def swapped_arguments(student, data_seed: int, kind: str = "expression") -> str | None:
    """SWAPPED when seed_study trains seed epochs for seed epochs (a probe with seeds [3], epochs=5), else None."""
    X = DATA[kind](data_seed)
    try:
        probe = as_array(student.call("seed_study", as_tensor(X), [3], epochs=5, ref_seconds=1.0), "seed_study")
    except (CheckFailed, StudentError):
        return None
    return SWAPPED if _matches(probe, [runs(data_seed, (5,), 3, kind)[0][0][-1]]) else None


def raised_on_allowed_seeds(student, data_seed: int, exc: StudentError, kind: str = "expression"):
    """``exc`` (seed_study raised on seeds the statement allows) with its cause when a probe finds one:
    a call that swaps seed and epochs trains a negative or zero seed for no epoch and fails there."""
    cause = swapped_arguments(student, data_seed, kind) if exc.kind == "exception" else None
    return CheckFailed(f"{exc}; {cause}") if cause else exc


# ------------------------------------------------------------- seed_study
@check(EX, points=0.5, clauses=("3.1",), description="seed_study returns a 1-D numpy array of floats")
def one_value_per_seed(student):
    seeds = drawn_seeds(student, "format", 3)
    data = student.seed(EX, "data", 0)
    want, seconds = expected(data, seeds, 3)
    try:
        value = student.call("seed_study", as_tensor(expression(data)), list(seeds), epochs=3, ref_seconds=seconds)
    except StudentError as exc:
        raise raised_on_allowed_seeds(student, data, exc) from None
    formats.seed_study_format(value, len(seeds))


@check(EX, points=1.0, clauses=("3.2", "3.3"),
       description="seed_study gives the final (last-epoch) training loss of each seed, in the order given")
def final_losses_match_training(student):
    seeds = unsorted_with_repeat(student, "order")
    data = student.seed(EX, "data", 1)
    got, want = student_losses(student, data, seeds, 20)
    explained_close(student, data, seeds, 20, "expression", got, want,
                    "seed_study(X, seeds, epochs=20) (unsorted seeds with a repeat)")
    # X is cells x genes whatever its shape: fewer cells than genes too
    seeds = drawn_seeds(student, "wide", 2)
    got, want = student_losses(student, data, seeds, 5, kind="wide")
    explained_close(student, data, seeds, 5, "wide", got, want,
                    "seed_study on data with fewer cells than genes (X is cells x genes, whatever its shape)")
    # X is trained as given: raw counts with genes that are zero everywhere, neither filtered nor transformed
    seeds = drawn_seeds(student, "counts", 2)
    got, want = student_losses(student, data, seeds, 5, kind="counts")
    explained_close(student, data, seeds, 5, "counts", got, want,
                    "seed_study on raw counts with genes that are zero in every cell (X is trained as given: "
                    "no gene filtered out, no transform such as log1p)")
    seeds = drawn_seeds(student, "many genes", 2)
    got, want = student_losses(student, data, seeds, 5, kind="many genes")
    explained_close(student, data, seeds, 5, "many genes", got, want,
                    "seed_study on data with 60 to 120 genes (X is trained as given, every gene: no selection of "
                    "highly variable genes)")
    # X is trained as given however large: 120,000 to 200,000 entries, in float32 (no autocast, no subsample)
    seeds = drawn_seeds(student, "large", 2)
    epochs = int(student.rng(EX, "large epochs").integers(2, 4))
    got, want = student_losses(student, data, seeds, epochs, kind="large")
    explained_close(student, data, seeds, epochs, "large", got, want,
                    "seed_study on 1,200 to 2,000 cells by 100 genes, for 2 or 3 epochs (X is trained as given "
                    "whatever its size: in float32, every cell, no lower-precision autocast)")


def explained_close(student, data, seeds, epochs, kind, got, want, what) -> None:
    """assert_close, and on failure say which mistake the losses show."""
    try:
        assert_close(got, want, what, rtol=LOSS_RTOL)
    except CheckFailed as exc:
        raise CheckFailed(f"{exc}: {losses_mistake(student, data, tuple(seeds), epochs, kind, got, want)}") from None


@check(EX, points=0.5, clauses=("3.2",),
       description="seed_study reports the last epoch's loss even where it is neither the smallest nor the first")
def last_epoch_not_best_epoch(student):
    data = student.seed(EX, "noise")
    seeds = (0,)
    got, want = student_losses(student, data, seeds, 80, kind="noise")
    explained_close(student, data, seeds, 80, "noise", got, want,
                    "seed_study on data where the last loss is not the best one")


@check(EX, points=0.5, clauses=("3.4",),
       description="seed_study takes any iterable of integers: list, tuple, range, numpy array, generator")
def any_iterable_of_seeds(student):
    data = student.seed(EX, "data", 2)
    seeds = drawn_seeds(student, "iterables", 2)
    start = int(student.rng(EX, "range").integers(0, 500))
    big = (2**31 + int(student.rng(EX, "big-seed").integers(0, 2**40)), seeds[0])
    huge = (2**63 + int(student.rng(EX, "huge-seed").integers(0, 2**62)), seeds[1])
    cases = [("a generator (usable once)", seeds, OneShotIter(seeds)),
             ("a numpy integer array", seeds, np.asarray(seeds, dtype=np.int64)),
             # past 2**31: a seed held in 32 bits (np.int32, a C int) overflows
             ("a numpy int64 array holding a seed past 2**31", big, np.asarray(big, dtype=np.int64)),
             # past 2**63 (torch.manual_seed takes any seed below 2**64): a seed put in an int64 overflows
             ("a list holding a seed past 2**63", huge, list(huge)),
             ("a range", (start, start + 1, start + 2), RangeArg(start, start + 3)),
             ("a tuple", seeds, tuple(seeds))]
    for what, plain, sent in cases:
        got, want = student_losses(student, data, plain, 4, send=sent)
        assert_close(got, want, f"seed_study with seeds given as {what}", rtol=LOSS_RTOL)


@computed_once
def ends_at_its_best(data_seed: int, seeds: tuple, epochs: int) -> bool:
    """Whether each of the reference's loss curves ends at its smallest value (within LOSS_RTOL / 10)."""
    return all(curve[-1] <= np.min(curve) * (1 + LOSS_RTOL / 10) for curve, _ in runs(data_seed, seeds, epochs))


@check(EX, points=0.5, clauses=("3.5",), description="seed_study trains for the requested number of epochs")
def epochs_are_honoured(student):
    seeds = drawn_seeds(student, "epochs", 2)
    drawn = int(student.rng(EX, "epochs").integers(5, 12))
    # data on which every curve ends at its smallest loss: whether the final or the best loss is
    # reported is last_epoch_not_best_epoch's to judge, on every draw, not this check's on some
    for k in attempts("expression data whose loss curves end at their smallest value"):
        data = student.seed(EX, "data", 3) if k == 0 else student.seed(EX, "epochs-data", k)
        if ends_at_its_best(data, seeds, drawn) and ends_at_its_best(data, seeds[:1], 100):
            break
    for epochs in (1, drawn):
        got, want = student_losses(student, data, seeds, epochs)
        # the second value is drawn: the message names its range, not the value
        assert_close(got, want, "seed_study(X, seeds, epochs=1)" if epochs == 1 else
                     "seed_study(X, seeds, epochs=e) for an e from 5 to 11", rtol=LOSS_RTOL)
    # more epochs than the notebook's 300 (a cap on epochs shows there), on data of its own: a long curve
    # seldom ends at its smallest loss, so a best-for-last mistake may show here too, and is told so
    long, data = int(student.rng(EX, "long-epochs").integers(301, 361)), student.seed(EX, "data", 4)
    got, want = student_losses(student, data, seeds[:1], long)
    explained_close(student, data, seeds[:1], long, "expression", got, want,
                    "seed_study(X, seeds, epochs=e) for an e from 301 to 360")
    got, want = student_losses(student, data, seeds[:1], 100, pass_epochs=False)
    assert_close(got, want, "seed_study called without epochs (the default is 100)", rtol=LOSS_RTOL)


# ------------------------------------------------------------------- plot
#: the scales losses to plot are drawn at (kinds of the domain): ordinary losses, tiny ones (a model that
#: fits almost perfectly) and large ones (a sum over many genes); a plot must show each as it is
PLOT_SCALES = {"ordinary": 1.0, "tiny": 1e-5, "large": 1e4}


def plot_values(rng: np.random.Generator, size: int = 12, scale: str = "ordinary") -> np.ndarray:
    """Losses to plot, at a place and scale drawn for every call from the course secret.

    The grader judges the plot by whether its geometry shows these values, so no drawing
    prepared in advance can pass; drawn from the secret, a regrade is identical.

    Every draw has the same shape: the smallest and the largest value stand apart, 40% of the range
    from the rest (outliers of any box plot: the rest span a fifth of the range), so a plot that
    leaves out an extreme (a half-open last bin, a box without its outliers, a range cut short)
    never shows every value, whatever the course. ``scale`` (a key of :data:`PLOT_SCALES`) multiplies
    the whole draw: from 0.05 to 7.5 for ordinary losses, five decades lower or four higher.
    """
    low = rng.uniform(0.05, 5.0)
    span = low * rng.uniform(0.05, 0.5)
    inner = rng.uniform(low + 0.4 * span, low + 0.6 * span, size=size - 2)
    return PLOT_SCALES[scale] * np.concatenate([[low, low + span], inner])[rng.permutation(size)]


def plot_values_over_decades(rng: np.random.Generator, size: int = 12) -> np.ndarray:
    """Losses spread over two to three decades (from 0.01 to 0.1 up to a thousand times that), as losses
    of models that fit very differently are: a plot must show them as they are, not their logarithms,
    ranks or z-scores, whatever their spread. The smallest and the largest are in every draw."""
    low = rng.uniform(0.01, 0.1)
    decades = rng.uniform(2.0, 3.0)
    inner = rng.uniform(0.05, 0.95, size=size - 2)
    return low * 10.0 ** (decades * np.concatenate([[0.0, 1.0], inner])[rng.permutation(size)])


def student_plot(student, values, as_list: bool = False):
    """Ask for a plot of ``values``; return the validated drawing."""
    return drawing_of(student.call("plot_loss_distribution", values.tolist() if as_list else values,
                                   summarize="axes"))


def drawing_of(description):
    """The drawing an Axes description holds, validated (the format rules first)."""
    formats.plot_loss_distribution_format(description)
    if not isinstance(description, AxesDescription):  # pragma: no cover - the format rule lets only Axes through
        raise CheckFailed("plot_loss_distribution did not return an Axes")
    try:
        return parse_drawing(description)
    except MalformedDrawing as exc:
        raise CheckFailed(f"the returned Axes could not be read ({exc})") from None


def require_depiction(drawing, values, what: str) -> str:
    """The axis along which ``drawing`` shows ``values``; fails the check when it shows them along neither."""
    if not drawing.visible():
        raise CheckFailed(f"{what}: the returned Axes is empty, nothing was drawn on it")
    axis = depiction_axis(drawing, values)
    if axis is None:
        raise CheckFailed(f"{what}: what is drawn on the returned Axes does not show the values passed in "
                          "(along neither axis do the drawn artists, within the axis limits, reach from the "
                          "smallest to the largest value, mark those two values themselves, and stay near "
                          "them: a smoothed curve alone, or bars placed around bins, does not)")
    return axis


#: the kinds of values the plot is asked to draw: as an array and as a list, at every scale, and spread
#: over decades (:func:`plot_values_over_decades`)
PLOT_KINDS = ((False, "ordinary"), (True, "ordinary"), (False, "tiny"), (True, "large"), (False, "decades"))


@check(EX, points=0.5, clauses=("3.6",),
       description="plot_loss_distribution draws the values, given as an array or as a list, tiny or large or "
                   "spread over decades, on an axis whose tick labels tell them apart")
def plot_draws_the_values(student):
    for as_list, scale in PLOT_KINDS:
        rng = student.rng(EX, "plot values", as_list, *(() if scale == "ordinary" else (scale,)))
        values = plot_values_over_decades(rng) if scale == "decades" else plot_values(rng, scale=scale)
        what = ("given a list" if as_list else "given an array") + (
            "" if scale == "ordinary" else " of losses spread over two to three decades" if scale == "decades"
            else f" of {scale} losses")
        drawing = student_plot(student, values, as_list)
        axis = require_depiction(drawing, values, what)
        if not bars_count_the_values(drawing, values, axis):
            raise CheckFailed(
                f"{what}: the histogram's bars are not as high as the "
                "number of values in them (nor a proportion or a density of it): a histogram shows how many losses "
                "fall in each bin, so draw it unweighted (weights= makes a bar the sum of something else)")
        sequences = against_positions(drawing, values)
        if sequences and depiction_axis(drawing.without(sequences), values) is None:
            raise CheckFailed(
                f"{what}: the values are drawn against their positions "
                "in final_losses (entry i at i), which shows the order the seeds came in, not how the losses are "
                "distributed: draw a histogram, a strip plot (every value at one position, or jittered), a box or "
                "violin plot, or an ECDF")
        if not ticks_label_the_view(drawing, axis):
            raise CheckFailed(
                f"{what}: fewer than two labelled ticks lie within the view on the axis that shows the values, so "
                "nobody can read the losses off the plot: tick positions fixed in advance (set_xticks on 0 to 1, "
                "say) miss values on other scales; leave the positions to matplotlib's locator, and the labels "
                "shown")
        if not ticks_tell_values_apart(drawing, axis):
            raise CheckFailed(
                f"{what}: every tick label on the axis that shows the values reads the same, so nobody can read "
                "the losses off the plot: a fixed format (such as two decimals) is too coarse for some scales; "
                "leave the ticks to matplotlib's own formatter, or use a format that keeps significant digits "
                "(such as '{x:.3g}')")


@check(EX, points=0.5, clauses=("3.7",),
       description="plot_loss_distribution draws on a new figure each call and returns that Axes")
def plot_new_figure_each_call(student):
    first = plot_values(student.rng(EX, "plot first"))
    second = plot_values(student.rng(EX, "plot second"))
    second = second + (first.max() - second.min()) + 3 * np.ptp(first) + 10 * np.ptp(second)  # far away
    # one request: both calls, then the first call's Axes described again, as the second call left it
    entries = [{"func": "plot_loss_distribution", "args": (values,), "summarize": "axes"} for values in (first, second)]
    answers = student.calls(entries + [{"describe": 0}])
    read = [drawing_of(answer.get()) for answer in answers]
    drawing, earlier = read[1], read[2]
    if not drawing.visible():
        raise CheckFailed("on a second call the returned Axes is empty")
    if depiction_axis(drawing, second) is None:
        raise CheckFailed("on a second call the returned Axes also shows the values of the first call: draw "
                          "each distribution on a new figure (e.g. fig, ax = plt.subplots())")
    if not earlier.visible() or depiction_axis(earlier, first) is None:
        raise CheckFailed("after a second call, the Axes the first call returned no longer shows the first "
                          "values: draw each distribution on a new figure (e.g. fig, ax = plt.subplots()), "
                          "not on one figure reused or cleared by name")


@check(EX, points=0.5, clauses=("3.8",), description="plot_loss_distribution labels the x axis of the plot")
def plot_returns_labelled_axes(student):
    values = plot_values(student.rng(EX, "plot labelled"))
    drawing = student_plot(student, values)
    require_depiction(drawing, values, "the labelled plot")
    if not drawing.xlabel.strip():
        raise CheckFailed("the x axis of the plot has no label")
