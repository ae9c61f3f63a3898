# verdict: wrong
# what: collects the seeds with np.fromiter(seeds, dtype=np.int32) (fromiter also takes a generator), so any seed of 2**31 or more (e.g. 2**31, or a 64-bit seed from SeedSequence().entropy) raises OverflowError instead of giving its final loss; breaks "`seeds` is any iterable of at least one integer"
def seed_study(X, seeds, epochs=100):
    seed_arr = np.fromiter(seeds, dtype=np.int32)
    finals = np.empty(seed_arr.size, dtype=float)
    for i, s in enumerate(seed_arr):
        _, losses = train_autoencoder(X, int(s), epochs=epochs)
        finals[i] = losses[-1]
    return finals


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
