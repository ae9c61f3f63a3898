# verdict: wrong
# what: returns the best (minimum) loss over epochs instead of the final one; differs whenever the loss curve is not monotone
# feedback: smallest|minimum
def seed_study(X, seeds, epochs=100):
    return np.array([min(train_autoencoder(X, s, epochs=epochs)[1]) for s in seeds])


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

