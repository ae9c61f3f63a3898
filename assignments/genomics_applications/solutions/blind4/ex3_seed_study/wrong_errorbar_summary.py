# verdict: wrong
# what: draws only the mean with a +/- 1 sd error bar. Breaks "What you draw must show the values themselves, spanning them from the smallest to the largest: ... not only a summary such as mean +/- sd".
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(6, 2.5))
    ax.errorbar([values.mean()], [0.0], xerr=[values.std(ddof=1)], fmt='o', capsize=6)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (mean +/- sd over seeds)')
    return ax
