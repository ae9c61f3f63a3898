# verdict: wrong
# what: an ECDF built on np.unique(values) with heights 1/m ... 1 (m distinct values), so tied losses (a repeated seed gives a repeated entry) are counted once and the steps are wrong; breaks "Draw their distribution" (the ECDF of the values given).
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    x = np.unique(values)                                       # sorted
    heights = np.arange(1, x.size + 1) / x.size
    fig, ax = plt.subplots()
    ax.step(x, heights, where='post', marker='o')
    ax.set_ylim(0, 1.05)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('fraction of seeds with loss <= x')
    return ax
