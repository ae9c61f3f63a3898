# verdict: wrong
# what: trains on a data tensor simulated at the top of the cell instead of the X argument (same losses whatever X is passed)
# feedback: (depend|ignor).*\bX\b|X passed
# simulate two cell types, as in the notebook
torch.manual_seed(0)
expr = torch.randn(300, 100)
expr[:150, :50] += 2


def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        _, losses = train_autoencoder(expr, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

