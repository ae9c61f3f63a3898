# verdict: correct
# what: correct: seed_study unpacks map(...) over the seeds into a list (iterates the seeds once, keeps order and repeats); the plot draws a step-filled histogram over [min, max] with a vertical line at every value (ax.vlines), on plt.figure().subplots(), x axis labelled; agrees with reference and the notebook's train_autoencoder on ordinary and edge inputs (see README)
# A student who likes functional style and wants every seed visible even when bins merge them.


def seed_study(X, seeds, epochs=100):
    def final_loss(seed):
        return train_autoencoder(X, seed, epochs=epochs)[1][-1]
    return np.array([*map(final_loss, seeds)], dtype=np.float64)


def plot_loss_distribution(final_losses):
    values = np.array(final_losses, dtype=np.float64)
    ax = plt.figure(figsize=(7, 4)).subplots()
    counts, edges, _ = ax.hist(values, bins=max(1, min(12, values.size // 2)), histtype='stepfilled',
                               alpha=0.4, color='tab:green')
    ax.vlines(values, 0, max(counts.max(), 1) * 0.25, color='black', lw=1)
    ax.set_xlabel('final training loss after the last epoch (MSE)')
    ax.set_ylabel('seeds')
    return ax
