# verdict: wrong
# what: the plot function ends with plt.show() "so the histogram appears"; in the notebook (matplotlib's inline backend) plt.show() displays and then closes every open figure, so the returned Axes belongs to a closed figure and the caller's own figures are closed too; with MPLBACKEND=module://matplotlib_inline.backend_inline, fig0 = plt.figure() followed by a call on [0.50, 0.51, 0.52, 0.53, 0.54, 0.90] leaves plt.get_fignums() == [] instead of [1, 2] (on Agg it only warns that the figure cannot be shown); breaks the format rules' "the figures already open (close only your own ...)" and the statement's "Draw their distribution on a new figure ... and return the matplotlib Axes you drew on" (its figure is no longer open)
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure, x axis labelled."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    plt.show()
    return ax
