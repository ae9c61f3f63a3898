# verdict: wrong
# what: a strip of the losses plus the mean with a 'range' error bar, with xerr=[[min], [max]] (matplotlib reads xerr as distances from the mean, not as end points); input: [0.50, 0.51, 0.52, 0.53, 0.54, 0.90]: the bar runs from 0.066 to 1.50 instead of 0.50 to 0.90; [10.4, 10.45]: from -0.23 to 21.13; breaks 'What you draw must show the values themselves, spanning them from the smallest to the largest'
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    jitter = np.linspace(-0.15, 0.15, values.size)
    ax.scatter(values, jitter, color='tab:blue', zorder=3, label='one seed')
    # the mean, with a bar from the smallest to the largest loss
    ax.errorbar(values.mean(), 0.4, xerr=[[values.min()], [values.max()]], fmt='D', color='black',
                capsize=4, label='mean and range')
    ax.set_ylim(-0.5, 0.8)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    ax.legend()
    return ax
