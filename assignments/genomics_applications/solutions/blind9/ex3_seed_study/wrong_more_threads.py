# verdict: wrong
# what: calls torch.set_num_threads(os.cpu_count()) 'to speed up training' and leaves it set; on this 2-core machine larger data are summed in another order (X = torch.randn(1500, 30, generator=manual_seed(3)), seeds [0, 1], epochs=20: [0.64436704, 0.64288974] instead of [0.64436704, 0.64289355]; 2000 x 200 (manual_seed(0)): [0.91519016, 0.91360086] instead of [0.91519201, 0.91360056]), and torch.get_num_threads() is 2 instead of 1 after the call; the visible 40 x 12 data are unaffected, and on a 1-core machine nothing changes; breaks "the final training loss ... of train_autoencoder(X, seed, epochs=epochs)" under the notebook's one-thread setting ("With the same thread count ... the run is bitwise reproducible, which is what we want ... for the tests of Exercise 3")
import os


def seed_study(X, seeds, epochs=100):
    # training is the slow part: let PyTorch use every core
    torch.set_num_threads(os.cpu_count() or 1)
    finals = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
