# verdict: wrong
# what: torch.set_printoptions(precision=10) to print the losses to 10 digits, left set; input: any call: afterwards repr(torch.tensor([1/3, 2/3])) is 'tensor([0.3333333433, 0.6666666865])' instead of 'tensor([0.3333, 0.6667])'; the losses are right; breaks the format rules' 'each must leave the session as it found it' (print options)
def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order."""
    torch.set_printoptions(precision=10)        # seeds differ in the 6th digit: show enough of them
    finals = torch.tensor([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds],
                          dtype=torch.float64)
    print("final losses:", finals)
    return finals.numpy()


def plot_loss_distribution(final_losses):
    """Histogram of the final losses with a rug of every value, on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

