"""The caller's figures a contract request opens in the kernel before its calls: two, numbered with a
gap between them, the last current, so that a function drawing on the current figure or on a figure
number it picks itself changes one of them (the contracts read the figures' contents around each call)."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from autograder.kernel.agent import open_callers_figures  # noqa: E402


def test_a_callers_figures_have_a_gap_in_their_numbers_below_the_current_one():
    """A function that numbers its figure itself (open count + 1) lands on an open figure of the caller."""
    plt.close("all")
    try:
        first, last = open_callers_figures()
        numbers = plt.get_fignums()
        assert numbers == [first.number, last.number] and last.number - first.number == 2
        assert plt.gcf() is last and len(plt.get_fignums()) + 1 == last.number
        assert all(len(figure.axes[0].lines) == 1 for figure in (first, last))
    finally:
        plt.close("all")
