# verdict: wrong
# what: draws the ECDF with ax.step(x_sorted, i/n) and pyplot's default where='pre', which holds each height to the LEFT of its x, so the curve is one step ahead: for losses [0.61, 0.50, 0.55, 0.90, 0.52] the line's vertices are (0.50, 0.2), (0.50, 0.4), (0.52, 0.4), (0.52, 0.6), (0.55, 0.6), (0.55, 0.8), (0.61, 0.8), (0.61, 1.0), (0.90, 1.0): it shows 0.4 on [0.50, 0.52) instead of 0.2 and reaches 1 at 0.61 instead of 0.90 (where='post' is the empirical distribution function); the drawn x range is still [min, max]; breaks "Draw their distribution ... (a histogram, strip plot, box or violin plot, ECDF, or a combination)" and "What you draw must show the values themselves"
def seed_study(X, seeds, epochs=100):
    return np.fromiter((train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds), dtype=float)


def plot_loss_distribution(final_losses):
    x = np.sort(np.asarray(final_losses, dtype=float))
    ecdf = np.arange(1, x.size + 1) / x.size          # F(x_(i)) = i / n
    fig, ax = plt.subplots()
    ax.step(x, ecdf)                                  # the empirical distribution function
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('fraction of seeds')
    ax.set_ylim(0, 1.05)
    return ax
