# verdict: wrong
# what: reduces every seed modulo 2**31 ('torch seeds are 32-bit signed integers') before train_autoencoder: the visible tensor, seeds [2**31, 7], 3 epochs: [0.83167255, 0.87361753] instead of [0.87709886, 0.87361753] (seed 2**31 trained as seed 0); seeds [-3, 4]: [0.82586867, 0.87316215] instead of [0.86675131, 0.87316215]; seeds in [0, 2**31) right; breaks "for each seed in seeds ... train_autoencoder(X, seed, epochs=epochs)" and "seeds is any iterable of at least one integer"
def seed_study(X, seeds, epochs=100):
    finals = []
    for seed in seeds:
        seed = int(seed) % 2**31              # torch seeds are 32-bit signed integers
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
