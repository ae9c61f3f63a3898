# verdict: wrong
# what: a histogram drawn as ax.bar(bin centres, counts) without width=, so every bar is 0.8 loss units wide (matplotlib's default) whatever the bin width: the bars overlap and stretch far beyond the data; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest".
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    counts, edges = np.histogram(values, bins=min(10, values.size))
    centres = 0.5 * (edges[:-1] + edges[1:])
    fig, ax = plt.subplots()
    ax.bar(centres, counts, edgecolor='black', alpha=0.7)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
