# verdict: wrong
# what: horizontal box plot with showfliers=False: whiskers stop at 1.5 IQR, so an outlying loss (the smallest or largest) is not drawn and the plot does not span all values
def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final.append(losses[-1])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.boxplot(values, orientation='horizontal', showfliers=False, widths=0.5)   # clean look
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    return ax
