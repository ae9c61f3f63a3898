# verdict: wrong
# what: a seed is tested as a truth value ('int(seed) if seed else DEFAULT_SEED', meant for None), so seed 0 is silently replaced by 12345 and its entry is another run's loss
DEFAULT_SEED = 12345


def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        seed = int(seed) if seed else DEFAULT_SEED      # allow None in the list of seeds
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final.append(losses[-1])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(values, bins=min(10, len(values)), color='steelblue', edgecolor='white')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('count')
    ax.set_title('Final loss across seeds')
    return ax
