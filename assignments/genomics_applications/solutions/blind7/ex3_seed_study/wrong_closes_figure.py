# verdict: wrong
# what: closes the new figure before returning its Axes ("to avoid the too-many-open-figures warning"), so pyplot no longer manages it and plt.show() (the notebook's demo) shows nothing; breaks "Draw their distribution on a new figure ... and return the matplotlib Axes you drew on" (the drawing is thrown away)
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.hist(values, bins=min(10, values.size), color='tab:blue', edgecolor='white')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    plt.close(fig)                       # keep the number of open figures down
    return ax
