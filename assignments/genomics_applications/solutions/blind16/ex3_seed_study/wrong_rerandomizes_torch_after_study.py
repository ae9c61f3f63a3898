# verdict: wrong
# what: calls torch.seed() after the study to make torch's generator 'random again, as it was before' (it reseeds it from the operating system's entropy); input: the visible 40 x 12 tensor, [3, 1, 2], 5 epochs: the losses are right, but afterwards torch.rand(1) is 0.3739 in one run and 0.5759 in the next (torch.initial_seed() 5332485043567245489, 15103842696233086614) instead of 0.2847 every time (initial seed 2, the last seed of the study); breaks the format rules' 'never reseed np.random, random or torch's unless the notebook's code does'
def seed_study(X, seeds, epochs=100):
    finals = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    # train_autoencoder leaves torch's generator seeded with the last seed: make it
    # random again, as it was before, so later code does not silently reuse that seed
    torch.seed()
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
