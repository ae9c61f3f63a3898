# verdict: wrong
# what: calls train_autoencoder(X, epochs, seed): positional arguments swapped, so it trains with seed=epochs for `seed` epochs (and raises IndexError when a seed is 0: no epochs, empty loss list)
# feedback: swap|(seed|epochs).*(epochs|seed).*(position|argument|keyword)
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, epochs, seed)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

