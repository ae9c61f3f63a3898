# verdict: wrong
# what: when X does not look scaled (some gene mean beyond 0.5 in absolute value, or some gene sd off 1 by more than 0.5), the genes are z-scored first, as scanpy's sc.pp.scale does before a neural network, and the study trains on the scaled matrix; the notebook's X_expr (type B genes raised by 2), seeds [0, 1], 20 epochs gives [0.61286926, 0.61380368] instead of [0.87893647, 0.97324234], and torch.randn(40, 12, generator=manual_seed(1)) + 3, seeds [3, 1, 2], 5 epochs gives [0.55509675, 0.54693943, 0.58257896] instead of [3.27485442, 1.12809789, 3.22156739] (the visible standard-normal data are left alone); breaks "train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss"
def seed_study(X, seeds, epochs=100):
    """Final training loss for each seed, on genes scaled to mean 0 and sd 1 if they are not yet."""
    mean, sd = X.mean(dim=0), X.std(dim=0)
    if bool((mean.abs() > 0.5).any() or ((sd - 1.0).abs() > 0.5).any()):
        X = (X - mean) / sd.clamp_min(1e-12)          # sc.pp.scale before the autoencoder
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)

def plot_loss_distribution(final_losses):
    """Histogram of the final losses on a new figure, x axis labelled."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

