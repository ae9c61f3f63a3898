# verdict: wrong
# what: redirects sys.stdout to seed_study.log to keep a record and 'restores' it as sys.__stdout__; input: a call inside contextlib.redirect_stdout(buf) (as in Jupyter, where sys.stdout is the kernel's stream): after the call sys.stdout is sys.__stdout__ instead of buf, so the caller's later prints bypass it (buf captures '' instead of the print); it also writes seed_study.log into the working directory; the losses are right; breaks the format rules' 'each must leave the session as it found it'
import sys

def seed_study(X, seeds, epochs=100):
    """Final training loss of train_autoencoder(X, seed, epochs=epochs) for each seed, in order.

    Every run is also written to seed_study.log, so the study is on record.
    """
    finals = []
    sys.stdout = open("seed_study.log", "a")
    for seed in seeds:
        finals.append(train_autoencoder(X, seed, epochs=epochs)[1][-1])
        print(f"seed {seed}: final loss {finals[-1]:.10f} after {epochs} epochs")
    sys.stdout.close()
    sys.stdout = sys.__stdout__
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    """Histogram of the final losses with a rug of every value, on a new figure."""
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

