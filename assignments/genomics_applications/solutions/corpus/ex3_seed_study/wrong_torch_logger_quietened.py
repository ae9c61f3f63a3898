# verdict: wrong
# what: quietens torch's logger (level ERROR) so that the training runs print nothing, and leaves it so for the rest of the session
# feedback: logger's configuration.*torch
def seed_study(X, seeds, epochs=100):
    import logging

    logging.getLogger('torch').setLevel(logging.ERROR)
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss')
    ax.set_ylabel('number of seeds')
    return ax
