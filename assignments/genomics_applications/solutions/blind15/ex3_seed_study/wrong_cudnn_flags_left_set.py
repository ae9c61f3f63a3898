# verdict: wrong
# what: the usual reproducibility snippet torch.backends.cudnn.deterministic = True, torch.backends.cudnn.benchmark = False, left set; input: any call, e.g. seed_study(X, [3, 1, 2], epochs=5) on the visible tensor: torch.backends.cudnn.deterministic is True afterwards instead of False; the losses are right; breaks the format rules' 'each must leave the session as it found it (... torch's ... modes (deterministic algorithms ...)'
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    # the usual reproducibility settings, so that every seed gives the same run every time
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses with a rug of every value, on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

