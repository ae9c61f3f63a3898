# verdict: wrong
# what: takes losses[0] (the loss of the untrained model at the first epoch) instead of losses[-1]
# feedback: first epoch|losses\[0\]
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][0] for s in seeds])


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

