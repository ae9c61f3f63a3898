# verdict: wrong
# what: plot_loss_distribution bins the histogram on a fixed range (0, 1) "because an MSE of standardised data is below 1", so losses outside [0, 1] are not drawn at all; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed."""
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure; returns the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=np.linspace(0.0, 1.0, 41), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("count")
    return ax
