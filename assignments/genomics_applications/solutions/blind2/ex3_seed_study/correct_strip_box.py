# verdict: correct
# what: correct solution: explicit loop over a once-iterable seeds, and a horizontal box plot with the individual values overlaid as a strip plot
import numpy as np
import matplotlib.pyplot as plt


def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        model, losses = train_autoencoder(X, int(seed), epochs=epochs)
        finals.append(float(losses[-1]))
    return np.array(finals, dtype=np.float64)


def plot_loss_distribution(final_losses):
    vals = np.array(list(final_losses), dtype=np.float64)
    fig = plt.figure(figsize=(8, 3))
    ax = fig.add_subplot(1, 1, 1)
    ax.boxplot(vals, orientation='horizontal', widths=0.5)
    jitter = np.linspace(-0.1, 0.1, vals.size)
    ax.scatter(vals, 1.0 + jitter, color='tab:red', zorder=3, label='one seed')
    ax.set_yticks([])
    ax.set_xlabel('final training loss per seed')
    ax.legend(loc='best')
    return ax
