# verdict: correct
# what: assembles a pandas DataFrame column by column (pandas mean/std(ddof=0), boolean masks), converts with to_numpy(float); np.linalg.cond for full-rank X
def build_design_matrix(obs, covariates, standardize=True):
    design = pd.DataFrame({'intercept': 1.0}, index=obs.index)
    for cov in covariates:
        series = obs[cov]
        if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
            text = series.astype(str)
            for level in sorted(text.unique())[1:]:
                design[f'{cov}: {level}'] = (text == level).astype(float)
        else:
            series = series.astype(float)
            if standardize:
                series = (series - series.mean()) / series.std(ddof=0)
            design[cov] = series
    return design.to_numpy(dtype=float), list(design.columns)


def design_diagnostics(X):
    sv = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    full_rank = rank == min(X.shape)
    return {
        'singular_values': sv,
        'rank': rank,
        'condition_number': float(np.linalg.cond(X)) if full_rank else np.inf,
    }
