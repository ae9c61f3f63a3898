# verdict: wrong
# what: saves every figure into a figures/ folder by os.makedirs('figures') and os.chdir('figures'), and never changes back: the plot is right, but after one call made in directory D, os.getcwd() is D/figures, after a second D/figures/figures (and the caller's relative paths now point elsewhere); breaks the format rules' "each must leave the session as it found it ... the working directory ... are the caller's"
import os

def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor='black')
    ax.set_xlabel('final training loss (MSE)')
    ax.set_ylabel('number of seeds')
    # keep a copy of every figure in a figures/ folder
    os.makedirs('figures', exist_ok=True)
    os.chdir('figures')
    fig.savefig(f'loss_distribution_{values.size}_seeds.png', dpi=80)
    return ax
