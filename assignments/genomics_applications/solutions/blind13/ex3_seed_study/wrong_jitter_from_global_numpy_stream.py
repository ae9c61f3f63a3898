# verdict: wrong
# what: a strip plot whose vertical jitter comes from np.random.uniform, the caller's global stream: after np.random.seed(123), a call with [0.5, 0.6, 0.7] and then np.random.random() gives 0.55131477 instead of 0.69646919 (the drawing itself is right, every value at its x); breaks the format rules' "the global random generators (never reseed np.random, random or torch's unless the notebook's code does) ... are the caller's" (each call must leave the session as it found it)
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 3))
    jitter = np.random.uniform(-0.15, 0.15, size=values.size)    # vertical jitter only
    ax.scatter(values, jitter, alpha=0.7)
    ax.set_ylim(-0.5, 0.5)
    ax.set_yticks([])
    ax.set_xlabel('final training loss (MSE)')
    return ax
