# verdict: wrong
# what: vertical histogram (losses on the x axis, counts on the y axis) whose labels are swapped: x axis 'number of seeds', y axis 'final training loss'; on every input the x-axis label does not say what is plotted along x; breaks "Give the x axis of that Axes a non-empty label that says what is plotted"
def seed_study(X, seeds, epochs=100):
    finals = np.array([], dtype=float)
    for s in seeds:
        finals = np.append(finals, train_autoencoder(X, s, epochs=epochs)[1][-1])
    return finals


def plot_loss_distribution(final_losses):
    losses = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist(losses, bins=min(10, losses.size), edgecolor='white')
    ax.plot(losses, np.zeros_like(losses), 'k|', markersize=12)
    ax.set_xlabel('number of seeds')
    ax.set_ylabel('final training loss')
    ax.set_title('Final loss across seeds')
    return ax
