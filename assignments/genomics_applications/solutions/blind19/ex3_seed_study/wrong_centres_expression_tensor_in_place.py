# verdict: wrong
# what: seed_study centres the genes of the caller's tensor in place (X.sub_(X.mean(0))) before training, as scVI-style preprocessing; the visible X (torch.randn(40, 12), generator seed 1), seeds [3], epochs 5: 0.56619960 instead of train_autoencoder(X, 3, epochs=5)'s last loss 0.60907912 (also reference.seed_study's), and the caller's X is changed (by up to 0.352); the visible tests pass because they compare with the centred X (breaks 'train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss')
# The student centres each gene once, in place to avoid copying a large matrix; a second
# centring changes nothing (the means are already 0).
def seed_study(X, seeds, epochs=100):
    with torch.no_grad():
        X.sub_(X.mean(dim=0, keepdim=True))        # centre every gene (in place: no copy)
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)

def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

