# verdict: wrong
# what: trains on the first 1000 cells only when X has more, 'to save time' (X = torch.randn(1500, 30, generator=torch.Generator().manual_seed(3)), seeds [0, 1], epochs=20: [0.63382429, 0.63635224] instead of [0.64436704, 0.64289355]; up to 1000 cells, such as the visible and the notebook's data, it is right); breaks "train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs)"
def seed_study(X, seeds, epochs=100):
    # full-batch training on a large matrix is slow: 1000 cells are plenty to compare seeds
    if X.shape[0] > 1000:
        X = X[:1000]
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
