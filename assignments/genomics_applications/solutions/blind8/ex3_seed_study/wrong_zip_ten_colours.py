# verdict: wrong
# what: strip plot with one colour per seed, for value, colour in zip(values, plt.cm.tab10.colors): zip stops at the 10 colours, so from the 11th loss on nothing is drawn; the notebook's 10 seeds and the visible inputs are fine, but final_losses = r_[linspace(0.51, 0.55, 10), 0.40, 0.70] (12 seeds) is drawn over [0.51, 0.55] instead of [0.40, 0.70]; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    final = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    return np.asarray(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(8, 2.5))
    for value, colour in zip(values, plt.cm.tab10.colors):      # one colour per seed
        ax.plot([value], [0.0], 'o', color=colour, markersize=9, alpha=0.8)
    ax.axvline(np.median(values), color='grey', ls='--', lw=1)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    return ax
