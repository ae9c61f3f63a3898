# verdict: wrong
# what: histogram of np.log10(final_losses) with the x axis labelled "log10(final loss)". Breaks "not transformed values ... (a logarithmic axis is fine)": the values drawn are the logarithms, not the losses on a log axis.
def seed_study(X, seeds, epochs=100):
    return np.fromiter((train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds), dtype=float)


def plot_loss_distribution(final_losses):
    logs = np.log10(np.asarray(final_losses, dtype=float))
    fig, ax = plt.subplots()
    ax.hist(logs, bins=min(10, logs.size), edgecolor='black')
    ax.set_xlabel('log10(final training loss)')
    ax.set_ylabel('number of seeds')
    return ax
