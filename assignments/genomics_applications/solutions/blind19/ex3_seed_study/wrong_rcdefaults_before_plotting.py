# verdict: wrong
# what: the plot starts with plt.rcdefaults() to draw in matplotlib's clean default style, which resets every rcParams the notebook (or caller) set; with the notebook's rcParams (figure.figsize (10, 5), axes.grid True, grid.alpha 0.3), one call on O = [0.50, 0.51, 0.52, 0.53, 0.54, 0.90] leaves figure.figsize [6.4, 4.8], axes.grid False and grid.alpha 1.0 instead of unchanged; the plot itself is right (breaks the format rule 'matplotlib's settings (with plt.style.context(...) or plt.rc_context, not plt.style.use ...) ... are the caller's')
# The student wants the figure to look the same wherever it is drawn, whatever style the
# notebook set, and resets the style first.
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    plt.rcdefaults()                       # draw in the default style, whatever was set before
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

