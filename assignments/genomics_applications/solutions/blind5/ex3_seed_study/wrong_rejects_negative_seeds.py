# verdict: wrong
# what: validates each seed as a non-negative integer (numpy's rule for np.random.seed) and raises ValueError for a negative one, which train_autoencoder accepts; breaks "seeds is any iterable of at least one integer".
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        if not isinstance(seed, (int, np.integer)) or seed < 0:
            raise ValueError(f"seeds must be non-negative integers, got {seed!r}")
        _, losses = train_autoencoder(X, int(seed), epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
