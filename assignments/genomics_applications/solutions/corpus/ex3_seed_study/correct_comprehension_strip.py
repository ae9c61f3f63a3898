# verdict: correct
# what: list comprehension over seeds; jittered strip (scatter) plot with the losses on the x axis and the y ticks hidden
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds])


def plot_loss_distribution(final_losses):
    final_losses = np.asarray(final_losses, dtype=float)
    jitter = np.random.default_rng(0).uniform(-0.1, 0.1, size=final_losses.size)
    fig, ax = plt.subplots()
    ax.scatter(final_losses, jitter, alpha=0.7)
    ax.axvline(final_losses.mean(), color='red', linestyle='--', label='mean')
    ax.set_ylim(-0.5, 0.5)
    ax.set_yticks([])
    ax.set_xlabel('final loss')
    ax.legend()
    return ax



# Exercise 3 (run once, commented out to keep the cell fast):
# final_losses = seed_study(X, seeds=range(10))
# plot_loss_distribution(final_losses); plt.show()
