# verdict: wrong
# what: collects the seeds with np.fromiter(seeds, dtype=np.int64), which overflows for seeds of 2**63 and more (torch.manual_seed, hence the notebook's train_autoencoder, accepts seeds up to 2**64 - 1); input: _Xs, seeds [2**63, 7], 3 epochs: OverflowError ('Python int too large to convert to C long') instead of [0.83167255, 0.87361753]; seeds [2**64 - 1]: OverflowError instead of [0.87206692]; seeds below 2**63 (and negative ones) are right; breaks 'seeds is any iterable of at least one integer: a list, a tuple, a range, a numpy integer array, or a generator'
def seed_study(X, seeds, epochs=100):
    seed_array = np.fromiter(seeds, dtype=np.int64)       # works for lists, ranges and generators
    final = np.empty(seed_array.size, dtype=float)
    for i, seed in enumerate(seed_array):
        final[i] = train_autoencoder(X, int(seed), epochs=epochs)[1][-1]
    return final


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

