"""Exercise 3: the autoencoder, its bitwise reproducibility and the seed study."""

from __future__ import annotations

import time

import numpy as np
import pytest
import torch
from torch import nn

from reference import (
    GeneExpressionAutoencoder,
    seed_study,
    simulate_expression,
    torch_threads,
    train_autoencoder,
)

EPOCHS = 30  # enough for seeds to separate; keeps the suite fast


@pytest.fixture(scope="module")
def X():
    return simulate_expression(n_cells=200, n_genes=40, seed=42)


def test_same_seed_gives_bitwise_identical_losses(X):
    _, a = train_autoencoder(X, seed=3, epochs=EPOCHS)
    _, b = train_autoencoder(X, seed=3, epochs=EPOCHS)
    assert a == b


def test_same_seed_gives_identical_weights(X):
    m1, _ = train_autoencoder(X, seed=3, epochs=EPOCHS)
    m2, _ = train_autoencoder(X, seed=3, epochs=EPOCHS)
    for p1, p2 in zip(m1.parameters(), m2.parameters(), strict=True):
        assert torch.equal(p1, p2)


def test_different_seeds_give_different_losses(X):
    _, a = train_autoencoder(X, seed=1, epochs=EPOCHS)
    _, b = train_autoencoder(X, seed=2, epochs=EPOCHS)
    assert a[-1] != b[-1]


def test_losses_have_one_entry_per_epoch_and_decrease(X):
    _, losses = train_autoencoder(X, seed=0, epochs=EPOCHS)
    assert len(losses) == EPOCHS and all(isinstance(v, float) for v in losses)
    assert losses[-1] < losses[0]


def test_matches_notebook_code_verbatim():
    """The seed notebook's class, data and loop, copied as written, run under the same
    thread count, give bitwise the reference's losses (full size, 100 epochs)."""

    class NotebookAutoencoder(nn.Module):
        def __init__(self, n_genes, n_latent=10):
            super().__init__()
            self.encoder = nn.Sequential(
                nn.Linear(n_genes, 128), nn.ReLU(), nn.Linear(128, n_latent)
            )
            self.decoder = nn.Sequential(
                nn.Linear(n_latent, 128), nn.ReLU(), nn.Linear(128, n_genes)
            )

        def forward(self, x):
            z = self.encoder(x)
            return self.decoder(z)

    def notebook_train(X, seed, epochs=100):
        torch.manual_seed(seed)
        model = NotebookAutoencoder(n_genes=X.shape[1])
        optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
        losses = []
        for epoch in range(epochs):  # noqa: B007 (verbatim notebook code)
            optimizer.zero_grad()
            X_recon = model(X)
            loss = nn.MSELoss()(X_recon, X)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        return model, losses

    X = simulate_expression()  # the notebook's 500 x 100 data
    with torch_threads(1):
        _, expected = notebook_train(X, 42)
    _, got = train_autoencoder(X, 42)
    assert got == expected


def test_numpy_input_gives_same_losses_as_tensor(X):
    _, a = train_autoencoder(X, seed=5, epochs=5)
    _, b = train_autoencoder(X.numpy().astype(np.float64), seed=5, epochs=5)
    assert a == b


def test_seed_study_returns_final_losses_in_seed_order(X):
    seeds = [7, 1, 4]
    finals = seed_study(X, seeds, epochs=EPOCHS)
    assert finals.dtype == np.float64 and finals.shape == (3,)
    expected = [train_autoencoder(X, s, epochs=EPOCHS)[1][-1] for s in seeds]
    np.testing.assert_array_equal(finals, expected)


def test_seed_study_accepts_any_iterable(X):
    np.testing.assert_array_equal(
        seed_study(X, range(2), epochs=3), seed_study(X, [0, 1], epochs=3)
    )


def test_torch_threads_sets_and_restores_thread_count():
    before = torch.get_num_threads()
    target = 1 if before != 1 else 2
    with torch_threads(target):
        assert torch.get_num_threads() == target
    assert torch.get_num_threads() == before


def test_torch_threads_restores_after_an_exception():
    before = torch.get_num_threads()
    with pytest.raises(RuntimeError), torch_threads(1):
        raise RuntimeError("boom")
    assert torch.get_num_threads() == before


def test_a_block_in_another_python_thread_never_changes_the_count_under_a_running_block():
    """The count is process-wide: a block that ends must not restore its count while another runs."""
    import threading

    torch.set_num_threads(2)
    first_inside, seen = threading.Event(), []

    def first():
        with torch_threads(1):
            first_inside.set()
            time.sleep(0.05)

    def second():
        first_inside.wait()
        with torch_threads(1):
            for _ in range(30):
                seen.append(torch.get_num_threads())
                time.sleep(0.005)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen and set(seen) == {1} and torch.get_num_threads() == 2


def test_training_leaves_thread_count_unchanged(X):
    before = torch.get_num_threads()
    train_autoencoder(X, seed=0, epochs=1)
    assert torch.get_num_threads() == before


def test_simulate_expression_reproduces_notebook_global_rng_code():
    state = torch.get_rng_state()
    try:
        torch.manual_seed(42)
        cell_type = torch.randint(0, 2, (500,))
        expected = torch.randn(500, 100)
        expected[cell_type == 1, :50] += 2
    finally:
        torch.set_rng_state(state)
    X, labels = simulate_expression(return_labels=True)
    assert X.dtype == torch.float32
    assert torch.equal(X, expected) and torch.equal(labels, cell_type)


def test_simulate_expression_leaves_global_rng_untouched():
    state = torch.get_rng_state()
    simulate_expression(n_cells=10, n_genes=4, seed=1)
    assert torch.equal(torch.get_rng_state(), state)


def test_model_shapes():
    model = GeneExpressionAutoencoder(n_genes=7, n_latent=3)
    assert model(torch.zeros(5, 7)).shape == (5, 7)
    assert model.encoder(torch.zeros(5, 7)).shape == (5, 3)


@pytest.mark.parametrize("epochs", [0, -2])
def test_epochs_must_be_positive(X, epochs):
    with pytest.raises(ValueError, match=f"epochs must be >= 1; got {epochs}"):
        train_autoencoder(X, seed=0, epochs=epochs)


def test_non_finite_expression_is_rejected():
    bad = torch.zeros(4, 3)
    bad[1, 2] = float("nan")
    with pytest.raises(ValueError, match="X must be finite"):
        train_autoencoder(bad, seed=0, epochs=1)


def test_one_dimensional_expression_is_rejected():
    with pytest.raises(ValueError, match=r"X must be 2-D .* got shape \(4,\)"):
        train_autoencoder(torch.zeros(4), seed=0, epochs=1)


def test_seed_must_be_an_integer(X):
    with pytest.raises(TypeError, match="seed must be an integer; got 1.5"):
        train_autoencoder(X, seed=1.5, epochs=1)


def test_seed_study_needs_seeds(X):
    with pytest.raises(ValueError, match="at least one seed"):
        seed_study(X, [], epochs=1)
