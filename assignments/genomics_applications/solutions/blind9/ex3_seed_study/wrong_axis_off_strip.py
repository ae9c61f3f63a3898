# verdict: wrong
# what: a jittered strip plot with each value annotated, then ax.set_axis_off() 'for a clean look': get_xlabel() returns 'final training loss (MSE)' but ax.axison is False, so neither the x axis nor its label is drawn (every input); breaks "Give the x axis of that Axes a non-empty label that says what is plotted"
def seed_study(X, seeds, epochs=100):
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots(figsize=(8, 2))
    jitter = np.random.default_rng(0).uniform(-0.2, 0.2, values.size)
    ax.scatter(values, jitter, s=40, alpha=0.7)
    for v in values:
        ax.annotate(f'{v:.4g}', (v, 0.25), ha='center', fontsize=7, rotation=90)
    ax.set_ylim(-0.5, 1.0)
    ax.set_xlabel('final training loss (MSE)')
    ax.set_axis_off()              # a clean strip plot: no frame, no ticks
    return ax
