# verdict: wrong
# what: validates every seed with isinstance(seed, int) (and not bool) and raises TypeError otherwise; numpy integers are not Python ints, so a numpy integer array of seeds (np.arange(3), np.array([4, 4], dtype=np.int32)) is refused; breaks "`seeds` is any iterable of at least one integer: a list, a tuple, a `range`, a numpy integer array, or a generator"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise TypeError(f"seeds must be integers, got {seed!r} of type {type(seed).__name__}")
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    if not finals:
        raise ValueError("seeds must contain at least one seed")
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
