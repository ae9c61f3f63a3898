# verdict: wrong
# what: draws only a Gaussian kernel density estimate (scipy.stats.gaussian_kde) on a grid from min - 3 bw to max + 3 bw: a smoothed curve, no mark at any value, and wider than the data; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest ... not only a summary".
from scipy.stats import gaussian_kde

def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    kde = gaussian_kde(values)
    bw = np.sqrt(kde.covariance[0, 0])
    grid = np.linspace(values.min() - 3 * bw, values.max() + 3 * bw, 300)
    fig, ax = plt.subplots()
    ax.plot(grid, kde(grid), color='tab:blue')
    ax.fill_between(grid, kde(grid), alpha=0.3)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('density')
    return ax
