# verdict: wrong
# what: makes its figure with plt.figure(num=len(plt.get_fignums()) + 1) "to number the figures"; when the open figures have a gap (figures 1 and 3 open, 2 closed) the number is 3, an open figure, and the plot is added onto that existing figure instead of a new one: the returned Axes' figure is figure 3, which already held another Axes; breaks "Draw their distribution on a new figure (e.g. fig, ax = plt.subplots())"
# The student wanted readable figure numbers in the notebook.
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig = plt.figure(num=len(plt.get_fignums()) + 1)
    ax = fig.add_subplot()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
