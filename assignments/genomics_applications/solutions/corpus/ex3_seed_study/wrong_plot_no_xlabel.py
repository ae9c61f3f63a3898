# verdict: wrong
# what: the plot has a title and a y label but no x axis label
# feedback: x axis.*label|label.*x axis
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_ylabel("Count")
    ax.set_title("Final loss over 10 seeds")
    return ax
