# verdict: wrong
# what: histogram with a fixed range=(0, 1) ("an MSE is below 1 here"): losses outside [0, 1] fall outside every bin, so the plot does not show all values
def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final.append(losses[-1])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(values, bins=25, range=(0.0, 1.0), edgecolor='black')    # an MSE on this data is below 1
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
