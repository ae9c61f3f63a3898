# verdict: wrong
# what: the Axes fills the whole figure (fig.add_axes([0, 0, 1, 1]), "no wasted margins"), so the tick labels and the x label are drawn below the canvas; on [0.50, 0.51, 0.52, 0.53, 0.54, 0.90] get_xlabel() is 'final training loss (MSE)' but its rendered box is at y = -43.5 ... -29.2 px, outside the figure, and 0 of 11 tick labels are inside (reference: label inside, 11 of 11); breaks "Give the x axis of that Axes a non-empty label that says what is plotted" (a label nobody can see)
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig = plt.figure(figsize=(6, 3))
    ax = fig.add_axes([0.0, 0.0, 1.0, 1.0])      # use the whole figure, no wasted margins
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
