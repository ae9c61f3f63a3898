# verdict: wrong
# what: caches final losses in a module-level dict keyed by (seed, epochs) only, so a later call on different data X with a seed and epochs seen before returns the loss of the earlier data
_final_loss_cache = {}     # (seed, epochs) -> final loss: training is slow, never train twice


def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        key = (int(seed), int(epochs))
        if key not in _final_loss_cache:
            _final_loss_cache[key] = train_autoencoder(X, seed, epochs=epochs)[1][-1]
        final.append(_final_loss_cache[key])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(values, bins=min(10, len(values)), color='steelblue', edgecolor='white')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('count')
    ax.set_title('Final loss across seeds')
    return ax
