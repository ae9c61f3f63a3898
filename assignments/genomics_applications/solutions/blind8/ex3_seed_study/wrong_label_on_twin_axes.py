# verdict: wrong
# what: histogram on ax and an ECDF on a second y axis ax2 = ax.twinx(), then labels and returns ax2; a twinx Axes has its x axis hidden, so the figure shows no x-axis label at all (ax2.xaxis.get_visible() is False, ax.get_xlabel() is ''), on every input; breaks "Give the x axis of that Axes a non-empty label that says what is plotted" (a label nobody can see)
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    v = np.sort(np.asarray(final_losses, dtype=float))
    fig, ax = plt.subplots()
    ax.hist(v, bins=min(10, v.size), alpha=0.5, color='grey')
    ax.set_ylabel('number of seeds')
    ax2 = ax.twinx()                                       # cumulative fraction on the right
    ax2.step(v, np.arange(1, v.size + 1) / v.size, where='post', color='tab:blue')
    ax2.set_ylabel('cumulative fraction')
    ax2.set_xlabel('final training loss (MSE)')
    return ax2
