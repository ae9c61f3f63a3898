# verdict: wrong
# what: plot_loss_distribution draws with pyplot, calls plt.show() and returns nothing (None)
# feedback: None.*Axes|return
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    plt.figure(figsize=(6, 4))
    plt.hist(final_losses, bins=10)
    plt.xlabel("Final loss")
    plt.ylabel("Count")
    plt.show()
