# verdict: wrong
# what: draws every call on the one figure fetched by name and cleared first (plt.figure("losses"); fig.clf()), so a second call wipes the Axes the first call returned
# feedback: new figure|reused or cleared
def seed_study(X, seeds, epochs=100):
    finals = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig = plt.figure("losses")
    fig.clf()
    ax = fig.add_subplot()
    ax.boxplot(values, vert=False)
    ax.set_xlabel("final training loss")
    return ax
