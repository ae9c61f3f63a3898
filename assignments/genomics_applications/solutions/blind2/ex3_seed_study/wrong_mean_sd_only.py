# verdict: wrong
# what: draws only the mean +/- sd as one error bar; breaks "not only a summary such as mean +/- sd" (the values themselves, from the smallest to the largest, are not shown)
import numpy as np
import matplotlib.pyplot as plt


def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.errorbar([values.mean()], [0.0], xerr=[values.std(ddof=1)], fmt='o', capsize=6)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (mean +/- sd over seeds)')
    return ax
