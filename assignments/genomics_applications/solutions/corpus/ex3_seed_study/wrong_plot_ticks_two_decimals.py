# verdict: wrong
# what: writes the x tick labels with a fixed two-decimal format ("tidier" than matplotlib's), so on losses near 1e-5 every tick reads 0.00 and the plot no longer shows the values
# feedback: tick label.*reads the same
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    from matplotlib.ticker import FormatStrFormatter

    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.xaxis.set_major_formatter(FormatStrFormatter('%.2f'))
    ax.set_xlabel('final training loss')
    ax.set_ylabel('number of seeds')
    return ax
