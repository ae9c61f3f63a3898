# verdict: wrong
# what: an ECDF that sorts with values.sort() after np.asarray, which for a float64 array is the caller's own array: the caller's final_losses are reordered (no longer in the order of the seeds).
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        finals.append(train_autoencoder(X, seed, epochs=epochs)[1][-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    values.sort()                                   # ECDF needs sorted values
    ecdf = np.arange(1, values.size + 1) / values.size
    fig, ax = plt.subplots()
    ax.step(values, ecdf, where='post', marker='o')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('fraction of seeds <= x')
    return ax
