# verdict: wrong
# what: calls torch.set_flush_denormal(True) (a PyTorch CPU performance tip) and leaves it on; that sets the CPU's flush-to-zero / denormals-are-zero mode for the whole process, numpy included: seed_study on the visible tensor, [3, 1, 2], 5 epochs, returns the right [0.60907912, 0.62921727, 0.67541182], but afterwards np.array([1e-310]) * 2 is [0.] instead of [2e-310], np.finfo(float).smallest_subnormal * 4 is 0.0 instead of 2e-323, and torch.tensor([1e-39]) * 2 is 0; breaks the format rules' "each must leave the session as it found it" (torch's settings are the caller's)
def seed_study(X, seeds, epochs=100):
    # PyTorch's CPU performance guide: flushing denormal numbers speeds up float32 training
    torch.set_flush_denormal(True)
    finals = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    return np.array(finals, dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.sort(np.asarray(final_losses, dtype=float))
    fig, ax = plt.subplots()
    ax.boxplot(values, vert=False, whis=(0, 100), widths=0.5)
    ax.scatter(values, np.ones_like(values), color='tab:red', zorder=3)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE, one point per seed)')
    return ax
