# verdict: wrong
# what: pandas pitfall: pd.Series(values).value_counts().plot.bar(ax=ax) draws one bar per distinct value on a categorical axis (positions 0, 1, 2, ... with the values only as tick labels, in count order, not in numeric order or at their own x); [0.50, 0.51, 0.52, 0.53, 0.54, 0.90]: bars over x = [-0.25, 5.25] instead of a drawing over [0.50, 0.90]; [0.61, 0.50, 0.55, 0.90, 0.52]: tick labels '0.61', '0.5', '0.55', '0.9', '0.52' left to right (0.9 drawn between 0.55 and 0.52); every input by construction; breaks 'What you draw must show the values themselves, spanning them from the smallest to the largest'
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = pd.Series(np.asarray(final_losses, dtype=float))
    fig, ax = plt.subplots()
    values.value_counts().plot.bar(ax=ax)      # how often each final loss occurs
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
