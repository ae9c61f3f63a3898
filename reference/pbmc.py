"""Exercise 4's real data: the PBMC 68k reduced metadata shipped inside scanpy.

The file is read from the installed scanpy package; nothing is downloaded,
and scanpy itself is never imported (its import costs more than the read).
"""

from __future__ import annotations

import functools
import importlib.util
import warnings
from pathlib import Path

import pandas as pd

__all__ = ["PBMC68K_FILENAME", "pbmc68k_path", "load_pbmc68k_obs"]

PBMC68K_FILENAME = "10x_pbmc68k_reduced.h5ad"


def pbmc68k_path() -> Path:
    """Path of ``10x_pbmc68k_reduced.h5ad`` inside the installed scanpy package.

    Raises
    ------
    FileNotFoundError
        If scanpy is not installed or the file is missing from it.
    """
    # find_spec locates a top-level package without executing its __init__
    spec = importlib.util.find_spec("scanpy")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "scanpy is not installed, so its packaged PBMC 68k data set is unavailable; "
            "install it with `pip install scanpy`"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "datasets" / PBMC68K_FILENAME
    if not path.is_file():
        raise FileNotFoundError(f"scanpy is installed but {path} does not exist")
    return path


@functools.lru_cache(maxsize=1)
def _read_obs() -> pd.DataFrame:
    import anndata  # deferred: only this loader needs it

    with warnings.catch_warnings():
        # The packaged file predates anndata's current layout: anndata warns
        # about moving .uns['neighbors'] and old encodings. Harmless for .obs.
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"anndata\b")
        warnings.filterwarnings("ignore", category=FutureWarning, message=r"Moving element")
        warnings.filterwarnings("ignore", category=anndata.OldFormatWarning)
        adata = anndata.read_h5ad(pbmc68k_path())
    return adata.obs


def load_pbmc68k_obs() -> pd.DataFrame:
    """Per-cell metadata (``.obs``) of scanpy's PBMC 68k reduced data set.

    Returns
    -------
    pandas.DataFrame of shape (700, 8)
        Columns ``bulk_labels`` (categorical), ``n_genes`` (int64),
        ``percent_mito``, ``n_counts``, ``S_score``, ``G2M_score`` (float32),
        ``phase`` (categorical G1/G2M/S), ``louvain`` (categorical '0'..'10');
        indexed by cell barcode. A fresh copy on every call (the file is read
        once per process), so callers may modify it.
    """
    return _read_obs().copy()
