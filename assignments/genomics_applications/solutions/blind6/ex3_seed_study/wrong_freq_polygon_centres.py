# verdict: wrong
# what: a frequency polygon through the bin centres only, so the line runs from min + w/2 to max - w/2 and the smallest and largest losses are not reached; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    counts, edges = np.histogram(values, bins=min(8, values.size))
    centres = 0.5 * (edges[:-1] + edges[1:])
    fig, ax = plt.subplots()
    ax.plot(centres, counts, "o-")                        # frequency polygon
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
