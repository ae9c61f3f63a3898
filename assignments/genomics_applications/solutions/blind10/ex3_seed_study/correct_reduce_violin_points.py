# verdict: correct
# what: correct; seed_study folds the seeds with functools.reduce into a tuple of Python floats (one train_autoencoder call per seed, in order, repeats kept), then np.fromiter; the plot is a horizontal violin (its body spans the smallest to the largest value) with every loss drawn as a point on top, on plt.figure().add_subplot(), x axis labelled
import functools


def seed_study(X, seeds, epochs=100):
    finals = functools.reduce(
        lambda acc, s: acc + (float(train_autoencoder(X, s, epochs=epochs)[1][-1]),), seeds, ())
    return np.fromiter(finals, dtype=np.float64, count=len(finals))


def plot_loss_distribution(final_losses):
    vals = np.array(final_losses, dtype=np.float64).ravel()
    ax = plt.figure(figsize=(7, 3)).add_subplot()
    if np.ptp(vals) > 0:
        ax.violinplot(vals, positions=[0.0], orientation='horizontal', showextrema=True)
    ax.scatter(vals, np.zeros_like(vals), color='black', zorder=3, s=18)
    ax.set_yticks([])
    ax.set_xlabel('final training loss after the last epoch (MSE)')
    return ax
