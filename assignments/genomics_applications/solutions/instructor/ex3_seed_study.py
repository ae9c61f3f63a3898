def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed.

    Returns a 1-D float numpy array with one entry per seed, in the order given:
    the loss recorded in the last epoch (losses[-1]).
    """
    ### BEGIN SOLUTION
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds],
                    dtype=float)
    ### END SOLUTION


def plot_loss_distribution(final_losses):
    """Draw the distribution of `final_losses` on a new figure, label the x axis, return the Axes."""
    ### BEGIN SOLUTION
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.set_ylabel('number of seeds')
    return ax
    ### END SOLUTION
