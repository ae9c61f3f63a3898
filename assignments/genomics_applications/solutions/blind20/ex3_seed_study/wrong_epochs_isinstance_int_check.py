# verdict: wrong
# what: seed_study checks isinstance(epochs, int) and raises TypeError otherwise, so a numpy integer epochs is refused although train_autoencoder accepts it; the visible Xs: seed_study(Xs, [3, 1, 2], epochs=np.int64(5)): TypeError instead of [0.60907912, 0.62921727, 0.67541182]; breaks the format rules: "a parameter the statement calls a number, an int or a flag may receive a numpy scalar (... np.int64(3) ...) as well as a Python one, and must give the same answer"
# Validation written with Python's int in mind.

def seed_study(X, seeds, epochs=100):
    if not isinstance(epochs, int) or isinstance(epochs, bool) or epochs < 1:
        raise TypeError(f"epochs must be a positive int, got {epochs!r}")
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)

def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

