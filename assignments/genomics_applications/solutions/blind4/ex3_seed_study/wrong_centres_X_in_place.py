# verdict: wrong
# what: centres each gene of X in place (X -= X.mean(0)) before training, "as usual for expression data". Breaks "train ... with train_autoencoder(X, seed, epochs=epochs)": the losses are those of the centred data, and the caller's tensor is changed.
def seed_study(X, seeds, epochs=100):
    X -= X.mean(dim=0, keepdim=True)          # centre every gene
    out = []
    for seed in seeds:
        out.append(train_autoencoder(X, seed, epochs=epochs)[1][-1])
    return np.array(out, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, len(values)))
    ax.set_xlabel('final training loss')
    ax.set_ylabel('count')
    return ax
