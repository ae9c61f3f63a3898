# verdict: wrong
# what: re-implements the training loop with Adam lr=0.001 instead of calling train_autoencoder (lr 0.01), so the losses differ
# feedback: train_autoencoder
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        torch.manual_seed(seed)
        model = GeneExpressionAutoencoder(n_genes=X.shape[1])
        optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
        for epoch in range(epochs):
            optimizer.zero_grad()
            loss = nn.MSELoss()(model(X), X)
            loss.backward()
            optimizer.step()
        final_losses.append(loss.item())
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

