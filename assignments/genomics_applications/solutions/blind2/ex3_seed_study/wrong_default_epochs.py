# verdict: wrong
# what: default number of epochs is 10 instead of 100 (signature seed_study(X, seeds, epochs=10)); breaks "seed_study(X, seeds, epochs=100)" when epochs is not passed
import numpy as np
import matplotlib.pyplot as plt


def seed_study(X, seeds, epochs=10):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    return ax
