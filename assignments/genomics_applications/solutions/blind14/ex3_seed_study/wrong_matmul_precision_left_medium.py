# verdict: wrong
# what: calls torch.set_float32_matmul_precision('medium') 'for faster float32 products' before training and leaves it; on this CPU build it changes the float32 matrix products, so the losses change, and the visible tests pass only because their own train_autoencoder calls run after it under the same setting; input: a fresh session, _Xs, seeds [3, 1, 2], 5 epochs: [0.60878354, 0.6288417, 0.67713773] instead of [0.60907912, 0.62921727, 0.67541182], and afterwards torch.get_float32_matmul_precision() is 'medium' instead of 'highest'; breaks 'train the notebook's autoencoder with train_autoencoder(X, seed, epochs=epochs) ... and take the final training loss' and the format rules' 'torch's default dtype, thread count and modes ... are the caller's'
def seed_study(X, seeds, epochs=100):
    torch.set_float32_matmul_precision('medium')     # faster float32 matrix products
    return np.array([train_autoencoder(X, seed, epochs=epochs)[1][-1] for seed in seeds], dtype=float)


def plot_loss_distribution(final_losses):
    values = np.asarray(final_losses, dtype=float)
    fig, ax = plt.subplots()
    ax.hist(values, bins=min(10, values.size), edgecolor="black")
    ax.set_xlabel("final training loss (MSE after the last epoch)")
    ax.set_ylabel("number of seeds")
    return ax

