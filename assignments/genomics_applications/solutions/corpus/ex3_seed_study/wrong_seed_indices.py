# verdict: wrong
# what: passes the loop index i (0, 1, 2, ...) as the seed instead of seeds[i]
# feedback: position|index.*instead|seeds\[i\]
def seed_study(X, seeds, epochs=100):
    final_losses = np.zeros(len(seeds))
    for i in range(len(seeds)):
        _, losses = train_autoencoder(X, i, epochs=epochs)
        final_losses[i] = losses[-1]
    return final_losses


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

