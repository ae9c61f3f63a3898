# verdict: wrong
# what: when the largest loss is more than 10 times the smallest, the histogram is drawn of np.log10(values) (x label "log10 final loss") instead of the values on a log axis; plot([0.01, 0.05, 0.2, 1.0]) draws bars over [-2, 0] instead of [0.01, 1.0] (for ordinary spreads the values are drawn); breaks "What you draw must show the values themselves ...: not transformed values ... (a logarithmic axis is fine)"
# The student read "a logarithmic axis is fine" as "log-transform when the values span decades".
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    if values.max() > 10 * values.min() > 0:
        ax.hist(np.log10(values), bins=min(10, values.size), edgecolor="black")
        ax.set_xlabel("log10 final training loss (MSE)")
    else:
        ax.hist(values, bins=min(10, values.size), edgecolor="black")
        ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
