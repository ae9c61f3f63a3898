# verdict: wrong
# what: plt.rcParams.update({'figure.figsize': (6, 4), 'font.size': 11}) at the top of the solution cell; after the cell rcParams['figure.figsize'] is [6.0, 4.0] and 'font.size' 11.0 instead of the notebook's [10.0, 5.0] and 10.0, so every later figure of the notebook changes; the functions are right; breaks the format rules' "and so must your solution cell itself when it runs (its top-level lines) ... matplotlib's settings (with plt.style.context(...) or plt.rc_context ...)"
plt.rcParams.update({'figure.figsize': (6, 4), 'font.size': 11})   # a compact figure for this exercise


def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.asarray(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), color='tab:blue', edgecolor='white')
    ax.plot(values, np.zeros_like(values), '|', color='black', ms=20)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('seeds')
    return ax
