# verdict: correct
# what: preallocated np.empty filled by index with enumerate; vertical violin plot whose x axis is labelled with the run description and y with the loss
def seed_study(X, seeds, epochs=100):
    seeds = list(seeds)
    out = np.empty(len(seeds))
    for i, s in enumerate(seeds):
        _, loss_curve = train_autoencoder(X, s, epochs)
        out[i] = loss_curve[-1]
    return out


def plot_loss_distribution(final_losses):
    plt.figure(figsize=(4, 5))
    plt.violinplot(final_losses, showmeans=True)
    plt.xticks([1], [f'{len(final_losses)} seeds'])
    plt.xlabel('Autoencoder runs (one per seed)')
    plt.ylabel('Final loss')
    plt.title('Seed dependence of the final loss')
    return plt.gca()
