# verdict: correct
# what: seed_study walks iter(seeds) with next() and grows a float64 array with np.append; the plot is a horizontal box plot with whiskers at the minimum and maximum (whis=(0, 100)) plus every value as a point, on plt.figure().add_subplot().
def seed_study(X, seeds, epochs=100):
    it = iter(seeds)
    out = np.empty(0, dtype=np.float64)
    while True:
        try:
            s = next(it)
        except StopIteration:
            break
        model, losses = train_autoencoder(X, s, epochs=epochs)
        out = np.append(out, float(losses[-1]))
    return out


def plot_loss_distribution(final_losses):
    vals = np.array(list(np.ravel(final_losses)), dtype=np.float64)
    fig = plt.figure(figsize=(7, 3))
    ax = fig.add_subplot()
    ax.boxplot(vals, vert=False, whis=(0, 100), widths=0.5)
    ax.plot(vals, np.ones_like(vals), 'o', color='tab:red', alpha=0.6, label='one seed')
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.legend(loc='upper right')
    return ax
