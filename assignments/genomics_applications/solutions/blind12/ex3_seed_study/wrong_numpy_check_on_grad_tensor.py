# verdict: wrong
# what: checks X for NaNs with X.numpy(), which refuses a tensor that requires grad, although such a float32 tensor is a valid X that the notebook's train_autoencoder trains on: X = _Xs.clone().requires_grad_(True) (the visible 40 x 12 tensor), seeds [3, 1, 2], 5 epochs, raises RuntimeError ("Can't call numpy() on Tensor that requires grad") instead of returning [0.60907912, 0.62921727, 0.67541182]; breaks "X is a float32 torch tensor (cells x genes) ... train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs)"
def seed_study(X, seeds, epochs=100):
    values = X.numpy()                       # sanity check of the expression matrix first
    if not np.isfinite(values).all():
        raise ValueError("X contains NaN or infinite values")
    out = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        out.append(float(losses[-1]))
    return np.array(out)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, len(values)), alpha=0.5)
    ax.plot(values, np.zeros(len(values)), 'k|', markersize=12)
    ax.set_xlabel('final training loss')
    ax.set_ylabel('seeds')
    return ax
