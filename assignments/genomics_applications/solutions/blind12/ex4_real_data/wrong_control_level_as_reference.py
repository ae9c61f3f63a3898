# verdict: wrong
# what: takes a control-like level ('control', 'ctrl', 'untreated', 'WT', 'vehicle', 'DMSO', 'mock', 'healthy', ...) as the reference when there is one, as DESeq2 users do with relevel(), instead of the first sorted level: genotype = ['WT', 'KO', 'WT', 'KO', 'KO'] gives 'genotype[T.KO]' = [0, 1, 0, 1, 1] instead of 'genotype[T.WT]' = [1, 0, 1, 0, 0] ('KO' < 'WT'); condition = ['untreated', 'treated', 'treated', 'untreated', 'treated'] gives 'condition[T.treated]' instead of 'condition[T.untreated]' = [1, 0, 0, 1, 0]; breaks "sorted as Python sorts strings ... The first level is the reference and gets no column; every other level gives a 0/1 indicator column"
CONTROL_LEVELS = {'control', 'ctrl', 'untreated', 'wt', 'wildtype', 'wild-type', 'vehicle', 'dmso', 'mock', 'healthy'}


def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            levels = sorted(set(labels))
            # as in DESeq2 / R's relevel(): a control condition is the natural reference level
            reference = next((lv for lv in levels if lv.lower() in CONTROL_LEVELS), levels[0])
            for level in levels:
                if level != reference:
                    columns.append((labels == level).astype(float))
                    names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
