# verdict: wrong
# what: recomputes the MSE of the trained model after the last optimizer step instead of the last recorded training loss
# feedback: recorded|after (the last step|training)|recomput
def seed_study(X, seeds, epochs=100):
    final_losses = []
    for seed in seeds:
        model, _ = train_autoencoder(X, seed, epochs=epochs)
        with torch.no_grad():
            final_losses.append(nn.MSELoss()(model(X), X).item())
    return np.array(final_losses)


def plot_loss_distribution(final_losses):
    fig, ax = plt.subplots()
    ax.hist(final_losses, bins=10)
    ax.set_xlabel("Final loss")
    ax.set_ylabel("Count")
    return ax

