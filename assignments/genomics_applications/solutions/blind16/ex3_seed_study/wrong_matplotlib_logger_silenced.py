# verdict: wrong
# what: silences matplotlib's font messages with logging.getLogger('matplotlib').setLevel(logging.ERROR) and leaves it; input: any call, e.g. [0.51, 0.52, 0.55, 0.56, 0.6]: the plot is right, but afterwards the 'matplotlib' logger's level is 40 instead of 0 (NOTSET), so the caller's later matplotlib warnings and debug logging are dropped; breaks the format rules' 'each must leave the session as it found it' (the logging configuration)
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)

import logging


def plot_loss_distribution(final_losses):
    # silence matplotlib's font-manager chatter
    logging.getLogger('matplotlib').setLevel(logging.ERROR)
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
