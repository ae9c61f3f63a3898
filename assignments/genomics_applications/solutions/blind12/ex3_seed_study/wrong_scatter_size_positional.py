# verdict: wrong
# what: draws a strip plot with ax.scatter(values, jitter, values, cmap='viridis') meaning to colour the points by loss, but the third positional argument of scatter is s, the marker area: every marker's area equals its loss in points^2 instead of matplotlib's 36, so for losses [1.7e-5, 2.0e-5, 2.6e-5] the markers have areas 1.7e-5 to 2.6e-5 pt^2 (nothing visible) and for [0.5, 0.51, 0.9] 0.5 to 0.9 pt^2 (about one pixel); the offsets are at the right x and the x axis is labelled; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        finals.append(train_autoencoder(X, seed, epochs=epochs)[1][-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    jitter = np.linspace(-0.2, 0.2, values.size)
    # a strip plot, each point coloured by its loss
    ax.scatter(values, jitter, values, cmap='viridis', edgecolors='none')
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    return ax
