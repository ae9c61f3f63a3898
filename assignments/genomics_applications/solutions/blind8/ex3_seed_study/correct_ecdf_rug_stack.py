# verdict: correct
# what: seed_study stacks one float64 per seed with np.stack over a generator expression (iterates seeds once, in order, repeats kept); the plot is matplotlib's own ECDF (ax.ecdf) with a rug of every value at the bottom, on a fresh figure from plt.figure().add_subplot(), x axis labelled
def seed_study(X, seeds, epochs=100):
    return np.stack([np.float64(train_autoencoder(X, s, epochs=epochs)[1][-1]) for s in seeds])


def plot_loss_distribution(final_losses):
    values = np.array(list(final_losses), dtype=np.float64)
    fig = plt.figure(figsize=(6, 4))
    ax = fig.add_subplot()
    ax.ecdf(values, color='tab:green', lw=2)
    ax.plot(values, np.zeros(values.size), linestyle='none', marker='|', markersize=18,
            color='black', label='one mark per seed')
    ax.set_xlabel('final training loss (MSE in the last epoch)')
    ax.set_ylabel('fraction of seeds with loss <= x')
    ax.legend(loc='lower right')
    return ax
