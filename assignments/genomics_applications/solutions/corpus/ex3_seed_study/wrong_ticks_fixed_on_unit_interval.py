# verdict: wrong
# what: sets the x ticks at 0, 0.2, ..., 1 (losses are fractions, it assumes) and then the view to the values, so values on another scale have no tick in view
# feedback: labelled ticks lie within the view


def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed.

    Returns a 1-D float numpy array with one entry per seed, in the order given:
    the loss recorded in the last epoch (losses[-1]).
    """
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds],
                    dtype=float)


def plot_loss_distribution(final_losses):
    """Draw the distribution of `final_losses` on a new figure, label the x axis, return the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xticks(np.linspace(0.0, 1.0, 6))
    ax.set_xlim(values.min(), values.max())
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.set_ylabel('number of seeds')
    return ax
