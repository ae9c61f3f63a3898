# verdict: wrong
# what: histograms log10 of the losses (transformed values) instead of the losses themselves on a (possibly logarithmic) axis
def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final.append(losses[-1])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(np.log10(values), bins=min(10, len(values)), edgecolor='black')
    ax.set_xlabel('log10(final training loss)')
    ax.set_ylabel('count')
    return ax
