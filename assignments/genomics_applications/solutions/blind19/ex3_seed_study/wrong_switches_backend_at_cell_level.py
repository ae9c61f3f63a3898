# verdict: wrong
# what: the solution cell switches matplotlib's backend at top level (matplotlib.use('Agg')) so that no window opens during the seed study; with the session on another backend ('pdf' here; Jupyter's inline backend in a notebook), matplotlib.get_backend() is 'Agg' after the cell instead of unchanged ('pdf' after the instructor's cell); the functions' values are right (breaks the format rule 'matplotlib's settings ... are the caller's', for the solution cell itself)
# The student had figures pop up in separate windows when running the notebook as a script
# and forces the non-interactive backend for the rest of the session.
import matplotlib
matplotlib.use('Agg')          # no GUI windows; figures are only returned


def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax

