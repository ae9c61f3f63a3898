# verdict: wrong
# what: a strip plot drawn with ax.scatter(..., alpha=0), read as 'no transparency' (alpha 0 is fully transparent); input: every input, e.g. [0.5, 0.51, 0.9]: the scatter's offsets sit at the losses and the x label is set, but the collection's alpha is 0 (face colour (0.12, 0.47, 0.71, 0.0)), so the figure shows an empty Axes with only a label; breaks 'Draw their distribution ... What you draw must show the values themselves'
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    jitter = np.random.default_rng(0).uniform(-0.2, 0.2, values.size)
    ax.scatter(values, jitter, s=60, color='tab:blue', alpha=0)   # alpha=0: no transparency
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    return ax
