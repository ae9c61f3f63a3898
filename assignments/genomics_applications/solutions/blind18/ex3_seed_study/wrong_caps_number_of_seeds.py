# verdict: wrong
# what: only the first 50 seeds are trained (itertools.islice(seeds, 50), "a longer study takes minutes"); seed_study(X, range(60), epochs=1) on the visible 40 x 12 tensor returns 50 losses instead of 60 (the 50 are right); breaks "for each seed in seeds ... Return these values as a 1-D numpy array of floats, one per seed"
import itertools

MAX_SEEDS = 50      # 100 epochs per seed: a longer study would take minutes


def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in itertools.islice(seeds, MAX_SEEDS):
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
