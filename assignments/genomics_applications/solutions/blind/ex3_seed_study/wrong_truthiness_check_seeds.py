# verdict: wrong
# what: validates with 'if not seeds:', which raises 'truth value of an array is ambiguous' for a numpy integer array of two or more seeds (an allowed input)
def seed_study(X, seeds, epochs=100):
    if not seeds:
        raise ValueError("seed_study needs at least one seed")
    final = []
    for seed in seeds:
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
