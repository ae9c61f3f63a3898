# verdict: correct
# what: correct: every training run inside torch.random.fork_rng(devices=[]) (the caller's global torch generator is restored afterwards), final losses gathered in a collections.deque and returned with np.array(..., dtype=np.float64); the plot is a Sturges histogram drawn as a filled step outline with ax.fill_between(step='post') (a narrow bin around the value when all losses are equal) plus a rug of every loss, on plt.figure().add_axes(...), x axis labelled
import collections


def seed_study(X, seeds, epochs=100):
    finals = collections.deque()
    for seed in seeds:
        with torch.random.fork_rng(devices=[]):
            _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.array(final_losses, dtype=np.float64)
    lo, hi = values.min(), values.max()
    if hi > lo:
        edges = np.histogram_bin_edges(values, bins='sturges', range=(lo, hi))
    else:
        half = max(abs(lo) * 1e-3, 1e-12)
        edges = np.array([lo - half, hi + half])
    counts, _ = np.histogram(values, bins=edges)
    fig = plt.figure(figsize=(7, 4))
    ax = fig.add_axes([0.12, 0.15, 0.83, 0.75])
    ax.fill_between(edges, np.append(counts, counts[-1]), step='post', alpha=0.4, color='tab:green')
    ax.scatter(values, np.zeros_like(values), marker='|', s=300, color='black', clip_on=False, zorder=3)
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.set_ylabel('seeds per bin')
    return ax
