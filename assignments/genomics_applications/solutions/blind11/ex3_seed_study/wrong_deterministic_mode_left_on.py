# verdict: wrong
# what: calls torch.use_deterministic_algorithms(True) 'for reproducibility' and leaves it on: the losses are the reference's (visible tensor, [3, 1, 2], 5 epochs: [0.60907912, 0.62921727, 0.67541182]), but afterwards torch.are_deterministic_algorithms_enabled() is True instead of False, torch.empty(3) is filled with nan, and torch.zeros(5).put_(torch.tensor([0, 0]), torch.tensor([1., 2.])) raises RuntimeError ('put_ does not have a deterministic implementation') in the caller's later code; breaks the format rules' "each must leave the session as it found it ... torch's default dtype and thread count ... are the caller's"
def seed_study(X, seeds, epochs=100):
    # reproducibility: ask PyTorch for deterministic algorithms only, then train every seed
    torch.use_deterministic_algorithms(True)
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
