# verdict: wrong
# what: draws the rug of a histogram-plus-rug with transform=ax.transAxes (to keep it at the bottom), so the x of every tick is read as a fraction of the axes, not as a loss; input: [0.50, 0.51, 0.52, 0.53, 0.54, 0.90]: the ticks sit at x = 0.70 ... 0.876 in data units (0.48 + 0.44 v) instead of at 0.50 ... 0.90; [10.4, 10.45]: both ticks fall outside the axes (x fraction 10.4) and are clipped away; the histogram is right; breaks 'What you draw must show the values themselves'
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), color='lightsteelblue', edgecolor='black')
    # a rug along the bottom of the axes, one tick per seed
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15, transform=ax.transAxes)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
