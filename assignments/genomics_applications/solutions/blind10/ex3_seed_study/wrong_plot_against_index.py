# verdict: wrong
# what: plots the losses against their position in the list (ax.plot(values, 'o')), with the x axis labelled 'seed (index in seeds)': the values sit on the y axis and the x axis shows 0 .. n-1, so the x label does not say what is plotted and no distribution of the values is drawn; [0.50, 0.51, 0.52, 0.53, 0.54, 0.90]: drawn x range [0, 5] instead of [0.50, 0.90] (reference and instructor); [10.4, 10.45]: [0, 1] instead of [10.4, 10.45]; every input by construction; breaks 'Draw their distribution ... (histogram, strip plot, box or violin plot, ECDF ...)' and 'Give the x axis of that Axes a non-empty label that says what is plotted (... whichever way the plot is oriented ...)'
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.plot(values, 'o')                       # one point per seed
    ax.set_xlabel('seed (index in seeds)')
    ax.set_ylabel('final training loss (MSE)')
    return ax
