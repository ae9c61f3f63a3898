# verdict: wrong
# what: each call closes the figure the previous call created and returned, to keep at most one loss figure open; ax1 = plot_loss_distribution(O) with O = [0.50, 0.51, 0.52, 0.53, 0.54, 0.90], then plot_loss_distribution([10.4, 10.45]): ax1's figure is closed (no longer among pyplot's open figures) instead of still open, as after the reference's and the instructor's calls (breaks the format rule 'the figures already open (close only your own, ...) ... are the caller's')
# The student saw the 'More than 20 figures have been opened' warning after running the
# seed study repeatedly and keeps only the latest figure open.
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


_previous_figure = []          # the figure of the last call, closed at the next one


def plot_loss_distribution(final_losses):
    while _previous_figure:
        plt.close(_previous_figure.pop())
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    _previous_figure.append(fig)
    return ax
