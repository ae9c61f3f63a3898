# verdict: wrong
# what: returns np.sort of the final losses ("the distribution, smallest first"): on the visible 40 x 12 tensor, seed_study(X, [2, 1, 3], epochs=5) gives [0.60907912, 0.62921727, 0.67541182] instead of [0.67541182, 0.62921727, 0.60907912], [2**31, 7] with 3 epochs [0.87361753, 0.87709886] instead of [0.87709886, 0.87361753], a generator of [5, 5, 0] with 3 epochs [0.83167255, 0.8748579, 0.8748579] instead of [0.8748579, 0.8748579, 0.83167255]; the visible seeds [3, 1, 2] happen to give ascending losses; breaks "for each seed in seeds, in the order given ... Return these values as a 1-D numpy array of floats, one per seed"
def seed_study(X, seeds, epochs=100):
    finals = [train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds]
    # the distribution of final losses, smallest first (ready for an ECDF or quantiles)
    return np.sort(np.array(finals, dtype=float))


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
