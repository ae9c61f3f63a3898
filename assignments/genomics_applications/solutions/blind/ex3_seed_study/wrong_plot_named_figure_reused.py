# verdict: wrong
# what: draws on plt.figure('seed study') after fig.clf(): every call reuses the same figure (a new Axes each time, but not a new figure), and a second call wipes the first plot
def seed_study(X, seeds, epochs=100):
    final = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        final.append(losses[-1])
    return np.array(final, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig = plt.figure('seed study')        # one window for the seed study, cleared each time
    fig.clf()
    ax = fig.add_subplot()
    ax.hist(values, bins=min(10, len(values)), color='steelblue', edgecolor='white')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('count')
    return ax
