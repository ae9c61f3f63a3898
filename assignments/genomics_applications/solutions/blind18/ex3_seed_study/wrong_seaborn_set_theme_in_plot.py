# verdict: wrong
# what: sns.set_theme(style='whitegrid') inside plot_loss_distribution; after one call rcParams['font.size'] is 12.0 instead of 10.0 and 'grid.color' '.8' instead of '#b0b0b0' (and the axes style of every later figure changes); the plot is right; breaks the format rules' "matplotlib's settings (with plt.style.context(...) or plt.rc_context, not plt.style.use ...) ... are the caller's"
import seaborn as sns


def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    sns.set_theme(style='whitegrid')             # nicer default look
    fig, ax = plt.subplots()
    sns.histplot(x=values, bins=min(10, values.size), ax=ax)
    sns.rugplot(x=values, ax=ax, color='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
