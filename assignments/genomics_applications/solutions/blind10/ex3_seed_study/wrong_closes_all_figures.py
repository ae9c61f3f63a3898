# verdict: wrong
# what: calls plt.close('all') at the start 'to avoid piling up open figures', so each call closes every other open figure, including the caller's and the previous call's; fig0 = plt.figure(), then a1 = plot_loss_distribution([0.5, 0.6]), a2 = plot_loss_distribution([0.7, 0.8]): afterwards fig0 and a1.figure are no longer managed by pyplot (plt.show() would not show them) while the reference and instructor leave all three open; each returned Axes itself is right (histogram plus rug over [min, max], labelled x axis); breaks 'Draw their distribution on a new figure (e.g. fig, ax = plt.subplots())' (a new figure, not closing the others)
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    plt.close('all')                           # avoid piling up open figures
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
