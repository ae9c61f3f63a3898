# verdict: correct
# what: an explicit loop collecting losses[-1] into a list then np.asarray(float); the plot is a horizontal violin with its extrema plus a jittered strip of every value, on a new figure from plt.figure().add_subplot().
def seed_study(X, seeds, epochs=100):
    finals = []
    for s in seeds:                       # works for generators: iterated once
        _, losses = train_autoencoder(X, s, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=np.float64)


def plot_loss_distribution(final_losses):
    v = np.array(final_losses, dtype=float)          # a copy: the caller's data stay as they are
    fig = plt.figure(figsize=(7, 3))
    ax = fig.add_subplot(1, 1, 1)
    ax.violinplot(v, vert=False, showextrema=True, showmedians=True)
    jitter = np.random.default_rng(0).uniform(-0.08, 0.08, size=v.size)
    ax.scatter(v, 1.0 + jitter, s=18, color='black', zorder=3, label='one seed')
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE, last epoch)')
    ax.set_title(f'{v.size} seeds')
    ax.legend(loc='upper right')
    return ax
