# verdict: wrong
# what: plot_loss_distribution draws a horizontal box plot with showfliers=False, so a seed whose loss lies beyond 1.5 IQR is not drawn and the plot does not reach the smallest/largest value; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed."""
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Box plot of the final losses on a new figure; returns the Axes."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.boxplot(values, orientation="horizontal", showfliers=False, widths=0.5)
    ax.set_yticks([])
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    return ax
