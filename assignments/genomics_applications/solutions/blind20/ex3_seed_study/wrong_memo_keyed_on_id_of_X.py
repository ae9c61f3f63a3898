# verdict: wrong
# what: seed_study memoises final losses in a module-level dict keyed on (id(X), seed, epochs); after X is changed in place (or a new tensor reuses a freed id) the stale losses come back: X = torch.randn(40, 12) (generator seed 1), seed_study(X, [3], epochs=5) = [0.60907912], then X.mul_(2) and the same call: [0.60907912] again instead of [2.45595551] (train_autoencoder and reference.seed_study on the doubled X); breaks "for each seed in seeds ... train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss"
# Training is the slow part; the student caches runs so repeated studies in the notebook are quick.
_RUNS = {}


def seed_study(X, seeds, epochs=100):
    out = []
    for seed in seeds:
        key = (id(X), int(seed), int(epochs))
        if key not in _RUNS:
            _RUNS[key] = train_autoencoder(X, seed, epochs=epochs)[1][-1]
        out.append(_RUNS[key])
    return np.array(out, dtype=float)

def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

