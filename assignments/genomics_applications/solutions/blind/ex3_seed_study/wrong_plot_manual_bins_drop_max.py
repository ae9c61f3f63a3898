# verdict: wrong
# what: hand-made histogram with half-open bins [lo, hi): the largest loss falls in no bin, so the bars count n - 1 values and the maximum is not shown
def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final.append(losses[-1])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    n_bins = 8
    edges = np.linspace(values.min(), values.max(), n_bins + 1)
    counts = [int(np.sum((values >= lo) & (values < hi))) for lo, hi in zip(edges[:-1], edges[1:])]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.bar(edges[:-1], counts, width=np.diff(edges), align='edge', edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
