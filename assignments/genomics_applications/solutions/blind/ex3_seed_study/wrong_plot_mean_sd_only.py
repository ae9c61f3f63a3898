# verdict: wrong
# what: the plot is only the mean with a ±1 sd error bar: a summary, the individual losses and their range from smallest to largest are not shown
def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final.append(losses[-1])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 3))
    mean, sd = values.mean(), values.std(ddof=1)
    ax.errorbar([mean], [0.0], xerr=[[sd], [sd]], fmt='o', capsize=6, color='darkred')
    ax.set_yticks([])
    ax.set_xlabel('final training loss (mean ± sd over seeds)')
    return ax
