# verdict: wrong
# what: draws on plt.gcf().add_subplot(), a new Axes on the current figure, not on a new figure: with the caller's fig0 = plt.figure() holding a line plot, plot_loss_distribution([0.50, 0.51, 0.52, 0.53, 0.54, 0.90]) draws over fig0 (ax.figure is fig0, which now has 2 overlapping Axes; a second call makes 3) instead of opening figure 2 (reference: fig0 keeps its 1 Axes, figures [1, 2] open); with no figure open the result looks right, and the visible test passes because each call returns a new Axes; breaks "Draw their distribution on a **new figure** (e.g. fig, ax = plt.subplots())"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    ax = plt.gcf().add_subplot()          # a fresh Axes for this plot
    ax.hist(values, bins=min(10, values.size), color="tab:green", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
