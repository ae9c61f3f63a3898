# verdict: wrong
# what: caps epochs at 200 ('the loss curves flatten out well before 200 epochs'): the visible 40 x 12 tensor (torch.randn, generator seed 1), seeds [0, 3], epochs=300 (the notebook itself suggests trying epochs=300): [5.76653281e-10, 8.30606806e-10] (the losses after 200 epochs) instead of [1.97311169e-06, 5.47276904e-05]; epochs=250: the same values instead of [7.3272e-04, 1.4707e-04]; epochs <= 200 right; breaks "train ... with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss"
def seed_study(X, seeds, epochs=100):
    # the loss curves flatten out well before 200 epochs: more is wasted time
    epochs = min(epochs, 200)
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), color="tab:blue", alpha=0.7)
    ax.plot(values, np.zeros_like(values), "|", color="black", markersize=15)
    ax.set_xlabel("final training loss (MSE)")
    ax.set_ylabel("number of seeds")
    return ax
