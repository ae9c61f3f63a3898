# verdict: wrong
# what: the plot keeps every loss it has been given in a module-level list and draws all of them, so that successive studies can be compared; plot_loss_distribution(O) with O = [0.50, 0.51, 0.52, 0.53, 0.54, 0.90], then plot_loss_distribution([10.4, 10.45]): the second Axes draws bars over [0.50, 10.45] (the earlier call's values too) instead of over [10.40, 10.45] (breaks 'Draw their distribution ...: What you draw must show the values themselves, spanning them from the smallest to the largest')
# The student wants each new figure to show the new study against all earlier ones.
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


_all_losses = []               # every study plotted so far, for comparison


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    _all_losses.extend(values.tolist())
    fig, ax = plt.subplots()
    ax.hist(np.array(_all_losses), bins=min(10, len(_all_losses)), color="lightgrey",
            edgecolor="grey", label="all studies so far")
    ax.plot(values, np.zeros_like(values), "|", color="C3", markersize=20, label="this study")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    ax.legend()
    return ax
