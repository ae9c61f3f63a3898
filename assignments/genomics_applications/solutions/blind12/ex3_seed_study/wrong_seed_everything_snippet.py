# verdict: wrong
# what: calls the usual deep-learning seed_everything(seed) helper before every run (random.seed, os.environ['PYTHONHASHSEED'], np.random.seed, torch.manual_seed): on the visible 40 x 12 tensor with [3, 1, 2] and 5 epochs it returns the right [0.60907912, 0.62921727, 0.67541182], but afterwards Python's random module and numpy's global generator are reseeded (after random.seed(123) and np.random.seed(123) in the caller, random.random() gives 0.95603 instead of 0.05236 and np.random.random() 0.43599 instead of 0.69647) and PYTHONHASHSEED is set to '2' (unset before); seeds np.arange(3) (3 epochs) raise TypeError (random.seed refuses numpy integers) instead of [0.83167255, 0.86862981, 0.89845246], and seeds [-3, 4] or [2**32 + 1] raise ValueError ('Seed must be between 0 and 2**32 - 1') instead of [0.86675131, 0.87316215] and [0.86862981]; breaks "seeds is any iterable of at least one integer: a list, a tuple, a range, a numpy integer array, or a generator" and the format rules' "each must leave the session as it found it"
import os
import random


def seed_everything(seed):
    """The usual 'make a deep-learning run reproducible' helper."""
    random.seed(seed)
    os.environ['PYTHONHASHSEED'] = str(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        seed_everything(seed)
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), color='tab:blue', edgecolor='black')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
