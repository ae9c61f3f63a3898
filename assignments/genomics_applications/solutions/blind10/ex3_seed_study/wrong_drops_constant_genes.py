# verdict: wrong
# what: genomics reflex: removes genes whose expression never varies (X.std(dim=0) > 0) before calling train_autoencoder, so the autoencoder is built and trained on fewer genes whenever X has a constant gene (an all-zero, never-detected gene is common in count data); the visible 40 x 12 tensor (torch.randn, manual_seed(1)) with gene 0 set to 0, seeds [3, 1, 2], epochs=5: [0.63761282, 0.57014024, 0.67969573] instead of [0.56560749, 0.57192546, 0.60816038]; data without a constant gene are right; breaks 'train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss'
def seed_study(X, seeds, epochs=100):
    # genes that never vary (e.g. never detected) carry no information: leave them out
    keep = X.std(dim=0) > 0
    X = X[:, keep]
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
