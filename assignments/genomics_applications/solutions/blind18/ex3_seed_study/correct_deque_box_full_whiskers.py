# verdict: correct
# what: correct: seeds consumed with iter()/next() into a collections.deque, returned with np.fromiter(float64); the plot is a horizontal box plot with whis=(0, 100) (whiskers from the smallest to the largest loss) and every run as a point, on plt.figure().add_subplot(), x axis labelled; seed_study bitwise equal to the reference on [3, 1, 2], np.arange(3), int32 [4, 4], [2**31, 7], range(2), [-3, 4] and a generator of [5, 5, 0]; the points and whiskers span [min, max] on every plot input of the README
from collections import deque


def seed_study(X, seeds, epochs=100):
    finals = deque()
    it = iter(seeds)
    while True:
        try:
            seed = next(it)
        except StopIteration:
            break
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(float(losses[-1]))
    return np.fromiter(finals, dtype=np.float64, count=len(finals))


def plot_loss_distribution(final_losses):
    vals = np.array(final_losses, dtype=np.float64).ravel()
    fig = plt.figure()
    ax = fig.add_subplot(1, 1, 1)
    # a horizontal box whose whiskers reach the smallest and the largest loss (whis=(0, 100)),
    # with every run drawn as a point on top
    ax.boxplot(vals, orientation='horizontal', whis=(0, 100), widths=0.5,
               positions=[1.0], showfliers=False)
    ax.scatter(vals, np.ones_like(vals), s=25, color='tab:red', zorder=3, label='one run per seed')
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.legend(loc='upper right')
    return ax
