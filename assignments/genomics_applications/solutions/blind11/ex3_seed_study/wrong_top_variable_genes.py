# verdict: wrong
# what: keeps only the 50 most variable genes before training when X has more than 50 genes (as scanpy's highly_variable_genes before scVI): the notebook's X_expr (300 x 100), seeds [0, 1], epochs=20: [0.91488367, 0.90859169] instead of [0.87893647, 0.97324234]; X = torch.randn(40, 60, generator seed 4), seeds [3, 1, 2], 5 epochs: [0.76219839, 0.79454458, 0.78276122] instead of [0.74641716, 0.74801654, 0.77535892]; 50 genes or fewer (the visible data): right; breaks "train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs)" (on X, cells x genes)
def seed_study(X, seeds, epochs=100):
    # as scanpy's highly_variable_genes does before scVI: train on the most variable genes only
    n_top = 50
    if X.shape[1] > n_top:
        top = torch.argsort(X.var(dim=0), descending=True)[:n_top]
        X = X[:, torch.sort(top).values]
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), color="tab:blue", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
