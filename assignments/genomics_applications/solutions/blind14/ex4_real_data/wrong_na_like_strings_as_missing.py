# verdict: wrong
# what: treats level strings such as 'NA', 'unknown', 'None', 'nan' and '' as missing values (as R and spreadsheet exports spell them), so those cells get no indicator and no level; input: donor = ['d1', 'unknown', 'd2', 'd1', 'unknown']: names ['intercept', 'donor[T.d2]'] instead of ['intercept', 'donor[T.d2]', 'donor[T.unknown]'] (missing column [0, 1, 0, 0, 1]); genotype = ['NA', 'WT', 'KO', 'WT']: ['intercept', 'genotype[T.WT]'] instead of the indicators of 'NA' [1, 0, 0, 0] and 'WT'; breaks 'its levels are the distinct values that occur in the column ... converted to strings' with 'You may assume there are no missing values'
_NA_STRINGS = {'NA', 'N/A', 'NaN', 'nan', 'None', 'none', 'null', 'unknown', 'Unknown', ''}


def build_design_matrix(obs, covariates, standardize=True):
    columns = {'intercept': pd.Series(1.0, index=obs.index)}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[cov] = x
        else:
            # metadata exported from R / spreadsheets spells missing values as text
            labels = col.astype(str).where(~col.astype(str).isin(_NA_STRINGS))
            for level in sorted(labels.dropna().unique())[1:]:
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
