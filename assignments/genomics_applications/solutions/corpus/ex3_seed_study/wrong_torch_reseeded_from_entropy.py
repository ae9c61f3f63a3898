# verdict: wrong
# what: calls torch.seed() after the study to make torch's generator 'random again', reseeding it from the operating system's entropy, so the caller's later torch draws cannot be reproduced
# feedback: reseeded from outside the arguments
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed.

    Returns a 1-D float numpy array with one entry per seed, in the order given:
    the loss recorded in the last epoch (losses[-1]).
    """
    finals = np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)
    torch.seed()  # the study fixed torch's seed: make it random again for whatever runs next
    return finals


def plot_loss_distribution(final_losses):
    """Draw the distribution of `final_losses` on a new figure, label the x axis, return the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.set_ylabel('number of seeds')
    return ax
