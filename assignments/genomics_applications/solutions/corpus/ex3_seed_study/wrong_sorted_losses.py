# verdict: wrong
# what: sorts the final losses (handy for plotting) before returning, losing the correspondence with the seed order
# feedback: order
def seed_study(X, seeds, epochs=100):
    final_losses = [train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds]
    return np.sort(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

