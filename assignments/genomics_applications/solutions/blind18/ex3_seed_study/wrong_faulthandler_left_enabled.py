# verdict: wrong
# what: seed_study calls faulthandler.enable() (tracebacks if torch crashes) and leaves it on; after seed_study(X, [3], epochs=2) faulthandler.is_enabled() is True instead of False; the losses are right; breaks the format rules' "each must leave the session as it found it ... the process itself: ... tracing hooks"
import faulthandler
import sys


def seed_study(X, seeds, epochs=100):
    # torch can crash hard (segfault) on bad inputs: print a traceback if that happens
    faulthandler.enable(file=sys.__stderr__)
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    return ax
