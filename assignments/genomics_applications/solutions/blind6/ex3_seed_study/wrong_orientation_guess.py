# verdict: wrong
# what: "fixes" the orientation of X by transposing it when it has fewer rows than columns (assuming genes x cells input), so a data set with fewer cells than genes is trained transposed and gives other losses; breaks "X is a float32 torch tensor (cells x genes)" and "train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs)"
def seed_study(X, seeds, epochs=100):
    if X.shape[0] < X.shape[1]:          # expression matrices often come as genes x cells
        X = X.T.contiguous()
    finals = []
    for seed in seeds:
        _, losses = train_autoencoder(X, seed, epochs=epochs)
        finals.append(losses[-1])
    return np.array(finals, dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax
