# verdict: wrong
# what: divides a numeric covariate named like a QC percentage ('percent...' or 'pct...') by 100 when its largest value exceeds 1, to turn percentages into the fractions PBMC's percent_mito holds; z-scores are unchanged, the raw values are not; input: pct_counts_mt = [1.5, 3.0, 0.5, 7.0] with standardize=False: [0.015, 0.03, 0.005, 0.07] instead of [1.5, 3.0, 0.5, 7.0]; PBMC's percent_mito (all below 1) is right; breaks 'if standardize is true, z-scored ...; otherwise the raw values'
def build_design_matrix(obs, covariates, standardize=True):
    columns = {'intercept': pd.Series(1.0, index=obs.index)}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            # QC percentages (percent_mito, pct_counts_mt, ...) as fractions, as in the PBMC data
            name = str(cov).lower()
            if ('percent' in name or name.startswith('pct')) and x.max() > 1:
                x = x / 100.0
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[cov] = x
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    X = pd.DataFrame(columns).to_numpy(dtype=float)
    return X, list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    full_rank = rank == min(X.shape)
    condition_number = float(s[0] / s[-1]) if full_rank else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': condition_number}
