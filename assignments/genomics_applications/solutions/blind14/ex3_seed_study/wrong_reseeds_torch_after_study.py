# verdict: wrong
# what: calls torch.manual_seed(42) after the runs 'to put the global seed back to the notebook's value'; input: torch.manual_seed(99), then seed_study(_Xs, [3, 1], epochs=5), then torch.rand(1): 0.88226926 (the first draw after manual_seed(42)) instead of 0.17481875 (the state the notebook's train_autoencoder leaves, as with the reference and the instructor); the losses are right; breaks the format rules' 'the global random generators (never reseed np.random, random or torch's unless the notebook's code does)'
def seed_study(X, seeds, epochs=100):
    final = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    torch.manual_seed(42)          # put the global seed back to the notebook's value
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

