# verdict: wrong
# what: an ECDF whose heights are np.arange(n) / n, so the smallest loss is drawn at height 0 and the curve never reaches 1 (off by one step: the heights should be 1/n ... 1); breaks "Draw their distribution" (an ECDF that shows the wrong proportions)
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.sort(np.asarray(final_losses, dtype=float))
    heights = np.arange(values.size) / values.size         # share of seeds below each loss
    fig, ax = plt.subplots()
    ax.step(values, heights, where="post", marker="o")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("fraction of seeds")
    return ax
