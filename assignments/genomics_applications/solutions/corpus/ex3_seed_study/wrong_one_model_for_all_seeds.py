# verdict: wrong
# what: builds one model and optimizer before the loop and keeps training it for every seed, so runs are neither independent nor train_autoencoder's
# feedback: fresh|new model|independent
def seed_study(X, seeds, epochs=100):
    model = GeneExpressionAutoencoder(n_genes=X.shape[1])
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.MSELoss()
    final_losses = []
    for seed in seeds:
        torch.manual_seed(seed)
        for _ in range(epochs):
            optimizer.zero_grad()
            loss = loss_fn(model(X), X)
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

