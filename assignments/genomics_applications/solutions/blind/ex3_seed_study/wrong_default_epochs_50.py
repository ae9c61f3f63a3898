# verdict: wrong
# what: seed_study's default is epochs=50 instead of 100, so seed_study(X, seeds) without epochs reports the loss after 50 epochs
def seed_study(X, seeds, epochs=50):
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
