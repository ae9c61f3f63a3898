# verdict: wrong
# what: iterates over sorted(seeds), so the losses are not in the order the seeds were given
# feedback: order
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in sorted(seeds):
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

