# verdict: correct
# what: map() with a helper; empirical CDF drawn as a step plot of the sorted losses
def _final_loss(X, seed, epochs):
    _, losses = train_autoencoder(X, seed, epochs=epochs)
    return losses[-1]


def seed_study(X, seeds, epochs=100):
    return np.asarray(list(map(lambda s: _final_loss(X, s, epochs), seeds)), dtype=np.float64)


def plot_loss_distribution(final_losses):
    xs = np.sort(np.asarray(final_losses))
    ys = np.arange(1, xs.size + 1) / xs.size
    fig, ax = plt.subplots()
    ax.step(xs, ys, where='post')
    ax.plot(xs, ys, 'k.')
    ax.set(xlabel='final loss', ylabel='fraction of seeds <= loss', title='ECDF of final losses')
    ax.grid(alpha=0.3)
    return ax
