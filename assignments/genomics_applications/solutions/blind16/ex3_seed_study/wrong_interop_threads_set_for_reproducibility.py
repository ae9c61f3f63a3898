# verdict: wrong
# what: sets torch.set_num_interop_threads(1) 'for reproducibility' (ignoring the RuntimeError of later calls), which can never be undone in the process; input: any call, e.g. the visible 40 x 12 tensor, [3, 1, 2], 5 epochs: the losses are right, but afterwards torch.get_num_interop_threads() is 1 instead of 2 on this 2-core machine for the rest of the kernel; breaks the format rules' 'each must leave the session as it found it' (torch's thread count)
def seed_study(X, seeds, epochs=100):
    # reproducibility: one intra-op thread (already set by the notebook) and one inter-op thread
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:          # can only be set once per process
        pass
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
