# verdict: correct
# what: list built by unpacking a generator expression into np.array; plot: np.histogram counts drawn with ax.stairs (filled) plus a marker for each individual loss, labels set with ax.set(...)
def seed_study(X, seeds, epochs=100):
    return np.array([*(train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds)], dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.array(final_losses, dtype=float)
    counts, edges = np.histogram(values, bins='auto')
    fig, ax = plt.subplots()
    ax.stairs(counts, edges, fill=True, alpha=0.5, label='histogram')
    ax.plot(values, np.full(values.shape, -0.05 * max(counts.max(), 1)), 'k^', label='individual runs')
    ax.set(xlabel='final training loss', ylabel='number of seeds', title='Distribution of final losses')
    ax.legend()
    return ax
