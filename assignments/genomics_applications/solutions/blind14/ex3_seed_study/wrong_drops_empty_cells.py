# verdict: wrong
# what: QC before training: drops the cells whose expression is all zero ('empty droplets'); input: _Xs with cells 0 and 7 set to zero, seeds [3, 1, 2], 5 epochs: [0.60740304, 0.62491918, 0.66886455] instead of [0.57885498, 0.59603661, 0.63660753]; breaks 'train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) (call the function defined in Section 4; do not write your own training loop)' on the X given
def seed_study(X, seeds, epochs=100):
    # QC: cells with no expression at all carry no information for the autoencoder
    X = X[X.abs().sum(dim=1) > 0]
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

