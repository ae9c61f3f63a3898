# verdict: wrong
# what: takes the best (minimum) loss over the epochs instead of the last entry; breaks "take the final training loss, the last entry of the returned losses list" whenever the loss is not monotone (e.g. Adam oscillating over many epochs)
import numpy as np
import matplotlib.pyplot as plt


def seed_study(X, seeds, epochs=100):
    out = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        out.append(min(losses))
    return np.asarray(out, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, len(values)))
    ax.set_xlabel('final training loss')
    ax.set_ylabel('count')
    return ax
