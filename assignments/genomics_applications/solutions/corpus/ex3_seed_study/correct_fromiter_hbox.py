# verdict: correct
# what: np.fromiter over a generator; horizontal box plot (orientation='horizontal') with the individual losses overlaid
def seed_study(X, seeds, epochs=100):
    return np.fromiter(
        (train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds),
        dtype=float,
    )


def plot_loss_distribution(final_losses):
    ax = plt.figure(figsize=(7, 3)).add_subplot()
    ax.boxplot(final_losses, orientation='horizontal')
    ax.plot(final_losses, np.ones(len(final_losses)), 'o', alpha=0.5)
    ax.set_xlabel('Final MSE loss after training')
    ax.set_yticks([1], ['autoencoder'])
    return ax
