# verdict: wrong
# what: the seeds are collected with np.fromiter(seeds, dtype=float) (so a generator is read once) and passed on as floats; torch.manual_seed takes int(seed), and seeds past 2**53 are rounded to a neighbouring seed; the visible X (torch.randn(40, 12), generator seed 1), epochs 5: seeds [2**53 + 1] give 0.57430565 (the loss of seed 2**53) instead of 0.62921727, seeds [2**60 + 3] give 0.57430565 instead of 0.60907912 (reference.seed_study agrees with the right values); seed 7 is right (breaks 'For each seed in seeds ... train ... with train_autoencoder(X, seed, epochs=epochs)' for 'seeds is any iterable of at least one integer')
# The student needs the seeds in an array (a generator can be read only once) and gives
# np.fromiter the dtype it always uses.
def seed_study(X, seeds, epochs=100):
    seed_array = np.fromiter(seeds, dtype=float)        # a generator can be read only once
    finals = np.empty(seed_array.size)
    for i, seed in enumerate(seed_array):
        _, losses = train_autoencoder(X, int(seed), epochs=epochs)
        finals[i] = losses[-1]
    return finals

def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

