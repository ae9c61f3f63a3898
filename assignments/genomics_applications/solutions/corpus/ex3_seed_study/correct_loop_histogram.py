# verdict: correct
# what: plain for-loop collecting losses[-1]; histogram on plt.subplots axes with labelled x axis
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, losses = train_autoencoder(X, seed, epochs=epochs)
        final_losses.append(losses[-1])
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.hist(final_losses, bins=10, color='steelblue', edgecolor='black')
    ax.set_xlabel('Final training loss (MSE)')
    ax.set_ylabel('Number of seeds')
    ax.set_title('Final loss across random seeds')
    return ax
