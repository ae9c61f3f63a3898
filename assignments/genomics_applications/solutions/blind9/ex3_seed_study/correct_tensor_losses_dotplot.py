# verdict: correct
# what: seed_study collects losses[-1] per seed into a float64 torch tensor and converts it with .numpy(); the plot is a Cleveland dot plot of the sorted losses against their rank (every value drawn at its own x) and a dashed median line, on plt.figure().add_subplot()
def seed_study(X, seeds, epochs=100):
    finals = []
    for s in seeds:
        _, history = train_autoencoder(X, s, epochs=epochs)
        finals.append(history[-1])
    return torch.tensor(finals, dtype=torch.float64).numpy()


def plot_loss_distribution(final_losses):
    v = np.sort(np.array(list(final_losses), dtype=np.float64))
    ranks = np.arange(1, v.size + 1)
    fig = plt.figure(figsize=(6, 4))
    ax = fig.add_subplot()
    ax.plot(v, ranks, 'o', color='tab:purple')
    ax.axvline(np.median(v), color='k', ls='--', lw=1, label='median')
    ax.set_xlabel('final training loss of each seed (MSE)')
    ax.set_ylabel('rank among seeds')
    ax.legend()
    return ax
