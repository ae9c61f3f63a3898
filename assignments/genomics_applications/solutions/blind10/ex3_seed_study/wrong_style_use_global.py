# verdict: wrong
# what: calls plt.style.use('ggplot') inside the function, which changes matplotlib's global rcParams for the rest of the session; after one call on [0.5, 0.6], rcParams['axes.facecolor'] is '#E5E5E5' instead of 'white', 'axes.edgecolor' 'white' instead of 'black', 'grid.color' 'white' instead of '#b0b0b0' and the colour cycle starts with '#E24A33' instead of '#1f77b4', so every later figure of the notebook changes look; the returned Axes is right (histogram plus rug over [min, max], labelled x axis); breaks 'Draw their distribution on a new figure' (the function should draw its own figure, not restyle every other one)
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    plt.style.use('ggplot')                    # a nicer look
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.plot(values, np.zeros_like(values), '|', color='black', markersize=15)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
