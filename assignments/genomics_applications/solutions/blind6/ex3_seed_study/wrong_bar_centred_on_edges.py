# verdict: wrong
# what: the histogram is drawn with ax.bar(edges[:-1], counts, width=np.diff(edges)), whose default align='center' centres each bar on its LEFT edge, so every bar is shifted half a bin to the left and the drawing spans min - w/2 ... max - w/2; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    counts, edges = np.histogram(values, bins=min(10, values.size))
    fig, ax = plt.subplots()
    ax.bar(edges[:-1], counts, width=np.diff(edges), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
