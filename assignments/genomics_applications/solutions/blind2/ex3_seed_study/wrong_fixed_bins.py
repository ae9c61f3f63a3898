# verdict: wrong
# what: histogram with fixed bins on [0, 1] (the range of the MSE losses seen in the lesson), so values outside [0, 1] are not drawn; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
import numpy as np
import matplotlib.pyplot as plt


def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=np.linspace(0.0, 1.0, 41), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
