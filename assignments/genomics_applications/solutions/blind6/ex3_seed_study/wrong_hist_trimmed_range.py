# verdict: wrong
# what: the histogram range is the 5th to 95th percentile "so one outlying seed does not squash the plot", so the smallest and largest losses fall outside the bins and are not drawn; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    lo, hi = np.percentile(values, [5, 95])               # robust range
    fig, ax = plt.subplots()
    ax.hist(values, bins=10, range=(lo, hi), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
