"""Gene-expression autoencoder and the seed study (exercise 3).

The model and training loop reproduce the notebook's teaching code
operation for operation, so that with the same seed, data and thread count
the losses are bitwise identical. Any change to the order of random draws
(model construction) or of floating-point operations (loss, optimiser)
would break that comparison.

Thread count matters: float32 reductions are split across threads, so
training with 1 and 2 threads differs by about 1e-3 relative after 100
epochs, while equal thread counts give identical results. The reference
therefore trains under :func:`torch_threads` (1 thread, also the fastest
for this small model).
"""

from __future__ import annotations

import contextlib
import numbers
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import torch
from torch import nn

from ._validation import check_int

__all__ = [
    "GeneExpressionAutoencoder",
    "train_autoencoder",
    "seed_study",
    "torch_threads",
    "simulate_expression",
    "REFERENCE_THREADS",
]

#: Thread count under which the reference trains.
REFERENCE_THREADS = 1


class GeneExpressionAutoencoder(nn.Module):
    """Two-layer MLP autoencoder: ``n_genes -> n_hidden -> n_latent -> n_hidden -> n_genes``.

    Parameters
    ----------
    n_genes : int
        Input/output dimension (genes).
    n_latent : int, default 10
        Bottleneck dimension.
    n_hidden : int, default 128
        Width of the hidden ReLU layers.
    """

    def __init__(self, n_genes: int, n_latent: int = 10, n_hidden: int = 128) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Linear(n_genes, n_hidden), nn.ReLU(), nn.Linear(n_hidden, n_latent)
        )
        self.decoder = nn.Sequential(
            nn.Linear(n_latent, n_hidden), nn.ReLU(), nn.Linear(n_hidden, n_genes)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Reconstruct ``x`` of shape (n_cells, n_genes)."""
        return self.decoder(self.encoder(x))


#: torch's thread count is one setting of the whole process: blocks that change it take turns
_THREADS_LOCK = threading.RLock()


@contextlib.contextmanager
def torch_threads(n: int) -> Iterator[None]:
    """Run the block with ``torch.set_num_threads(n)``, restoring the old count.

    The count is process-wide, so blocks in different Python threads run one
    at a time: otherwise one block's exit would restore its count while
    another block still trains (and its results would depend on the timing).

    Parameters
    ----------
    n : int
        Number of intra-op threads, ``>= 1``.
    """
    n = check_int(n, "n", minimum=1)
    with _THREADS_LOCK:
        previous = torch.get_num_threads()
        torch.set_num_threads(n)
        try:
            yield
        finally:
            torch.set_num_threads(previous)


def _as_expression_tensor(X: Any) -> torch.Tensor:
    """Validate ``X`` and return it as a 2-D float32 tensor (no copy if already one)."""
    if isinstance(X, torch.Tensor):
        t = X.detach()
    else:
        arr = np.asarray(X)
        if not (np.issubdtype(arr.dtype, np.number) or arr.dtype == bool) or np.iscomplexobj(arr):
            raise TypeError(f"X must be a real numeric array or tensor; got dtype {arr.dtype}")
        t = torch.as_tensor(arr)
    if t.is_complex():
        raise TypeError(f"X must be real; got dtype {t.dtype}")
    t = t.to(torch.float32)
    if t.ndim != 2:
        raise ValueError(f"X must be 2-D (n_cells, n_genes); got shape {tuple(t.shape)}")
    if t.shape[0] < 1 or t.shape[1] < 1:
        raise ValueError(f"X must have at least one cell and one gene; got shape {tuple(t.shape)}")
    if not bool(torch.isfinite(t).all()):
        raise ValueError("X must be finite; found NaN or inf")
    return t


def _check_torch_seed(seed: Any) -> int:
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise TypeError(f"seed must be an integer; got {seed!r} of type {type(seed).__name__}")
    return int(seed)


def _train(
    X: torch.Tensor, seed: int, epochs: int
) -> tuple[GeneExpressionAutoencoder, list[float]]:
    # Verbatim the notebook's loop: same seeding, construction and op order.
    torch.manual_seed(seed)
    model = GeneExpressionAutoencoder(n_genes=X.shape[1])
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.MSELoss()
    losses = []
    for _ in range(epochs):
        optimizer.zero_grad()
        loss = loss_fn(model(X), X)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return model, losses


def train_autoencoder(
    X: Any, seed: int, epochs: int = 100
) -> tuple[GeneExpressionAutoencoder, list[float]]:
    """Train the autoencoder full-batch with Adam (lr 0.01) on the MSE loss.

    Parameters
    ----------
    X : tensor or array_like of shape (n_cells, n_genes)
        Expression matrix; converted to float32.
    seed : int
        Passed to ``torch.manual_seed`` before the model is built (this
        reseeds torch's global generator, as the notebook's code does).
    epochs : int, default 100
        Number of full-batch steps, ``>= 1``.

    Returns
    -------
    model : GeneExpressionAutoencoder
    losses : list of float, length ``epochs``
        Training loss (mean squared error per entry) before each step.

    Notes
    -----
    Runs under ``torch_threads(REFERENCE_THREADS)``; compare with student
    results computed under the same thread count.
    """
    t = _as_expression_tensor(X)
    seed = _check_torch_seed(seed)
    epochs = check_int(epochs, "epochs", minimum=1)
    with torch_threads(REFERENCE_THREADS):
        return _train(t, seed, epochs)


def seed_study(X: Any, seeds: Iterable[int], epochs: int = 100) -> np.ndarray:
    """Final training loss of :func:`train_autoencoder` for each seed, in order.

    Parameters
    ----------
    X : tensor or array_like of shape (n_cells, n_genes)
    seeds : iterable of int
        At least one seed.
    epochs : int, default 100

    Returns
    -------
    ndarray of shape (n_seeds,), dtype float64
    """
    t = _as_expression_tensor(X)
    seed_list = [_check_torch_seed(s) for s in seeds]
    if not seed_list:
        raise ValueError("seeds must contain at least one seed; got none")
    epochs = check_int(epochs, "epochs", minimum=1)
    with torch_threads(REFERENCE_THREADS):
        finals = [_train(t, s, epochs)[1][-1] for s in seed_list]
    return np.asarray(finals, dtype=np.float64)


def simulate_expression(
    n_cells: int = 500, n_genes: int = 100, seed: int = 42, *, return_labels: bool = False
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
    """The notebook's two-cell-type expression matrix.

    Parameters
    ----------
    n_cells, n_genes : int
        Matrix shape; ``n_genes >= 2``.
    seed : int, default 42
        Seed of a private ``torch.Generator`` (the global generator is not
        touched); the default reproduces the notebook's data bitwise.
    return_labels : bool, default False
        Also return the cell-type labels.

    Returns
    -------
    X : tensor of shape (n_cells, n_genes), float32
        Standard normal noise, plus 2 on the first ``n_genes // 2`` genes of
        type-1 cells.
    cell_type : tensor of shape (n_cells,), int64, only if ``return_labels``
        0 or 1, drawn uniformly before ``X``.
    """
    n_cells = check_int(n_cells, "n_cells", minimum=1)
    n_genes = check_int(n_genes, "n_genes", minimum=2)
    gen = torch.Generator().manual_seed(_check_torch_seed(seed))
    cell_type = torch.randint(0, 2, (n_cells,), generator=gen)
    X = torch.randn(n_cells, n_genes, generator=gen)
    X[cell_type == 1, : n_genes // 2] += 2
    return (X, cell_type) if return_labels else X
