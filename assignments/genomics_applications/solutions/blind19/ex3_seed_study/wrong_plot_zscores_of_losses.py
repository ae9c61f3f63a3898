# verdict: wrong
# what: the plot shows the z-scores (loss - mean) / sd of the final losses instead of the losses, so the spread between seeds is compared on one scale; O = [0.50, 0.51, 0.52, 0.53, 0.54, 0.90]: the bars span [-0.535, 2.033] (z-scores) instead of the losses' [0.50, 0.90] (breaks 'What you draw must show the values themselves ...: not transformed values')
# The student thinks the shape of the distribution is what matters and standardises it.
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    z = (values - values.mean()) / values.std(ddof=1)
    fig, ax = plt.subplots()
    ax.hist(z, bins=min(10, z.size), edgecolor="black")
    ax.set_xlabel("final training loss, standardised ((loss - mean) / sd)")
    ax.set_ylabel("number of seeds")
    return ax
