# verdict: wrong
# what: calls torch.autograd.set_detect_anomaly(True) ("catch NaN losses early") and leaves it on: the losses are right ([0.60907912, 0.62921727, 0.67541182] for [3, 1, 2], 5 epochs, visible tensor), but afterwards torch.is_anomaly_enabled() is True instead of False and every later backward pass of the session runs with anomaly checks (a later train_autoencoder(X, 0, epochs=200) took about 0.6 s instead of 0.25 s here); breaks the format rules' "each must leave the session as it found it ... torch's default dtype, thread count and modes"
def seed_study(X, seeds, epochs=100):
    # catch NaN/inf in the backward pass early: some seeds might diverge
    torch.autograd.set_detect_anomaly(True)
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
