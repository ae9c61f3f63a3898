# verdict: wrong
# what: a strip plot (with a min-to-max box) whose vertical jitter is drawn with torch.rand(n), i.e. from torch's global generator, which each call advances: torch.manual_seed(0), plot([0.50, 0.51, 0.52, 0.53, 0.54, 0.90]), torch.rand(1) gives 0.4900934 instead of 0.4962566 (the value with reference's plot or with no call); the drawing itself is right; breaks "the global random generators (never reseed np.random, random or torch's unless the notebook's code does) ... are the caller's"
# In a torch notebook the student reached for torch.rand; the jitter is only cosmetic.
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    jitter = 0.2 * (torch.rand(values.size).numpy() - 0.5)
    ax.scatter(values, jitter, alpha=0.7)
    ax.boxplot(values, orientation='horizontal', positions=[0], widths=0.5, whis=(0, 100))
    ax.set_yticks([])
    ax.set_xlabel("final training loss (MSE)")
    return ax
