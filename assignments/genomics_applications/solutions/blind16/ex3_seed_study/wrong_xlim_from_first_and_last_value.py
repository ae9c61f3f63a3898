# verdict: wrong
# what: sets a tight view ax.set_xlim(values[0], values[-1]), taking the losses to be sorted; input: [0.61, 0.50, 0.55, 0.90, 0.52] (seed_study returns the losses in seed order): the x axis runs from 0.61 down to 0.52 (inverted), so 0.50 and 0.90 lie outside the Axes, instead of a view over [0.48, 0.92]; sorted inputs are right; breaks 'What you draw must show the values themselves, spanning them from the smallest to the largest'
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    if values[-1] != values[0]:
        ax.set_xlim(values[0], values[-1])        # a tight view, from the smallest to the largest
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
