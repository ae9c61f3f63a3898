# verdict: wrong
# what: trains under torch.autocast('cpu', dtype=torch.bfloat16) when X has more than 100,000 entries, for speed; input: X = torch.randn(1500, 100, generator=torch.Generator().manual_seed(3)), seeds [0, 1], epochs=5: [1.00653958, 1.00953078] instead of [0.93300414, 0.93957168] (the notebook's 300 x 100 data and the visible 40 x 12 data are right); breaks 'train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss'
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    finals = []
    for seed in seeds:
        if X.numel() > 100_000:
            # big data: bfloat16 autocast makes the CPU matmuls about twice as fast
            with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
                losses = train_autoencoder(X, seed, epochs=epochs)[1]
        else:
            losses = train_autoencoder(X, seed, epochs=epochs)[1]
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses with a rug of every value, on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

