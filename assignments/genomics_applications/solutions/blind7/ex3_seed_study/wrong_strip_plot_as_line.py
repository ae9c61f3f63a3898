# verdict: wrong
# what: a "strip plot" written as ax.plot(values, zeros) without a marker, which draws one solid line segment from the smallest to the largest loss, so the individual values (and how they cluster) are not visible, only the range; breaks "What you draw must show the values themselves ... not only a summary"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.sort(np.asarray(final_losses, dtype=float))
    fig, ax = plt.subplots(figsize=(7, 2.5))
    ax.plot(values, np.zeros_like(values), color='tab:red', lw=2)     # one point per seed
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    ax.set_title(f'{values.size} seeds')
    return ax
