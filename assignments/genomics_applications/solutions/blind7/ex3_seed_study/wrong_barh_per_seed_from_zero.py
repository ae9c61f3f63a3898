# verdict: wrong
# what: one horizontal bar per seed from 0 to its loss (a bar chart of the values in seed order, not their distribution), so the drawing spans [0, max] and losses 10.40 and 10.45 look identical; breaks "Draw their distribution ... (histogram, strip plot, box or violin plot, ECDF) ... spanning them from the smallest to the largest"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, s, epochs=epochs)[1][-1] for s in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.barh(np.arange(values.size), values, color='tab:purple')
    ax.set_yticks(np.arange(values.size), [f'run {i}' for i in range(values.size)])
    ax.set_xlabel('final training loss (MSE)')
    return ax
