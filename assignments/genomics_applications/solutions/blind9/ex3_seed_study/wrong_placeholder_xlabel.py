# verdict: wrong
# what: the x label is the placeholder 'x' (y label 'count', title 'Distribution'): non-empty, but it does not say what is plotted (every input, e.g. [0.51, 0.52, 0.55, 0.56, 0.6]: xlabel 'x' instead of a label naming the final training loss); breaks "Give the x axis of that Axes a non-empty label that says what is plotted"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('x')
    ax.set_ylabel('count')
    ax.set_title('Distribution')
    return ax
