# verdict: wrong
# what: calls train_autoencoder(X, seed) without passing epochs, so every run trains the default 100 epochs
# feedback: epochs (argument|passed)|default 100 epochs|epochs is not passed
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

