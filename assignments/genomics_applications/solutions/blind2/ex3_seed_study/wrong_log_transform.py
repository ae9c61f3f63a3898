# verdict: wrong
# what: histogram of log10 of the final losses instead of the values themselves; breaks "What you draw must show the values themselves ...: not transformed values (a logarithmic axis is fine)"
import numpy as np
import matplotlib.pyplot as plt


def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.log10(np.asarray(final_losses, dtype=float))
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('log10(final training loss)')
    ax.set_ylabel('number of seeds')
    return ax
