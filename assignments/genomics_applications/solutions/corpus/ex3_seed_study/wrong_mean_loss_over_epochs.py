# verdict: wrong
# what: reports the mean loss over all epochs of each run instead of the final (last-epoch) training loss
# feedback: mean.*over (the )?epochs
def seed_study(X, seeds, epochs=100):
    results = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        results.append(np.mean(losses))
    return np.array(results)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

