# verdict: wrong
# what: vertical box plot that labels only the y axis (where the losses are); the x axis is left unlabelled
# feedback: x axis.*label|label.*x axis
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.boxplot(final_losses)
    ax.set_ylabel("Final loss")
    ax.set_title("Distribution of final losses")
    return ax
