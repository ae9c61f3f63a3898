# verdict: correct
# what: correct: seed_study collects the last losses in a dict keyed by position (enumerate over the seeds, iterated once) and returns them in position order as a float64 array; the plot is seaborn's histplot plus rugplot of every value on plt.figure().add_subplot(), x label set with ax.set_xlabel
import seaborn as sns


def seed_study(X, seeds, epochs=100):
    by_position = {i: train_autoencoder(X, seed, epochs=epochs)[1][-1] for i, seed in enumerate(seeds)}
    return np.array([by_position[i] for i in range(len(by_position))], dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=np.float64)
    fig = plt.figure(figsize=(7, 4))
    ax = fig.add_subplot()
    sns.histplot(x=values, bins=min(10, values.size), stat='count', color='tab:green', ax=ax)
    sns.rugplot(x=values, height=0.08, color='black', ax=ax)   # every seed, even inside one bar
    ax.set_xlabel('final training loss (MSE, last epoch)')
    ax.set_ylabel('seeds')
    return ax
