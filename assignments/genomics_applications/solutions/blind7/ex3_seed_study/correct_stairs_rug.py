# verdict: correct
# what: seed_study with map over a functools.partial and np.array(list(...), float); plot: a filled step histogram with ax.stairs on edges from min to max (a narrow bin around the value when all are equal) plus an eventplot rug of every value, on a new Figure's Axes (plt.figure().add_subplot())
import functools


def seed_study(X, seeds, epochs=100):
    final = functools.partial(lambda s, data, n_ep: train_autoencoder(data, s, epochs=n_ep)[1][-1],
                              data=X, n_ep=epochs)
    return np.array(list(map(final, seeds)), dtype=np.float64)


def plot_loss_distribution(final_losses):
    v = np.array(list(final_losses), dtype=np.float64)
    lo, hi = v.min(), v.max()
    if hi > lo:
        edges = np.linspace(lo, hi, min(10, v.size) + 1)
    else:
        half = 1e-3 * max(abs(lo), 1e-12)
        edges = np.array([lo - half, lo + half])
    counts, _ = np.histogram(v, bins=edges)
    ax = plt.figure(figsize=(6, 4)).add_subplot()
    ax.stairs(counts, edges, fill=True, alpha=0.5, color='tab:orange')
    ax.eventplot(v, lineoffsets=-0.25, linelengths=0.4, colors='black')
    ax.set_xlabel('final training loss after the last epoch (MSE)')
    ax.set_ylabel('seeds per bin')
    return ax
