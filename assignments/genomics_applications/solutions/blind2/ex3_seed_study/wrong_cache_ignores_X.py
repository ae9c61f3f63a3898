# verdict: wrong
# what: memoises final losses in a module-level dict keyed by (seed, epochs) only, so a later call with different data X returns stale losses from an earlier X; breaks "for each seed ... train the autoencoder with train_autoencoder(X, seed, epochs=epochs)" (state kept between calls)
import numpy as np
import matplotlib.pyplot as plt

_FINAL_LOSS_CACHE = {}


def seed_study(X, seeds, epochs=100):
    result = []
    for seed in seeds:
        key = (int(seed), int(epochs))
        if key not in _FINAL_LOSS_CACHE:
            _FINAL_LOSS_CACHE[key] = train_autoencoder(X, seed, epochs=epochs)[1][-1]
        result.append(_FINAL_LOSS_CACHE[key])
    return np.array(result, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    return ax
