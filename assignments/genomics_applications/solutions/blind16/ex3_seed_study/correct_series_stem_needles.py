# verdict: correct
# what: correct: the final losses gathered in a float64 pandas Series and returned with to_numpy(copy=True); the plot is a needle (stem) plot on plt.figure().add_subplot(): one stem at each distinct loss, as high as its number of seeds, with the baseline from the smallest to the largest loss; seed_study bitwise equal to the reference on six seed forms; drawn over [min, max] on every plot input
def seed_study(X, seeds, epochs=100):
    finals = pd.Series([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype='float64')
    return finals.to_numpy(dtype=np.float64, copy=True)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=np.float64).ravel()
    distinct, counts = np.unique(values, return_counts=True)
    fig = plt.figure()
    ax = fig.add_subplot()
    # a needle (spike) plot: one stem at each distinct loss, as high as the number of seeds there
    ax.stem(distinct, counts, basefmt='k-')
    ax.set_ylim(0, counts.max() + 0.5)
    ax.set_xlabel('final training loss (MSE, last epoch)')
    ax.set_ylabel('number of seeds')
    return ax
