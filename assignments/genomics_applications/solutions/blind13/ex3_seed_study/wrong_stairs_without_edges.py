# verdict: wrong
# what: draws np.histogram's counts with ax.stairs(counts) without passing the edges, so the steps sit at the bin indices 0 .. k: [0.50, ..., 0.90] is drawn over x from 0 to 6 instead of 0.50 to 0.90, [10.4, 10.45] over 0 to 2, [1.7e-5, 2.0e-5, 2.6e-5] over 0 to 3; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest: not transformed values"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    counts, edges = np.histogram(values, bins=min(10, values.size))
    fig, ax = plt.subplots()
    ax.stairs(counts, fill=True, alpha=0.6)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
