# verdict: correct
# what: the final losses appended to a stdlib array.array('d') in one pass over the seeds and returned through np.frombuffer(...).copy(); the plot is a cumulative step-filled histogram (a binned ECDF) with edges from min to max (a narrow bin around the value when all are equal) plus a vertical tick per seed (ax.vlines), on plt.figure().add_subplot(); seed_study bitwise equal to reference.seed_study on the visible 40 x 12 tensor for [3, 1, 2] (5 epochs), np.arange(3) (4), an int32 array [4, 4] (3), [2**31, 7] (3), range(2) (2), [-3, 4] (3), a generator of [5, 5, 0] (3), [2, 1, 3] (5) and [0, 3] (5); drawn over [min, max] on [0.50, 0.51, 0.52, 0.53, 0.54, 0.90], [0.5, 0.5, 0.6], [10.4, 10.45], [1.7e-5, 2.0e-5, 2.6e-5] and the unsorted [0.61, 0.50, 0.55, 0.90, 0.52], [0.4995, 0.5005] for [0.5, 0.5], a new figure each call and an x label
import array


def seed_study(X, seeds, epochs=100):
    finals = array.array('d')                      # a growable buffer of C doubles
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.frombuffer(finals, dtype=np.float64).copy()


def plot_loss_distribution(final_losses):
    values = np.sort(np.asarray(final_losses, dtype=np.float64))
    fig = plt.figure()
    ax = fig.add_subplot(1, 1, 1)
    lo, hi = values[0], values[-1]
    if hi > lo:
        edges = np.linspace(lo, hi, min(values.size, 10) + 1)
    else:
        half = 1e-3 * max(abs(lo), 1e-12)
        edges = np.array([lo - half, lo + half])
    # cumulative counts (a binned ECDF) plus one tick per seed at its loss
    ax.hist(values, bins=edges, cumulative=True, histtype='stepfilled', alpha=0.4, color='tab:green')
    ax.vlines(values, 0, 0.6, colors='black', linewidth=1)
    ax.set_xlabel('final training loss (MSE after the last epoch)')
    ax.set_ylabel('seeds with a loss at most x')
    return ax
