# verdict: wrong
# what: computes np.histogram and labels the axes but never draws anything on them (empty Axes)
# feedback: empty|nothing (was )?drawn
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    counts, edges = np.histogram(final_losses, bins=10)
    fig, ax = plt.subplots()
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    ax.set_xlim(edges[0], edges[-1])
    ax.set_ylim(0, counts.max() + 1)
    return ax
