# verdict: wrong
# what: a strip plot whose jitter (uniform +/- 0.05) is added to the loss values instead of to the other axis, so the points are drawn at shifted losses; breaks "What you draw must show the values themselves ...: not transformed values".
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    jitter = np.random.default_rng(0).uniform(-0.05, 0.05, size=values.size)
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.scatter(values + jitter, np.ones_like(values), alpha=0.7)   # jitter so equal losses do not overlap
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    return ax
