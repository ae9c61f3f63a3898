# verdict: wrong
# what: returns a Python list of floats instead of a numpy ndarray
# feedback: list.*numpy array|ndarray
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return final_losses


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

