# verdict: wrong
# what: draws the ECDF as a step line through (value_i, i/n) without sorting the values first; the visible inputs happen to be sorted, but seed_study's output is in seed order: for [0.61, 0.50, 0.55, 0.90, 0.52] the line zig-zags (height 0.2 at 0.61, 0.4 at 0.50, ..., 1.0 at 0.52) instead of the ECDF (0.2 at 0.50, 0.4 at 0.52, 0.6 at 0.55, 0.8 at 0.61, 1.0 at 0.90); breaks "Draw their distribution ... ECDF"
def seed_study(X, seeds, epochs=100):
    result = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        result.append(float(losses[-1]))
    return np.array(result)


def plot_loss_distribution(final_losses):
    x = np.asarray(final_losses, dtype=float)
    n = len(x)
    heights = np.arange(1, n + 1) / n
    fig, ax = plt.subplots()
    ax.step(x, heights, where='post', marker='o')
    ax.set_ylim(0, 1.05)
    ax.set_xlabel('final training loss')
    ax.set_ylabel('fraction of seeds <= loss')
    return ax
