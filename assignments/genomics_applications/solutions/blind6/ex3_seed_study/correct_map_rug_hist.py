# verdict: correct
# what: seed_study with map over the iterable and np.asarray(float64); the plot is a step histogram with explicit edges from min to max plus a rug of every value, on plt.figure().add_subplot()
def seed_study(X, seeds, epochs=100):
    def final_loss(seed):
        return float(train_autoencoder(X, seed, epochs=epochs)[1][-1])
    return np.asarray(list(map(final_loss, seeds)), dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.array(final_losses, dtype=np.float64)         # a copy: the caller's data stay as they are
    lo, hi = values.min(), values.max()
    if hi > lo:
        edges = np.linspace(lo, hi, min(10, values.size) + 1)
    else:                                                     # all values equal: one bin around them
        half = 0.5 if lo == 0 else abs(lo) * 1e-3
        edges = np.array([lo - half, hi + half])
    fig = plt.figure()
    ax = fig.add_subplot()
    ax.hist(values, bins=edges, histtype="stepfilled", alpha=0.5)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=20)   # every seed
    ax.set_xlabel("final training loss per seed (MSE)")
    ax.set_ylabel("seeds")
    return ax
