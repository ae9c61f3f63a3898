# verdict: wrong
# what: consumes the seeds with while seeds: seeds.pop(0), copying only non-list iterables, so a list of seeds is emptied in the caller's namespace: after seed_study(X, my_seeds, epochs=5) with my_seeds = [3, 1, 2] the result is right but my_seeds == [] (a second call with the same list returns an empty array); breaks "seeds is any iterable of at least one integer: a list, ..." (the argument is read, not consumed; only a generator is iterable once)
def seed_study(X, seeds, epochs=100):
    if not isinstance(seeds, list):
        seeds = list(seeds)                    # generators, ranges, arrays -> a list we can pop
    finals = []
    while seeds:
        seed = seeds.pop(0)
        finals.append(train_autoencoder(X, seed, epochs=epochs)[1][-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.set_ylabel('number of seeds')
    return ax
