# verdict: wrong
# what: counts the losses after rounding them to 3 decimals and draws one thin bar per rounded value, so the values are drawn at round(v, 3): 0.5121 and 0.5124 become one bar of height 2 at 0.512, and small losses (e.g. 1.7e-5 ... 2.6e-5 after long training) all collapse onto one bar at 0; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest: not transformed values"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    levels, counts = np.unique(np.round(values, 3), return_counts=True)   # how many seeds reach each loss
    fig, ax = plt.subplots()
    ax.bar(levels, counts, width=0.001, color='tab:green')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
