# verdict: wrong
# what: draws the rug with ax.eventplot(values, orientation='vertical'), which places the events along the y axis (horizontal ticks at y = loss) while the x axis, labelled 'final training loss (MSE)', only spans the tick length: [0.50, 0.51, 0.52, 0.53, 0.54, 0.90] is drawn over x from 0.6 to 1.4 instead of 0.50 to 0.90, and [10.4, 10.45] over x from 0.6 to 1.4 instead of 10.4 to 10.45; breaks "What you draw must show the values themselves, spanning them from the smallest to the largest ... Give the x axis of that Axes a non-empty label that says what is plotted"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 2.5))
    # a rug: one vertical tick per seed at its final loss
    ax.eventplot(values, orientation='vertical', colors='tab:blue', linelengths=0.8)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_title(f'{values.size} seeds')
    return ax
