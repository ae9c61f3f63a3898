# verdict: wrong
# what: log-spaced histogram bins made with np.logspace(values.min(), values.max(), ...), which takes exponents, so the bins run from 10**min to 10**max: [0.50, ..., 0.90] gets bins from 3.16 to 7.94 and every bar is empty (nothing drawn at any value), [10.4, 10.45] gets bins near 2.5e10 to 2.8e10; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    # losses span orders of magnitude across seeds and epochs: log-spaced bins on a log axis
    bins = np.logspace(values.min(), values.max(), min(10, values.size) + 1)
    ax.hist(values, bins=bins, edgecolor='black')
    ax.set_xscale('log')
    ax.set_xlabel('final training loss (MSE, log scale)')
    ax.set_ylabel('number of seeds')
    return ax
