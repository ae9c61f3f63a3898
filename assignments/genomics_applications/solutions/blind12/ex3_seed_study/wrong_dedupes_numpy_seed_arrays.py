# verdict: wrong
# what: when seeds is a numpy array it replaces it by np.unique(seeds) ("seeds drawn with rng.integers can repeat"), which sorts and drops repeats: seed_study(_Xs, np.array([3, 1, 1]), epochs=5) returns [0.62921727, 0.60907912] instead of [0.60907912, 0.62921727, 0.62921727], and np.array([4, 4], dtype=np.int32) with 3 epochs [0.87316215] instead of [0.87316215, 0.87316215]; lists, ranges and generators (all the visible forms) are right; breaks "for each seed in seeds, in the order given ... A seed that appears twice gives two entries"
def seed_study(X, seeds, epochs=100):
    if isinstance(seeds, np.ndarray):
        # seeds drawn with rng.integers can repeat: train every distinct seed only once
        seeds = np.unique(seeds)
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, int(seed), epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), color='lightgray', edgecolor='black')
    ax.plot(values, np.zeros_like(values), '|', color='tab:red', markersize=18)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('seeds')
    return ax
