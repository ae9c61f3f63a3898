# verdict: wrong
# what: the distribution is drawn with seaborn's histplot(x=values, discrete=True), read as "one bar per seed"; discrete=True means integer-valued data (bins of width 1 centred on integers), so all the losses fall in one wide bar: [0.50, 0.51, 0.52, 0.53, 0.54, 0.90] is drawn as a single bar over [0, 1] of height 6, and [10.4, 10.45] as one bar over [9.9, 10.9], instead of bars that separate the values between the smallest and the largest; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
import seaborn as sns


def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses (one bar per seed) on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    sns.histplot(x=values, discrete=True, ax=ax)
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
