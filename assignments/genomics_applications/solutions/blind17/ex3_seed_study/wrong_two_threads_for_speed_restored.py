# verdict: wrong
# what: the study runs with torch.set_num_threads(os.cpu_count()) "for speed" and puts the old count back afterwards; the notebook fixes one thread because the float32 sums then round differently, so on data large enough for PyTorch to split them the losses are not those of train_autoencoder(X, seed, epochs=epochs) in the session; on this 2-core machine torch.randn(1500, 30, generator=manual_seed(3)), seeds [0, 1], 20 epochs gives [0.64436704, 0.64288974] instead of [0.64436704, 0.64289355] (the visible 40 x 12 data are unaffected); breaks "train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss" (under the session's settings, which the function may not change while it runs)
import os


def seed_study(X, seeds, epochs=100):
    """Final training loss for each seed, trained with all CPU cores."""
    previous = torch.get_num_threads()
    torch.set_num_threads(os.cpu_count() or 1)
    try:
        finals = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    finally:
        torch.set_num_threads(previous)
    return np.array(finals, dtype=float)

def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure, x axis labelled."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

