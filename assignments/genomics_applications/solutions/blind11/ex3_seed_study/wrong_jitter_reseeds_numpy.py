# verdict: wrong
# what: a jittered strip plot whose jitter comes from np.random.seed(0) + np.random.uniform inside the function, which resets the caller's global numpy generator: np.random.seed(123); plot_loss_distribution([0.50, 0.51, 0.52, 0.53, 0.54, 0.90]); np.random.random() gives 0.43758721 instead of 0.69646919 (the drawing itself is right: every value at its x, from 0.50 to 0.90, x axis labelled); breaks the format rules' "each must leave the session as it found it" (the notebook keeps np.random's global state for the caller's legacy code)
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    np.random.seed(0)                      # the same vertical jitter every time the plot is redrawn
    jitter = np.random.uniform(-0.3, 0.3, size=values.size)
    ax.scatter(values, jitter, s=30, alpha=0.8)
    ax.axhline(0.0, color="lightgrey", lw=0.8, zorder=0)
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.set_xlabel("final training loss (MSE)")
    return ax
