# verdict: wrong
# what: plot_loss_distribution starts with plt.clf() "to start from a clean slate" and then makes its new figure; plt.clf() wipes the caller's current figure, which is the figure the previous call returned: after ax1 = plot([0.50, 0.51, 0.52, 0.53, 0.54, 0.90]) and plot([10.4, 10.45]), ax1 has no artists left (0 patches instead of 6) and is no longer in its figure; breaks "the figures already open (close only your own, and draw on a new figure, not on plt.gcf()) ... are the caller's"
# A habit from scripts, where clearing before plotting avoids overplotting.
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    plt.clf()
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
