# verdict: correct
# what: consumes the seeds with iter()/next() in a while loop, unpacking the (model, losses) pair; the plot is a rug/strip plot of every loss drawn with ax.eventplot, x axis labelled
def seed_study(X, seeds, epochs=100):
    results = []
    it = iter(seeds)
    while True:
        try:
            seed = next(it)
        except StopIteration:
            break
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        results.append(float(losses[-1]))
    return np.asarray(results, dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float).ravel()
    fig, ax = plt.subplots(figsize=(8, 2.5))
    ax.eventplot(values, orientation='horizontal', lineoffsets=0.0, linelengths=0.8, colors='tab:blue')
    pad = 0.05 * (np.ptp(values) or abs(values[0]) or 1.0)
    ax.set_xlim(values.min() - pad, values.max() + pad)
    ax.set_yticks([])
    ax.set_xlabel('final training loss after the last epoch (one tick per seed)')
    ax.set_title(f'{values.size} runs')
    return ax
