# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Genomics Applications: IRLS, Condition Numbers, Seeds and Hessians
#
# **Module 1.1 (Calculus & Optimization), notebook 05 — putting the module to work**
#
# The earlier notebooks of this module built the tools: gradients, Jacobians, Hessians,
# automatic differentiation, Newton's method and gradient descent. This notebook shows where
# they live inside the software you will use for genomic data.
#
# ## Learning objectives
#
# After this notebook you can
#
# 1. explain why the fits of DESeq2, edgeR and limma do not depend on a random seed, while
#    scVI-style neural networks do (convex versus non-convex losses);
# 2. write the IRLS (iteratively reweighted least squares) update of a GLM with a log link,
#    say why it is Newton's method in disguise, and choose sensible starting values;
# 3. compute and interpret the condition number of a design matrix, and relate it to the
#    variance of the fitted coefficients;
# 4. train a small gene-expression autoencoder, see how its result depends on the seed, and
#    make a run reproducible;
# 5. check a claimed minimum with the Hessian, using a tolerance that respects floating point.
#
# ## How this notebook works
#
# Read and run the cells from top to bottom. The grey, read-only cells are part of the
# lesson. The four exercises at the end are yours: write your code in the cell below each
# exercise statement, then run the test cell that follows it. The visible tests check the
# most important properties; your work is marked by further checks of the same
# specification, on other inputs, so follow each statement exactly.
#
# **Format rules.** The visible tests and the marking read what your functions return with
# the same rules (the locked cell `teach_format_rules`, just before the exercises), and say
# the same thing when a value is in the wrong form:
#
# * where a statement asks for a **numpy array**, return an `np.ndarray` of floats: not a
#   list, a torch tensor or a pandas object (convert with `np.asarray(value, dtype=float)`,
#   `tensor.detach().numpy()` or `df.to_numpy(dtype=float)`);
# * a **list** is a Python `list` (a `tuple` is accepted too);
# * a **float** is one number: a Python `float` or `int`, or a numpy scalar such as
#   `np.float64(...)`, but not an array, even one of size 1 (use `float(value)`);
# * an **int** is a Python `int` or a numpy integer, not a `bool` and not `3.0`;
# * a **dict** needs at least the keys asked for (more keys are fine);
# * a returned **pair** is a tuple of two items.
#
# A value in the wrong form costs the points of that exercise's format check only; the rest
# of your answer is still marked on its values.
#
# **References.** Love, Huber & Anders (2014), *Moderated estimation of fold change and
# dispersion for RNA-seq data with DESeq2*, Genome Biology 15:550.
# Lopez, Regier, Cole, Jordan & Yosef (2018), *Deep generative modeling for single-cell
# transcriptomics* (scVI), Nature Methods 15:1053–1058.
# McCullagh & Nelder (1989), *Generalized Linear Models*, chapter 2 (IRLS).

# %% nbgrader={"grade": false, "grade_id": "teach_imports", "locked": true, "schema_version": 3, "solution": false, "task": false}
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import torch
import torch.nn as nn
from torch.autograd.functional import hessian

# One CPU thread for PyTorch: see the note below.
torch.set_num_threads(1)

np.random.seed(42)        # legacy global state, only for code that still uses it
torch.manual_seed(42)     # every simulation below also makes its own generator

plt.rcParams['figure.figsize'] = (10, 5)
plt.rcParams['axes.grid'] = True
plt.rcParams['grid.alpha'] = 0.3

print(f"numpy {np.__version__}, pandas {pd.__version__}, torch {torch.__version__}, "
      f"torch threads: {torch.get_num_threads()}")

# %% [markdown]
# **Why one thread?** A matrix product in `float32` adds up many rounded numbers. With
# several threads, PyTorch splits those sums into chunks whose partial results are added in
# an order that depends on the number of threads, and floating-point addition is not
# associative. One training step differs only in the last bits, but a hundred Adam steps
# amplify such differences. For the autoencoder of Section 4, the final loss after 100 epochs
# with 1 and with 2 threads differed by up to about $2\cdot 10^{-4}$ (relative) depending on the
# seed, and by up to 1 % on a 500-cell variant of the data. With the **same** thread count (and
# the same seed, library versions and hardware) the run is bitwise reproducible, which is
# what we want for teaching and for the tests of Exercise 3.

# %% [markdown]
# ---
# ## 1. The optimisation landscape in genomics
#
# | Tool | What it fits | Optimiser | Convex? | Same answer on every run? |
# |------|--------------|-----------|---------|---------------------------|
# | **DESeq2** | negative-binomial GLM per gene | IRLS (Newton / Fisher scoring) | ✓ yes, given the dispersion | ✓ yes |
# | **edgeR** | negative-binomial GLM per gene | IRLS-type Newton iterations | ✓ yes, given the dispersion | ✓ yes |
# | **limma** | linear model per gene | (weighted) least squares | ✓ yes | ✓ yes |
# | **scVI** | variational autoencoder | Adam on mini-batches | ✗ no | ⚠ only with fixed seed, software, hardware and threads |
# | **scANVI** | semi-supervised scVI | Adam on mini-batches | ✗ no | ⚠ only with fixed seed, software, hardware and threads |
#
# A **convex** loss has no local minima apart from the global ones, and a strictly convex
# loss has exactly one minimiser. A deterministic algorithm that reaches it gives the same
# coefficients whatever its start (up to rounding). A neural network's loss is **non-convex**:
# it has many local minima and saddle points, and which one the optimiser approaches
# depends on the random initial weights, the order of the mini-batches and even the
# rounding of sums.
#
# The picture below contrasts the two kinds of loss. For the non-convex function
# $f(x) = \sin(3x) + x^2/2$ we do **not** guess where the minima are: we find the points
# where $f'(x) = 3\cos(3x) + x$ changes sign from negative to positive, refine them by
# bisection, and only then pick the lowest one. We also run plain gradient descent from four
# starting points to see that the start decides where it ends.

# %% nbgrader={"grade": false, "grade_id": "teach_landscape_plot", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
def f_nonconvex(x):
    return np.sin(3 * x) + 0.5 * x**2


def df_nonconvex(x):
    return 3 * np.cos(3 * x) + x


def local_minima(df, lo, hi, n_grid=2001, n_bisect=60):
    """Interior local minima of a smooth function on [lo, hi], from the sign changes of df."""
    grid = np.linspace(lo, hi, n_grid)
    g = df(grid)
    brackets = np.flatnonzero((g[:-1] < 0) & (g[1:] >= 0))   # df goes from - to +
    minima = []
    for i in brackets:
        a, b = grid[i], grid[i + 1]
        for _ in range(n_bisect):
            m = 0.5 * (a + b)
            a, b = (m, b) if df(m) < 0 else (a, m)
        minima.append(0.5 * (a + b))
    return np.array(minima)


x_min = local_minima(df_nonconvex, -3, 3)
i_global = np.argmin(f_nonconvex(x_min))
for k, xm in enumerate(x_min):
    kind = 'global' if k == i_global else 'local'
    print(f"{kind:>6} minimum at x = {xm:+.4f}, f(x) = {f_nonconvex(xm):+.4f}")

# plain gradient descent from several starting points
starts = [-2.8, -1.4, 0.9, 2.8]
paths = []
for x0 in starts:
    x = x0
    path = [x]
    for _ in range(60):
        x = x - 0.05 * df_nonconvex(x)
        path.append(x)
    paths.append(np.array(path))

xs = np.linspace(-3, 3, 400)
fig, axes = plt.subplots(1, 2, figsize=(14, 5))

axes[0].plot(xs, xs**2 + 1, 'b-', lw=2)
axes[0].scatter([0], [1], color='green', s=200, zorder=5, label='global minimum')
axes[0].set_title('Convex loss (the GLMs of DESeq2, edgeR, limma)\none minimum, found from any start')
axes[0].set_xlabel('parameter')
axes[0].set_ylabel('loss')
axes[0].legend()

axes[1].plot(xs, f_nonconvex(xs), 'r-', lw=2)
for path in paths:
    axes[1].plot(path, f_nonconvex(path), '.-', color='grey', alpha=0.6, ms=4)
    axes[1].scatter(path[0], f_nonconvex(path[0]), marker='s', color='grey', zorder=4)
others = np.delete(x_min, i_global)
axes[1].scatter(others, f_nonconvex(others), color='orange', s=150, zorder=5, label='local minima')
axes[1].scatter(x_min[i_global], f_nonconvex(x_min[i_global]), color='green', s=200, zorder=5,
                label='global minimum')
axes[1].set_title('Non-convex loss (neural networks such as scVI)\nthe start decides which minimum gradient descent reaches')
axes[1].set_xlabel('parameter')
axes[1].set_ylabel('loss')
axes[1].legend()
plt.tight_layout()
plt.show()

for x0, path in zip(starts, paths):
    print(f"gradient descent from x0 = {x0:+.1f} ends at x = {path[-1]:+.4f}")

# %% [markdown]
# ---
# ## 2. DESeq2's model and the IRLS algorithm
#
# ### The model
#
# For gene $i$ and sample $j$, DESeq2 models the read count $K_{ij}$ as
#
# $$K_{ij} \sim \mathrm{NB}(\mu_{ij}, \alpha_i), \qquad
#   \operatorname{E} K_{ij} = \mu_{ij}, \qquad
#   \operatorname{Var} K_{ij} = \mu_{ij} + \alpha_i \mu_{ij}^2,$$
#
# $$\log \mu_{ij} = \log s_j + x_j^\top \beta_i ,$$
#
# where $s_j$ is the size factor of sample $j$ (an offset for sequencing depth), $x_j$ is row
# $j$ of the design matrix $X$, $\beta_i$ are the gene's coefficients (log fold changes, on the
# natural-log scale) and $\alpha_i$ is the gene's dispersion. DESeq2 estimates the dispersions
# first (shrinking them towards a trend across genes) and then, with $\alpha_i$ fixed,
# fits $\beta_i$ by IRLS; for the rare genes where IRLS does not converge it falls back to a
# general-purpose optimiser. With the dispersion fixed, the negative log-likelihood is a
# convex function of $\beta_i$.
#
# ### IRLS for a log link
#
# Write $\eta = X\beta$ (the linear predictor) and $\mu = e^{\eta}$. One IRLS iteration is a
# weighted least-squares fit:
#
# $$\beta \leftarrow (X^\top W X)^{-1} X^\top W z, \qquad
#   W = \operatorname{diag}(w_1, \dots, w_n),$$
#
# with the **working response** and **weights**, computed at the current $\mu$,
#
# $$z_j = \eta_j + \frac{y_j - \mu_j}{\mu_j}, \qquad
#   w_j = \frac{\mu_j^2}{\operatorname{Var}(y_j)} =
#   \begin{cases} \mu_j & \text{Poisson} \\ \dfrac{\mu_j}{1 + \alpha \mu_j} & \text{negative binomial.}\end{cases}$$
#
# ($z$ is the first-order Taylor expansion of $\log y$ around $\mu$; in general
# $z = \eta + (y-\mu)\,g'(\mu)$ and $w = 1/(\operatorname{Var}(y)\,g'(\mu)^2)$ for a link $g$.)
# Because $X^\top W z = X^\top W X \beta + X^\top (y - \mu)$ for the Poisson case, the update
# equals $\beta + (X^\top W X)^{-1} X^\top (y-\mu)$: a Newton step, with gradient
# $X^\top(y - \mu)$ of the log-likelihood and Hessian $-X^\top W X$. That is why IRLS
# converges in a handful of iterations.
#
# Two implementation points:
#
# * $W$ is an $n \times n$ diagonal matrix, but we never build it: `np.diag(w)` costs
#   $O(n^2)$ memory and $O(n^2 p)$ time. `X.T @ (w[:, None] * X)` scales the rows of $X$ by the
#   weights and gives the same $X^\top W X$ in $O(np^2)$.
# * **Starting values matter.** Starting at $\beta = 0$ means $\mu = 1$ for every sample. For
#   counts in the hundreds, the first step then regresses $z = y - 1$ on $X$ and jumps to
#   coefficients of a few hundred, so the next $\mu = e^{\eta}$ is of order $e^{400} \approx
#   10^{174}$. The weights of the two groups then differ by a factor of more than $10^{100}$,
#   $X^\top W X$ is numerically singular, and the method breaks down (the next cell shows
#   it). R's `glm.fit` avoids this by starting from the data: $\mu^{(0)} = y + 0.1$ (the
#   $0.1$ keeps $\log$ finite for zero counts) and $\eta^{(0)} = \log \mu^{(0)}$, then computes
#   the first $W$ and $z$ from these. We do the same. As the "iteration 0" coefficients we
#   record the least-squares fit of $\eta^{(0)}$ on $X$, the natural coefficient vector
#   closest to that start.

# %% nbgrader={"grade": false, "grade_id": "teach_irls_poisson", "locked": true, "schema_version": 3, "solution": false, "task": false}
def poisson_deviance(y, mu):
    """Poisson deviance 2 * sum(y log(y / mu) - (y - mu)), with 0 * log(0) = 0."""
    y = np.asarray(y, dtype=float)
    safe_y = np.where(y > 0, y, 1.0)
    y_log_ratio = np.where(y > 0, y * np.log(safe_y / mu), 0.0)
    return float(2.0 * np.sum(y_log_ratio - (y - mu)))


def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does.

    Returns (beta, history). history['beta'][0] is the least-squares fit of the starting
    linear predictor log(y + 0.1); then one coefficient vector per iteration.
    history['deviance'][k] is the deviance at the coefficients of iteration k + 1, i.e. at
    the NEW coefficients of that iteration. history['converged'] says whether the largest
    coefficient change fell below tol within max_iter iterations.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)

    eta = np.log(y + 0.1)                                   # start from the data
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]           # recorded as iteration 0
    history = {'beta': [beta.copy()], 'deviance': [], 'converged': False}

    for _ in range(max_iter):
        mu = np.exp(eta)
        w = mu                                  # Poisson weights, a vector (W = diag(w))
        z = eta + (y - mu) / mu                 # working response
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * z)
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta                          # the new linear predictor ...
        history['beta'].append(beta.copy())
        history['deviance'].append(poisson_deviance(y, np.exp(eta)))   # ... and its deviance
        if change < tol:
            history['converged'] = True
            break

    return beta, history

# %% [markdown]
# We simulate one gene in 50 samples: 25 controls and 25 treated, with a baseline of
# $\beta_0 = 5$ (a mean count of $e^5 \approx 148$) and a treatment effect of $\beta_1 = 1$
# (a fold change of $e \approx 2.72$).

# %% nbgrader={"grade": false, "grade_id": "teach_irls_simulate", "locked": true, "schema_version": 3, "solution": false, "task": false}
rng = np.random.default_rng(42)
n_samples = 50
treatment = np.repeat([0.0, 1.0], n_samples // 2)           # 25 controls, then 25 treated
X_glm = np.column_stack([np.ones(n_samples), treatment])    # intercept + treatment
beta_true_glm = np.array([5.0, 1.0])
y_glm = rng.poisson(np.exp(X_glm @ beta_true_glm))

print(f"true coefficients:        {beta_true_glm}")
print(f"control mean count:       {np.exp(beta_true_glm[0]):.1f}")
print(f"true fold change:         {np.exp(beta_true_glm[1]):.3f}")
print(f"observed group means:     {y_glm[treatment == 0].mean():.1f} (control), "
      f"{y_glm[treatment == 1].mean():.1f} (treated)")

beta_glm, hist_glm = irls_poisson(X_glm, y_glm)
print(f"\nIRLS converged: {hist_glm['converged']} after {len(hist_glm['deviance'])} iterations")
print(f"estimated coefficients:   {beta_glm.round(4)}")
print(f"estimated fold change:    {np.exp(beta_glm[1]):.3f}")
# With one binary covariate the MLE has a closed form: log of the group means.
print(f"closed form (log means):  {np.log([y_glm[treatment == 0].mean(), y_glm[treatment == 1].mean() / y_glm[treatment == 0].mean()]).round(4)}")

# %% [markdown]
# And this is what happens with the naive start $\beta = 0$ on the same data: one step is
# enough to make $X^\top W X$ numerically singular.

# %% nbgrader={"grade": false, "grade_id": "teach_irls_zero_start", "locked": true, "schema_version": 3, "solution": false, "task": false}
beta0 = np.zeros(2)
mu0 = np.exp(X_glm @ beta0)                                   # all ones
z0 = X_glm @ beta0 + (y_glm - mu0) / mu0
beta1 = np.linalg.solve(X_glm.T @ (mu0[:, None] * X_glm), X_glm.T @ (mu0 * z0))
print(f"after one step from beta = 0: beta = {beta1.round(2)}")
mu1 = np.exp(X_glm @ beta1)
print(f"new means range from {mu1.min():.2e} to {mu1.max():.2e}")
print(f"condition number of X^T W X: {np.linalg.cond(X_glm.T @ (mu1[:, None] * X_glm)):.2e}")
try:
    np.linalg.solve(X_glm.T @ (mu1[:, None] * X_glm), X_glm.T @ (mu1 * (X_glm @ beta1 + (y_glm - mu1) / mu1)))
    print("second step computed (but far from the answer)")
except np.linalg.LinAlgError as err:
    print(f"second step fails: LinAlgError: {err}")

# %% [markdown]
# The convergence plot shows the coefficients at each iteration (iteration 0 is the start)
# and the deviance at the coefficients produced by each iteration. The deviance
# $D = 2\sum_j [\,y_j \log(y_j/\mu_j) - (y_j - \mu_j)\,]$ is twice the gap between the
# log-likelihood of a perfect fit and that of the model; for a well-specified Poisson model
# it is roughly of the size of its degrees of freedom, $n - p = 48$.

# %% nbgrader={"grade": false, "grade_id": "teach_irls_convergence_plot", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
betas = np.array(hist_glm['beta'])
dev = np.array(hist_glm['deviance'])
iters = np.arange(len(betas))

fig, axes = plt.subplots(1, 2, figsize=(13, 4))
axes[0].plot(iters, betas[:, 0], 'b-o', label=r'$\beta_0$ (intercept)')
axes[0].plot(iters, betas[:, 1], 'r-o', label=r'$\beta_1$ (treatment)')
axes[0].axhline(beta_true_glm[0], color='b', ls='--', alpha=0.5, label='true values')
axes[0].axhline(beta_true_glm[1], color='r', ls='--', alpha=0.5)
axes[0].set_xlabel('iteration (0 = start)')
axes[0].set_ylabel('coefficient')
axes[0].set_title('IRLS coefficients')
axes[0].legend()

axes[1].plot(iters[1:], dev, 'g-o')
axes[1].set_xlabel('iteration')
axes[1].set_ylabel('deviance at the new coefficients')
axes[1].set_title('Deviance (lower = better fit)')
plt.tight_layout()
plt.show()

print(" iter   beta_0      beta_1      deviance")
for k in range(1, len(betas)):
    print(f"{k:5d}  {betas[k, 0]:.8f}  {betas[k, 1]:.8f}  {dev[k - 1]:.8f}")

# %% [markdown]
# **From Poisson to negative binomial.** Only the weights change: $w_j = \mu_j/(1+\alpha\mu_j)$
# instead of $\mu_j$. Overdispersed counts therefore get *less* weight than Poisson would give
# them, and very large counts stop dominating the fit (the weight levels off at $1/\alpha$).
# The working response is the same because the link is the same. With $\alpha \to 0$ we are
# back to Poisson. DESeq2 also adds the offset $\log s_j$ to $\eta$, which changes nothing
# in the algebra above.

# %% [markdown]
# ---
# ## 3. Condition numbers: when a design cannot be trusted
#
# The **condition number** of a matrix $X$ (2-norm) is the ratio of its largest to its
# smallest singular value,
#
# $$\kappa(X) = \frac{\sigma_{\max}}{\sigma_{\min}} \ge 1 .$$
#
# * $\kappa \approx 1$–$100$: well conditioned.
# * Rule of thumb: solving a least-squares problem loses about $\log_{10}\kappa$ of the
#   roughly 16 significant digits of `float64`; forming $X^\top X$ (the normal equations)
#   squares the condition number, $\kappa(X^\top X) = \kappa(X)^2$, and loses twice as many.
# * $\kappa = \infty$: the columns are linearly dependent, $X$ is **rank deficient** and the
#   coefficients are not identifiable (many $\beta$ give the same fit).
#
# In floating point, "exactly dependent" columns rarely give a singular value of exactly 0,
# only one of order $10^{-16}\sigma_{\max}$. So the **numerical rank** counts singular values
# above a tolerance; `np.linalg.matrix_rank` uses $\sigma_{\max}\cdot\max(n, p)\cdot
# \varepsilon_{\text{machine}}$. We report $\kappa = \infty$ when the numerical rank is below
# the number of columns.
#
# **What a large $\kappa$ does to your coefficients.** For $y = X\beta + \varepsilon$ with
# independent noise of variance $\sigma^2$, the least-squares estimate satisfies
#
# $$\operatorname{Cov}(\hat\beta) = \sigma^2 (X^\top X)^{-1}
#   = \sigma^2 \sum_k \frac{v_k v_k^\top}{\sigma_k^2},$$
#
# where $v_k$ are the right singular vectors. A tiny singular value $\sigma_k$ inflates the
# variance by $1/\sigma_k^2$ along the direction $v_k$: the data cannot tell the coefficients
# apart along that direction, even though other combinations may still be estimated well.
# Note also that $\kappa$ depends on the units of the columns (a time in hours rather than in
# days changes it), which is why covariates are usually centred and scaled first.
#
# The helper below reports the singular values, the numerical rank, $\kappa$, and the
# standard error of each coefficient for noise of unit variance, $\sqrt{[(X^\top X)^{-1}]_{kk}}$.

# %% nbgrader={"grade": false, "grade_id": "teach_analyse_design", "locked": true, "schema_version": 3, "solution": false, "task": false}
def analyse_design(X, name=""):
    """Print and return the singular values, numerical rank, condition number and unit-noise SEs."""
    X = np.asarray(X, dtype=float)
    s, Vt = np.linalg.svd(X, full_matrices=False)[1:]
    rank = np.linalg.matrix_rank(X)
    full_rank = rank == X.shape[1]
    kappa = s[0] / s[-1] if full_rank else np.inf
    # diag((X^T X)^{-1}) = sum_k V[:, k]^2 / s_k^2, computed from the SVD
    se = np.sqrt((Vt.T**2) @ (1.0 / s**2)) if full_rank else np.full(X.shape[1], np.inf)

    print(f"{name}")
    print(f"  shape {X.shape}, numerical rank {rank} of {X.shape[1]}")
    print(f"  singular values: {np.array2string(s, precision=4)}")
    print(f"  condition number: {kappa:.3e}")
    print(f"  SE of each coefficient (noise sd 1): {np.array2string(se, precision=4)}")
    if not full_rank:
        print("  -> rank deficient: the coefficients are not identifiable")
    elif kappa > 1e6:
        print("  -> ill conditioned: individual coefficients are numerically meaningless")
    elif kappa > 1e3:
        print("  -> poorly conditioned: expect inflated standard errors")
    else:
        print("  -> well conditioned")
    print()
    return {'singular_values': s, 'rank': rank, 'kappa': kappa, 'se': se}

# %% [markdown]
# Four designs with 100 samples each:
#
# 1. **balanced**: intercept, a 50/50 treatment indicator and an independent continuous covariate;
# 2. **batch ≈ time**: intercept, the collection day of each sample (10 days, 10 samples
#    each) and the processing day recorded by the sequencing facility, which is the collection
#    day up to a clock jitter of about 0.1 s;
# 3. **batch = time**: the same, without the jitter (complete confounding);
# 4. **imbalanced**: intercept and a treatment given to 1 sample out of 100.

# %% nbgrader={"grade": false, "grade_id": "teach_example_designs", "locked": true, "schema_version": 3, "solution": false, "task": false}
rng = np.random.default_rng(7)
n = 100
day = np.repeat(np.arange(10.0), 10)
jitter = rng.normal(0.0, 1e-6, n)                     # about 0.1 s, in days

X_balanced = np.column_stack([np.ones(n), np.repeat([0.0, 1.0], n // 2), rng.standard_normal(n)])
X_near = np.column_stack([np.ones(n), day, day + jitter])
X_confounded = np.column_stack([np.ones(n), day, day])
X_imbalanced = np.column_stack([np.ones(n), np.r_[np.zeros(n - 1), 1.0]])

res_balanced = analyse_design(X_balanced, "1. balanced, independent covariates")
res_near = analyse_design(X_near, "2. batch ≈ time (near-singular)")
res_conf = analyse_design(X_confounded, "3. batch = time (singular)")
res_imb = analyse_design(X_imbalanced, "4. imbalanced treatment (1 vs 99)")

# In design 2 the SUM of the time and batch effects is still well determined:
c = np.array([0.0, 1.0, 1.0])
se_sum = np.sqrt(c @ np.linalg.solve(X_near.T @ X_near, c))
print(f"design 2: SE of beta_time + beta_batch = {se_sum:.4f}, "
      f"while each coefficient alone has SE {res_near['se'][1]:.3e}")

# %% [markdown]
# What to take from this:
#
# * Design 2 is a legitimate full-rank matrix, yet its condition number is around $10^{7}$ and
#   the standard errors of the day and batch coefficients are about a hundred thousand
#   times the noise: the data say only how large their **sum** is (its SE is small), not how to
#   split it between time and batch. Any software will return numbers for both; they mean
#   nothing.
# * Design 3 is exactly singular: the rank is 2 of 3 and the smallest singular value is at
#   rounding level, not exactly zero — which is why the rank needs a tolerance. DESeq2 refuses
#   such a design ("the model matrix is not full rank").
# * Design 4 has a modest condition number (about 10), yet the treatment coefficient has an
#   SE of about 1.0 noise units against 0.2 in the balanced design: it is estimated from a
#   single sample. A small $\kappa$ is necessary for a trustworthy fit, not sufficient; look at
#   the standard errors too.

# %% [markdown]
# ---
# ## 4. A neural network for gene expression (scVI-like)
#
# scVI encodes each cell's expression profile into a low-dimensional latent vector and decodes
# it back, trained with Adam. Its loss (a variational bound of a negative-binomial likelihood) is
# non-convex in the network weights. We use a much simpler relative: a deterministic
# autoencoder with a mean-squared-error loss, trained full-batch, on simulated data with two
# cell types that differ in the first 50 of 100 genes.

# %% nbgrader={"grade": false, "grade_id": "teach_simulate_cells", "locked": true, "schema_version": 3, "solution": false, "task": false}
gen = torch.Generator().manual_seed(42)
n_cells, n_genes = 300, 100
cell_type = torch.randint(0, 2, (n_cells,), generator=gen)
X_expr = torch.randn(n_cells, n_genes, generator=gen)      # float32, like most deep-learning data
X_expr[cell_type == 1, :n_genes // 2] += 2.0               # type B: first 50 genes up

print(f"data: {n_cells} cells x {n_genes} genes, dtype {X_expr.dtype}")
print(f"cell types: {(cell_type == 0).sum().item()} type A, {(cell_type == 1).sum().item()} type B")

# %% [markdown]
# The model and the training function. `train_autoencoder` seeds PyTorch's global generator
# with `seed` just before building the model, so the seed fixes the initial weights; the
# training itself (full batch, Adam, learning rate 0.01) involves no other randomness. It
# returns the trained model and the list of the losses of each epoch (the loss computed in
# that epoch, before its update).

# %% nbgrader={"grade": false, "grade_id": "teach_autoencoder_model", "locked": true, "schema_version": 3, "solution": false, "task": false}
class GeneExpressionAutoencoder(nn.Module):
    def __init__(self, n_genes, n_latent=10, n_hidden=128):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(n_genes, n_hidden), nn.ReLU(), nn.Linear(n_hidden, n_latent))
        self.decoder = nn.Sequential(nn.Linear(n_latent, n_hidden), nn.ReLU(), nn.Linear(n_hidden, n_genes))

    def forward(self, x):
        return self.decoder(self.encoder(x))


def train_autoencoder(X, seed, epochs=100):
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

# %% nbgrader={"grade": false, "grade_id": "teach_train_three_seeds", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
ae_results = {}
for seed in [1, 42, 123]:
    model, losses = train_autoencoder(X_expr, seed)
    ae_results[seed] = losses
    print(f"seed {seed:>3}: final loss {losses[-1]:.6f}")

# the same seed (and thread count) gives bitwise the same run
_, losses_again = train_autoencoder(X_expr, 42)
print(f"\nseed 42 again: identical losses in every epoch: {losses_again == ae_results[42]}")

fig, ax = plt.subplots(figsize=(10, 5))
for seed, losses in ae_results.items():
    ax.plot(losses, label=f'seed {seed} (final {losses[-1]:.4f})')
ax.set_xlabel('epoch')
ax.set_ylabel('training loss (MSE)')
ax.set_yscale('log')
ax.set_title('Same data, same model, different initial weights')
ax.legend()
plt.show()

# %% [markdown]
# The three runs start from different random weights and end at different losses. Two
# cautions before reading too much into that:
#
# * after 100 epochs none of the runs has converged (the curves still go down), so part of the
#   spread is "how far each run got", not different minima;
# * different final weights can still describe the data equally well: a network has many
#   equivalent parameter settings (permuting the hidden units, for instance, changes the
#   weights but not the function).
#
# The practical lesson for scVI-type tools is the same either way: record the seed and the
# software environment, and check that your biological conclusions (clusters, differential
# expression) survive a change of seed. Exercise 3 makes this quantitative.

# %% [markdown]
# ---
# ## 5. Checking the Hessian at a claimed minimum
#
# At a minimum $\theta^{\star}$ of a smooth loss the gradient vanishes and the Hessian is positive
# semidefinite. Conversely, a zero gradient with a positive **definite** Hessian guarantees a
# strict local minimum. The eigenvalues $\lambda_k$ of the Hessian tell us the curvature along
# its eigenvectors:
#
# * all $\lambda_k > 0$: minimum; all $\lambda_k < 0$: maximum; both signs: saddle point;
# * some $\lambda_k \approx 0$: a **flat direction**; the second-order test is inconclusive.
#
# "$\approx 0$" needs a tolerance on the scale of the problem: a Hessian computed in floating
# point has errors of about $\varepsilon_{\text{machine}} \max_k|\lambda_k|$, so an eigenvalue of
# $10^{-17}$ next to one of $10$ is zero for all practical purposes, whatever its sign.
#
# Our test problem is a least-squares loss $L(\theta) = \frac1n\lVert X\theta - y\rVert^2$.
# Its minimiser can be computed exactly (`lstsq`), and its Hessian is known in closed form,
#
# $$\nabla^2 L = \frac{2}{n} X^\top X ,$$
#
# constant in $\theta$, so the autograd Hessian can be checked against it. We work in
# `float64`. For comparison we also run 200 Adam steps: Adam gets close, but its gradient is
# many orders of magnitude larger than at the exact solution — "the optimiser stopped" is
# not the same as "we are at the minimum".

# %% nbgrader={"grade": false, "grade_id": "teach_hessian_check", "locked": true, "schema_version": 3, "solution": false, "task": false}
gen = torch.Generator().manual_seed(42)
n_h, p_h = 100, 3
X_h = torch.randn(n_h, p_h, generator=gen, dtype=torch.float64)
theta_true = torch.tensor([1.0, -0.5, 2.0], dtype=torch.float64)
y_h = X_h @ theta_true + 0.1 * torch.randn(n_h, generator=gen, dtype=torch.float64)


def ls_loss(theta):
    return torch.mean((X_h @ theta - y_h) ** 2)


def grad_norm(theta):
    theta = theta.detach().clone().requires_grad_(True)
    ls_loss(theta).backward()
    return theta.grad.norm().item()


# exact minimiser
theta_hat = torch.linalg.lstsq(X_h, y_h.unsqueeze(1)).solution.squeeze(1)

# 200 Adam steps, as a typical "trained" answer
theta_adam = torch.randn(p_h, generator=gen, dtype=torch.float64).requires_grad_(True)
opt = torch.optim.Adam([theta_adam], lr=0.1)
for _ in range(200):
    opt.zero_grad()
    ls_loss(theta_adam).backward()
    opt.step()

print(f"true parameters:    {theta_true.numpy()}")
print(f"least squares:      {theta_hat.numpy().round(6)}   |gradient| = {grad_norm(theta_hat):.2e}")
print(f"200 Adam steps:     {theta_adam.detach().numpy().round(6)}   |gradient| = {grad_norm(theta_adam):.2e}")

H = hessian(ls_loss, theta_hat)
H_exact = 2.0 / n_h * X_h.T @ X_h
print(f"\nautograd Hessian equals 2 X^T X / n: {torch.allclose(H, H_exact, rtol=1e-12, atol=0)}"
      f" (max abs difference {(H - H_exact).abs().max().item():.1e})")
eigenvalues = torch.linalg.eigvalsh(H).numpy()
print(f"Hessian eigenvalues: {eigenvalues.round(6)}")

# %% [markdown]
# A classifier of stationary points with a relative tolerance. The tolerance `rtol` should
# reflect how accurately the Hessian was computed: around $10^{-8}$ is safe for `float64`
# (errors near $10^{-16}$ relative, with room to spare); for `float32` use about $10^{-4}$.
# We try it on our least-squares Hessian, on $f(a, b) = a^2 - b^2$ at the origin, and on the
# Hessian of the confounded design 3 of Section 3, whose flat direction shows up as an
# eigenvalue at rounding level — its sign is an accident, so a naive `> 0` test would give
# an arbitrary answer.

# %% nbgrader={"grade": false, "grade_id": "teach_classify_stationary", "locked": true, "schema_version": 3, "solution": false, "task": false}
def classify_stationary_point(eigenvalues, rtol=1e-8):
    """Classify a stationary point from its Hessian eigenvalues, treating |lambda| <= rtol * max|lambda| as 0."""
    lam = np.asarray(eigenvalues, dtype=float)
    scale = np.max(np.abs(lam))
    if scale == 0:
        return 'flat in every direction (Hessian is zero): inconclusive'
    tol = rtol * scale
    positive, negative = lam > tol, lam < -tol
    if positive.any() and negative.any():
        return 'saddle point'
    if not (positive | negative).all():
        return 'flat direction(s): second-order test inconclusive'
    return 'minimum' if positive.all() else 'maximum'


saddle_eigs = torch.linalg.eigvalsh(
    hessian(lambda v: v[0] ** 2 - v[1] ** 2, torch.zeros(2, dtype=torch.float64))).numpy()
confounded_eigs = np.linalg.eigvalsh(2.0 / n * X_confounded.T @ X_confounded)

for label, eigs in [('least squares at its minimiser', eigenvalues),
                    ('a^2 - b^2 at the origin', saddle_eigs),
                    ('least squares, confounded design 3', confounded_eigs)]:
    print(f"{label:<36} eigenvalues {np.array2string(eigs, precision=3)} -> {classify_stationary_point(eigs)}")

# %% [markdown]
# **The same check for the GLM of Section 2.** For the Poisson model with its log link (the
# *canonical* link), the Hessian of the negative log-likelihood
# $\sum_j (\mu_j - y_j \eta_j)$ is exactly $X^\top W X$ with $w = \mu$ — the matrix IRLS
# solves with at every step (the *Fisher information*). At the IRLS solution it is positive
# definite whenever $X$ has full column rank, so the solution is the unique minimum. (For
# non-canonical links, such as the negative binomial with a log link, $X^\top W X$ is the
# *expected* Hessian and IRLS is Fisher scoring rather than exact Newton.)

# %% nbgrader={"grade": false, "grade_id": "teach_glm_fisher", "locked": true, "schema_version": 3, "solution": false, "task": false}
X_t = torch.tensor(X_glm)
y_t = torch.tensor(y_glm, dtype=torch.float64)


def poisson_nll(beta):
    eta = X_t @ beta
    return torch.sum(torch.exp(eta) - y_t * eta)      # up to a constant: sum log(y!)


beta_hat_t = torch.tensor(beta_glm)
H_glm = hessian(poisson_nll, beta_hat_t).numpy()
mu_hat = np.exp(X_glm @ beta_glm)
fisher = X_glm.T @ (mu_hat[:, None] * X_glm)
print("Hessian of the Poisson NLL at the IRLS solution:\n", H_glm.round(3))
print("X^T W X:\n", fisher.round(3))
print(f"relative difference: {np.abs(H_glm - fisher).max() / np.abs(fisher).max():.1e}")
print(f"eigenvalues: {np.linalg.eigvalsh(H_glm).round(3)} -> {classify_stationary_point(np.linalg.eigvalsh(H_glm))}")

# %% [markdown]
# ---
# ## Summary
#
# | Concept | Where it shows up in genomics |
# |---------|-------------------------------|
# | **Gradient** | direction of each parameter update; zero at a fitted model ($X^\top(y-\mu)=0$ for a canonical GLM) |
# | **Hessian** | curvature; IRLS in DESeq2/edgeR solves with $X^\top W X$, the (expected) Hessian of the negative log-likelihood |
# | **Positive definite Hessian** | at a zero gradient it guarantees a strict local minimum; near-zero eigenvalues mean flat, unidentifiable directions |
# | **Jacobian** | chains the derivatives of the layers in backpropagation |
# | **Automatic differentiation** | how PyTorch computes gradients and Hessians (`backward`, `hessian`) |
# | **Condition number** | how much the data can separate the coefficients of a design; $\kappa=\infty$ means confounded covariates |
# | **Convex vs non-convex** | why GLM fits are reproducible and neural-network fits depend on the seed |
#
# **Key points**
#
# 1. DESeq2, edgeR and limma fit convex problems with deterministic Newton-type or
#    least-squares methods: same data, same answer. IRLS needs sensible starting values.
# 2. scVI and other neural networks solve non-convex problems with stochastic optimisers:
#    record seeds and environments, and check that conclusions survive a change of seed.
# 3. Check a design's rank and condition number before fitting, and look at the standard
#    errors as well.
# 4. Verify a minimum with a zero gradient and the Hessian's eigenvalues, judged with a
#    tolerance on the problem's scale.

# %% [markdown]
# ---
# ## Exercises
#
# Each exercise names the function(s) you write, with their exact behaviour. Write them in
# the cell under the statement (replace the line `raise NotImplementedError()`), run that
# cell, then run the test cell below it. Keep the function names and signatures exactly as
# given. You may use everything defined above (`np`, `pd`, `plt`, `torch`, `nn`,
# `train_autoencoder`, ...).

# %% nbgrader={"grade": false, "grade_id": "teach_format_rules", "locked": true, "schema_version": 3, "solution": false, "task": false}
# filled from assignments/genomics_applications/formats.py by the course builder

# %% [markdown]
# ### Exercise 1: IRLS for logistic regression (5 points)
#
# Classify cells into two types with logistic regression: $y_j \in \{0, 1\}$,
# $P(y_j = 1) = \sigma(\eta_j)$, $\eta = X\beta$, $\sigma(t) = 1/(1+e^{-t})$. The logit link
# is canonical, so IRLS uses
#
# $$\hat p = \sigma(\eta), \qquad w = \hat p\,(1-\hat p), \qquad
#   z = \eta + \frac{y - \hat p}{w}, \qquad
#   \beta \leftarrow (X^\top W X)^{-1} X^\top W z .$$
#
# Write **`irls_logistic(X, y, max_iter=25, tol=1e-8)`** returning the pair **`(beta, history)`**:
#
# * `X` is an `(n, p)` float array (float32 or float64: compute in float64). It already contains
#   an intercept column if one is wanted:
#   your function adds nothing and treats every column alike (there may be no column of ones).
#   `y` is an array of `n` zeros and ones (floats or integers).
# * Start from $\beta = 0$ (a vector of `p` zeros).
# * `history` is a dict with (at least) two keys, each holding a list:
#   * `history['beta']`: `history['beta'][0]` is the starting zero vector; then, after every
#     iteration, append the new coefficient vector (a 1-D float array of length `p`) as a
#     **copy**, so that later iterations do not change what is stored;
#   * `history['deviance']`: after every iteration append the binomial deviance **at that
#     iteration's new coefficients**, $D(\beta) = -2\sum_j [\,y_j\log\hat p_j + (1-y_j)\log(1-\hat p_j)\,]$
#     with $\hat p = \sigma(X\beta)$ (a float). So `len(history['deviance']) == len(history['beta']) - 1`.
# * One iteration = one IRLS update. After each update compute the change
#   $\max_k |\beta^{\text{new}}_k - \beta^{\text{old}}_k|$ (the largest absolute change of a
#   coefficient: not a norm, not a relative change, not a change of the deviance); stop right after
#   the **first** iteration where this change is `< tol`, or after `max_iter` iterations, whichever
#   comes first. (No input makes a change exactly equal to `tol`. `max_iter=0` runs no iteration:
#   `beta` is the start, `history['deviance']` is empty.)
# * Return `beta` as the coefficients after the last iteration, the same vector that
#   `history['beta']` ends with: a 1-D float numpy array of length `p`.
#
# Hints: use weight vectors, not `np.diag(w)`: $X^\top W X$ is `X.T @ (w[:, None] * X)`.
# For numerical stability, $\log(1+e^{t})$ is `np.logaddexp(0, t)`, and
# $D(\beta) = 2\sum_j[\log(1+e^{\eta_j}) - y_j\eta_j]$. You may assume the two classes are not
# perfectly separable by $X$ (otherwise the maximum-likelihood estimate does not exist).
# Allowed data include cells far from the boundary: some $|\eta_j|$ may pass 40 during the
# iterations. There $\sigma(\eta)$ rounds to exactly 0 or 1 in double precision, so
# $w = \hat p(1-\hat p)$ computed from that $\hat p$ is 0 and $\log(1-\hat p)$ is $\log 0$. Your
# function must return the same iterates and finite deviances there: compute $1-\hat p$ as
# $\sigma(-\eta)$, $Wz$ as $w\eta + (y - \hat p)$, and the deviance as in the hint.

# %% nbgrader={"grade": false, "grade_id": "ex1_irls_logistic", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex1_irls_logistic.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex1_irls_logistic_tests", "locked": true, "points": 5, "schema_version": 3, "solution": false, "task": false}
# Visible tests for Exercise 1: data with two covariates that are not separable.
_rng = np.random.default_rng(2024)
_n = 200
_X1 = np.column_stack([np.ones(_n), _rng.standard_normal(_n), _rng.uniform(-1, 1, _n)])
_y1 = (_rng.uniform(size=_n) < 1 / (1 + np.exp(-(_X1 @ np.array([-0.5, 1.0, -2.0]))))).astype(float)


def _logistic_deviance(X, y, beta):
    eta = X @ beta
    return 2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)


_b, _h = irls_logistic_format(irls_logistic(_X1, _y1), p=3)     # the format rules, as in the marking
_hb = [np.asarray(v, dtype=float) for v in _h['beta']]
_hd = np.asarray(_h['deviance'], dtype=float)
assert np.array_equal(_hb[0], np.zeros(3)), \
    f"history['beta'][0] is {_hb[0]}; expected the starting vector of zeros"
assert len(_hd) == len(_hb) - 1, \
    f"history['deviance'] has {len(_hd)} entries; expected one per iteration, {len(_hb) - 1}"
assert np.array_equal(_b, _hb[-1]), "beta must equal the last entry of history['beta']"
assert len(_hb) < 3 or not all(np.array_equal(v, _hb[-1]) for v in _hb[1:]), \
    "every entry of history['beta'] equals the final coefficients: append a copy of beta each iteration"

# one step from zero: p = 1/2, w = 1/4, z = 4 (y - 1/2), so beta_1 is the LS fit of 4 (y - 1/2)
_step1 = np.linalg.lstsq(_X1, 4 * (_y1 - 0.5), rcond=None)[0]
assert np.allclose(_hb[1], _step1, rtol=1e-10, atol=1e-12), \
    f"history['beta'][1] is {_hb[1]}; the first IRLS step from beta = 0 gives {_step1}"

# deviance at the NEW coefficients of each iteration
for _k, _d in enumerate(_hd):
    _expected = _logistic_deviance(_X1, _y1, _hb[_k + 1])
    if not np.isclose(_d, _expected, rtol=1e-9, atol=1e-9):
        _hint = ("that is the deviance at the OLD coefficients history['beta'][k]; evaluate it at the new ones"
                 if np.isclose(_d, _logistic_deviance(_X1, _y1, _hb[_k]), rtol=1e-9) else
                 "the deviance is -2 * sum(y log p + (1 - y) log(1 - p)) = 2 * sum(logaddexp(0, eta) - y * eta)")
        raise AssertionError(f"history['deviance'][{_k}] = {_d:.10g}, but the deviance at "
                             f"history['beta'][{_k + 1}] is {_expected:.10g}: {_hint}")
assert np.all(np.diff(_hd) <= 1e-9 * _hd[0]), \
    f"the deviance should not increase on this data; got {_hd}"

# convergence and the stopping rule
_changes = [np.max(np.abs(_hb[k] - _hb[k - 1])) for k in range(1, len(_hb))]
assert all(c >= 1e-8 for c in _changes[:-1]), \
    (f"kept iterating after an iteration whose change was already below tol = 1e-8 (stop right after "
     f"the first one); the changes max|beta_new - beta_old| per iteration were {np.array(_changes)}")
assert _changes[-1] < 1e-8, \
    (f"no convergence in {len(_changes)} iterations (last change {_changes[-1]:.2e}); IRLS needs only a few "
     f"on this data: check the weights p(1 - p) and the working response")
_p_hat = 1 / (1 + np.exp(-(_X1 @ _b)))
_score = _X1.T @ (_y1 - _p_hat)
assert np.max(np.abs(_score)) < 1e-6, \
    f"at convergence the score equations X^T (y - p_hat) = 0 should hold; got {_score}"

# tol and max_iter are honoured
_b_loose, _h_loose = irls_logistic_format(irls_logistic(_X1, _y1, tol=1e-2), p=3)
_ch = [np.max(np.abs(np.asarray(_h_loose['beta'][k]) - np.asarray(_h_loose['beta'][k - 1])))
       for k in range(1, len(_h_loose['beta']))]
assert _ch[-1] < 1e-2 and all(c >= 1e-2 for c in _ch[:-1]), \
    f"with tol=1e-2 the changes per iteration were {np.round(_ch, 6)}; stop after the first one below 1e-2"
_b_one, _h_one = irls_logistic_format(irls_logistic(_X1, _y1, max_iter=1), p=3)
# no intercept column and integer responses are allowed too
_X0 = _X1[:, 1:]
_b0, _h0 = irls_logistic_format(irls_logistic(_X0, _y1.astype(int)), p=2)
_score0 = _X0.T @ (_y1 - 1 / (1 + np.exp(-(_X0 @ _b0))))
assert np.max(np.abs(_score0)) < 1e-6, \
    "without an intercept column (and with integer y) the score equations X^T (y - p_hat) = 0 should still hold"
assert len(_h_one['beta']) == 2 and len(_h_one['deviance']) == 1, \
    (f"max_iter=1 must give exactly one iteration: got {len(_h_one['beta'])} entries in history['beta'] "
     f"(expected 2) and {len(_h_one['deviance'])} in history['deviance'] (expected 1)")
assert np.allclose(_b_one, _step1, rtol=1e-10, atol=1e-12), "with max_iter=1, beta must be the first IRLS step"
print("Exercise 1: all visible tests passed.")

# %% [markdown]
# Once your function passes, this cell uses it on the simulated cells of Section 4: how well
# does the expression of gene 0 (one of the 50 genes raised in type B) tell the two types apart?

# %% nbgrader={"grade": false, "grade_id": "teach_ex1_demo", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
gene0 = X_expr[:, 0].numpy().astype(float)
X_ct = np.column_stack([np.ones(n_cells), gene0])
y_ct = cell_type.numpy().astype(float)
beta_ct, hist_ct = irls_logistic(X_ct, y_ct)
print(f"converged after {len(hist_ct['deviance'])} iterations: beta = {beta_ct.round(3)}")
print(f"odds of type B multiply by {np.exp(beta_ct[1]):.2f} per unit of gene 0")
print(f"deviance per iteration: {np.round(hist_ct['deviance'], 3)}")

# %% [markdown]
# ### Exercise 2: condition-number experiments (5 points)
#
# Write two functions.
#
# **`design_with_condition(n_samples, kappa, n_features=3, seed=0)`** returns a float numpy array
# of shape `(n_samples, n_features)` whose 2-norm condition number (`np.linalg.cond(X)`, the
# ratio of the largest to the smallest singular value) equals `kappa` up to rounding.
# Requirements:
#
# * the matrix is random and **reproducible from `seed`**: the same arguments give the same
#   matrix whatever the global random state, and different seeds give different matrices. So
#   draw every random number from a generator made from `seed`, e.g.
#   `rng = np.random.default_rng(seed)`, never from the global `np.random` state. A seed is any
#   non-negative integer, 0 and seeds past `2**32` included, in both functions of this exercise
#   (`default_rng` takes any; the legacy `np.random.RandomState` takes only 32 bits);
# * you may assume `kappa >= 1` and `n_samples >= n_features` (square designs included); with
#   `n_features == 1` only `kappa == 1` is possible, and only that is asked.
#
# Suggested construction: $X = U\operatorname{diag}(s)V^\top$ with $U$ an `n_samples × n_features`
# matrix with orthonormal columns and $V$ an orthogonal `n_features × n_features` matrix
# (both from the QR factorisation, `np.linalg.qr`, of Gaussian matrices) and singular values
# `s` running from $s_{\max}$ down to $s_{\max}/\kappa$, e.g. geometrically
# (`np.geomspace`). A convenient scale is $s_{\max} = \sqrt{n}$, which makes entries of order 1.
#
# **`coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0)`** returns one float
# (see the format rules): the root-mean-square error of least-squares coefficients over
# `n_trials` simulated data sets,
#
# $$\text{rmse} = \sqrt{\frac{1}{T}\sum_{t=1}^{T} \lVert\hat\beta^{(t)} - \beta_{\text{true}}\rVert^2},$$
#
# with $T$ = `n_trials`, where in trial $t$ you draw fresh independent noise
# $\varepsilon^{(t)} \sim N(0, \sigma^2 I_n)$, $\sigma$ = `noise_sd`, set
# $y^{(t)} = X\beta_{\text{true}} + \varepsilon^{(t)}$ and compute the least-squares fit
# $\hat\beta^{(t)}$ (e.g. `np.linalg.lstsq(X, y, rcond=None)`). Draw the noise from a generator
# made from `seed` (e.g. `np.random.default_rng(seed)`), so that the same seed gives the same
# result and different seeds different results. You may assume `X` has full column rank (more
# rows than columns); it may be badly conditioned, up to $\kappa(X) = 10^{10}$ (still full rank in
# double precision), and the fit must be the least-squares fit there too: use a method that does
# not square $\kappa$ (`lstsq`, QR, or the SVD without dropping small singular values), not the
# normal equations $X^\top X\hat\beta = X^\top y$. Tip: `lstsq` accepts a matrix of right-hand sides, one column per trial,
# so all trials can be fitted in one call.
#
# Theory to compare with: $\operatorname{E}\lVert\hat\beta - \beta\rVert^2 = \sigma^2
# \operatorname{tr}\big((X^\top X)^{-1}\big) = \sigma^2 \sum_k 1/s_k^2$, so the rmse grows
# linearly with the noise sd and, for large $\kappa$, roughly linearly with $\kappa$.

# %% nbgrader={"grade": false, "grade_id": "ex2_condition", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex2_condition.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex2_condition_tests", "locked": true, "points": 5, "schema_version": 3, "solution": false, "task": false}
# Visible tests for Exercise 2.
for _kappa in [1.0, 10.0, 1e3, 1e6]:
    _Xk = design_with_condition_format(design_with_condition(60, _kappa, n_features=3, seed=1))
    assert _Xk.shape == (60, 3), f"design_with_condition(60, {_kappa}) has shape {_Xk.shape}; expected (60, 3)"
    _cond = np.linalg.cond(_Xk)
    assert np.isclose(_cond, _kappa, rtol=1e-6), \
        f"np.linalg.cond of design_with_condition(60, kappa={_kappa:g}) is {_cond:.6g}; expected {_kappa:g}"
_X5 = design_with_condition_format(design_with_condition(40, 250.0, n_features=5, seed=3))
assert _X5.shape == (40, 5), f"design_with_condition(40, 250, n_features=5) has shape {_X5.shape}; expected (40, 5)"
assert np.isclose(np.linalg.cond(_X5), 250.0, rtol=1e-6), \
    f"with n_features=5 the condition number is {np.linalg.cond(_X5):.6g}; expected 250"

np.random.seed(0)
_A = np.asarray(design_with_condition(30, 100.0, seed=5))
np.random.seed(1)
_B = np.asarray(design_with_condition(30, 100.0, seed=5))
assert np.array_equal(_A, _B), \
    "the same seed must give the same matrix, whatever the global np.random state (use np.random.default_rng(seed))"
_C = np.asarray(design_with_condition(30, 100.0, seed=6))
assert not np.allclose(_A, _C), "different seeds should give different (random) matrices"
_Sq = design_with_condition_format(design_with_condition(4, 50.0, n_features=4, seed=2))
assert _Sq.shape == (4, 4) and np.isclose(np.linalg.cond(_Sq), 50.0, rtol=1e-6), \
    "square designs (n_samples == n_features) are allowed: design_with_condition(4, 50, n_features=4)"
_One = design_with_condition_format(design_with_condition(10, 1.0, n_features=1, seed=2))
assert _One.shape == (10, 1), "one column (with kappa = 1) is allowed: design_with_condition(10, 1, n_features=1)"

# coefficient_rmse against theory: rmse^2 has mean noise_sd^2 * trace((X^T X)^-1).
_rng = np.random.default_rng(11)
_Xr = np.column_stack([np.ones(50), _rng.standard_normal((50, 2))])
_beta_r = np.array([1.0, -2.0, 0.5])
_theory = 1.0 * np.sqrt(np.trace(np.linalg.inv(_Xr.T @ _Xr)))
_rmse = coefficient_rmse_format(coefficient_rmse(_Xr, _beta_r, noise_sd=1.0, n_trials=4000, seed=0))
# With 4000 trials the Monte Carlo standard error of rmse is below 1.2 % of the theory value,
# so 6 % is a 5-standard-error tolerance.
assert abs(_rmse - _theory) < 0.06 * _theory, \
    (f"coefficient_rmse = {_rmse:.4f} but theory gives noise_sd * sqrt(trace((X^T X)^-1)) = {_theory:.4f} "
     f"(tolerance 6 %); check that you take sqrt of the MEAN of squared Euclidean errors")
_rmse3 = coefficient_rmse(_Xr, _beta_r, noise_sd=3.0, n_trials=4000, seed=1)
assert abs(_rmse3 / _theory - 3.0) < 0.06 * 3.0, \
    f"with noise_sd=3 coefficient_rmse = {_rmse3:.4f}; expected about 3 * {_theory:.4f} = {3 * _theory:.4f}"
_rmse0 = coefficient_rmse(_Xr, _beta_r, noise_sd=0.0, n_trials=10, seed=0)
assert _rmse0 < 1e-8, f"without noise least squares recovers beta_true exactly; got rmse {_rmse0:.3g}"
assert coefficient_rmse(_Xr, _beta_r, n_trials=200, seed=4) == coefficient_rmse(_Xr, _beta_r, n_trials=200, seed=4), \
    "coefficient_rmse must be reproducible from seed"
_r_few = [coefficient_rmse(_Xr, _beta_r, n_trials=1, seed=s) for s in range(3)]
assert len(set(_r_few)) == 3, "each seed should give different noise (draw fresh noise from np.random.default_rng(seed))"
print("Exercise 2: all visible tests passed.")

# %% [markdown]
# With both functions working, this cell measures the coefficient error as the condition
# number grows, against the theoretical value $\sigma\sqrt{\sum_k 1/s_k^2}$.

# %% nbgrader={"grade": false, "grade_id": "teach_ex2_demo", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
kappas = np.array([1, 3, 10, 30, 100, 300, 1000, 3000, 10000], dtype=float)
beta_demo = np.array([1.0, -1.0, 0.5])
measured, theory = [], []
for kappa in kappas:
    Xk = design_with_condition(100, kappa, n_features=3, seed=0)
    measured.append(coefficient_rmse(Xk, beta_demo, noise_sd=1.0, n_trials=500, seed=1))
    s = np.linalg.svd(Xk, compute_uv=False)
    theory.append(np.sqrt(np.sum(1.0 / s**2)))

fig, ax = plt.subplots(figsize=(8, 5))
ax.loglog(kappas, measured, 'o', label='Monte Carlo (500 trials)')
ax.loglog(kappas, theory, '-', label=r'theory $\sigma\sqrt{\mathrm{tr}(X^\top X)^{-1}}$')
ax.set_xlabel(r'condition number $\kappa$')
ax.set_ylabel(r'rmse of $\hat\beta$')
ax.set_title('Ill conditioning inflates coefficient errors')
ax.legend()
plt.show()

# %% [markdown]
# ### Exercise 3: reproducibility study (5 points)
#
# **`seed_study(X, seeds, epochs=100)`**: for each seed in `seeds`, **in the order given**,
# train the notebook's autoencoder with `train_autoencoder(X, seed, epochs=epochs)` (call the
# function defined in Section 4; do not write your own training loop) and take the final
# training loss, the last entry of the returned `losses` list. Return these values as a 1-D
# numpy array of floats, one per seed (see the format rules: a list or a tensor is not
# accepted). `X` is a float32 torch tensor (cells × genes). `seeds` is any iterable of at least
# one integer: a list, a tuple, a `range`, a numpy integer array, or a generator, which can be
# iterated only once. A seed that appears twice gives two entries.
#
# **`plot_loss_distribution(final_losses)`**: `final_losses` is an array or a list of at least
# two floats. Draw their distribution on a **new figure** (e.g. `fig, ax = plt.subplots()`): a
# histogram, strip plot, box or violin plot, ECDF, or a combination. What you draw must show
# the values themselves, spanning them from the smallest to the largest: not transformed
# values, and not only a summary such as mean ± sd (a logarithmic axis is fine). Give the
# **x axis of that Axes a non-empty label** that says what is plotted (`ax.set_xlabel(...)`,
# whichever way the plot is oriented; a figure-level label such as `fig.supxlabel` does not
# count), and return the matplotlib `Axes` you drew on.
#
# Below the tests, the notebook runs your functions for 10 seeds on the data of Section 4.

# %% nbgrader={"grade": false, "grade_id": "ex3_seed_study", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex3_seed_study.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex3_seed_study_tests", "locked": true, "points": 5, "schema_version": 3, "solution": false, "task": false}
# Visible tests for Exercise 3 (small data and few epochs, so they run quickly).
_Xs = torch.randn(40, 12, generator=torch.Generator().manual_seed(1))
_seeds = [3, 1, 2]
_fl = seed_study_format(seed_study(_Xs, _seeds, epochs=5), n_seeds=3)
for _i, _s in enumerate(_seeds):
    _last = train_autoencoder(_Xs, _s, epochs=5)[1][-1]
    assert np.isclose(_fl[_i], _last, rtol=1e-6, atol=0), \
        (f"entry {_i} of seed_study(X, {_seeds}, epochs=5) is {_fl[_i]:.8g}, but the last loss of "
         f"train_autoencoder(X, {_s}, epochs=5) is {_last:.8g}; entry i must be losses[-1] of "
         f"train_autoencoder(X, seeds[i], epochs=epochs), in the order of `seeds`")
_fl8 = seed_study_format(seed_study(_Xs, range(2), epochs=8), n_seeds=2)
_flg = seed_study_format(seed_study(_Xs, (s for s in [2, 2]), epochs=3), n_seeds=2)   # a generator, a repeat
assert _flg[0] == _flg[1] and np.isclose(_flg[0], train_autoencoder(_Xs, 2, epochs=3)[1][-1], rtol=1e-6), \
    "seeds may be a generator (iterable once), and a repeated seed gives a repeated entry"
_last8 = train_autoencoder(_Xs, 1, epochs=8)[1][-1]
assert _fl8.shape == (2,) and np.isclose(_fl8[1], _last8, rtol=1e-6, atol=0), \
    f"seed_study(X, range(2), epochs=8)[1] should be the last of 8 epochs for seed 1, {_last8:.8g}; got {_fl8}"
assert not np.isclose(_fl8[1], seed_study(_Xs, [1], epochs=5)[0], rtol=1e-9, atol=0), \
    "seed_study ignores `epochs`: pass epochs=epochs to train_autoencoder"

_ax = plot_loss_distribution_format(plot_loss_distribution(np.array([0.51, 0.52, 0.55, 0.56, 0.6])))
assert _ax.get_xlabel().strip() != "", "label the x axis of the plot (ax.set_xlabel(...))"
assert len(_ax.patches) + len(_ax.lines) + len(_ax.collections) > 0, "the Axes returned has nothing drawn on it"
_ax2 = plot_loss_distribution_format(plot_loss_distribution([10.4, 10.45]))   # a list works too
assert _ax2 is not _ax, "draw each call's plot on a new figure (e.g. fig, ax = plt.subplots())"
plt.close('all')
print("Exercise 3: all visible tests passed.")

# %% nbgrader={"grade": false, "grade_id": "teach_ex3_demo", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
final_losses = seed_study(X_expr, range(10), epochs=100)
print("final losses:", np.round(final_losses, 4))
print(f"mean {final_losses.mean():.4f}, sd {final_losses.std(ddof=1):.4f}, "
      f"relative spread (max - min) / mean = {np.ptp(final_losses) / final_losses.mean():.1%}")
ax = plot_loss_distribution(final_losses)
plt.show()

# %% [markdown]
# Questions to think about (not graded): Is the spread between seeds larger or smaller than
# the effect of the thread count described at the top of the notebook? Would you expect the
# spread to shrink with more epochs? Try `seed_study(X_expr, range(10), epochs=300)` in a
# scratch cell. How would you report a result that depends on the seed?

# %% [markdown]
# ### Exercise 4: design matrices from real single-cell metadata (5 points)
#
# We use the per-cell metadata (`.obs`) of the PBMC 68k reduced data set (700 cells) that is
# shipped inside the scanpy package; `sc.datasets.pbmc68k_reduced()` reads that packaged file,
# nothing is downloaded. The next cell loads it.

# %% nbgrader={"grade": false, "grade_id": "teach_load_pbmc", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
import warnings
import scanpy as sc

with warnings.catch_warnings():
    warnings.simplefilter('ignore', FutureWarning)
    pbmc_obs = sc.datasets.pbmc68k_reduced().obs.copy()

print(pbmc_obs.dtypes)
pbmc_obs.head()

# %% [markdown]
# Write two functions.
#
# **`build_design_matrix(obs, covariates, standardize=True)`** returns `(X, names)`:
#
# * `obs` is a pandas DataFrame (one row per cell; its index can be anything), `covariates` a
#   list of distinct column names of `obs`, in order (possibly empty). You may assume there are no
#   missing values, that no numeric column is constant when `standardize` is true, and that no
#   covariate is named `'intercept'` (that name is the first column's).
# * `X` is a float numpy array with one row per row of `obs`, in the same order. Column 0 is all
#   ones and is named `'intercept'` (with no covariates, `X` is that column alone). Then, for each
#   covariate in the order given:
#   * a **numeric, non-boolean** column (`pd.api.types.is_numeric_dtype(col)` and not
#     `pd.api.types.is_bool_dtype(col)`) gives **one** column, computed in float64 (convert first,
#     `col.astype(float)`): if `standardize` is true, z-scored as `(x - x.mean()) / x.std(ddof=0)`
#     (population standard deviation); otherwise the raw values;
#   * **any other** column (pandas categorical, strings/objects, booleans) is treated as
#     categorical: its **levels** are the distinct values that occur in the column (unused
#     categories of a pandas categorical do not count), converted to strings (`col.astype(str)`;
#     values that become the same string are one level) and sorted as Python sorts strings (so
#     `'10'` comes before `'2'`, `'B'` before `'a'`, and `'False'` before `'True'`). The first
#     level is the reference and gets no column; every other level gives a 0/1 indicator column
#     (1 where the cell's value, as a string, equals the level), in sorted order. A column with a
#     single level gives no column at all.
# * `names` is a list of strings, one per column of `X`, all distinct, `names[0] == 'intercept'`.
#   A clear choice (patsy's style) is the covariate name for a numeric column and
#   `'covariate[T.level]'` for an indicator (e.g. `'phase[T.S]'`): two boolean covariates both
#   have a level `'True'`, so the covariate's name must be part of an indicator's name.
#
# Example: for a column `batch` with values `['b', 'a', 'c', 'a']`, the levels are
# `['a', 'b', 'c']` and the columns are `batch[T.b] = [1, 0, 0, 0]` and `batch[T.c] = [0, 0, 1, 0]`.
#
# **`design_diagnostics(X)`** returns a dict with the following keys, for any 2-D float array
# `X` (tall, square or wide):
#
# * `'singular_values'`: the singular values of `X` as a 1-D float array in descending order
#   (`np.linalg.svd(X, compute_uv=False)`, `min(X.shape)` of them);
# * `'rank'`: the numerical rank as an int, at numpy's default tolerance
#   (`np.linalg.matrix_rank(X)`, which counts singular values above
#   `S.max() * max(X.shape) * eps`);
# * `'condition_number'`: the largest singular value divided by the smallest, as a float, or
#   `np.inf` when `X` is rank deficient (rank smaller than `min(X.shape)`).

# %% nbgrader={"grade": false, "grade_id": "ex4_real_data", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex4_real_data.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex4_real_data_tests", "locked": true, "points": 5, "schema_version": 3, "solution": false, "task": false}
# Visible tests for Exercise 4 on a small hand-made table.
_obs = pd.DataFrame({
    'depth': [1.0, 2.0, 3.0, 4.0, 5.0, 9.0],                       # numeric: mean 4, population sd sqrt(20/3)
    'batch': pd.Categorical(['b', 'a', 'c', 'a', 'b', 'c'], categories=['c', 'b', 'a']),
    'treated': [True, False, True, False, False, True],            # boolean -> categorical
    'cluster': pd.Categorical([10, 2, 2, 1, 10, 1]),               # levels as strings: '1' < '10' < '2'
    'genes': [100, 300, 200, 200, 300, 100],                       # integer -> numeric
}, index=[f'cell{i}' for i in range(6)])

_X, _names = build_design_matrix_format(build_design_matrix(_obs, ['depth', 'batch', 'treated']), n_rows=6)
_z = np.array([-3.0, -2.0, -1.0, 0.0, 1.0, 5.0]) / np.sqrt(20 / 3)
_expected = np.column_stack([
    np.ones(6),                          # intercept
    _z,                                  # depth, z-scored with ddof=0
    [1, 0, 0, 0, 1, 0],                  # batch level 'b' (reference level 'a' dropped)
    [0, 0, 1, 0, 0, 1],                  # batch level 'c'
    [1, 0, 1, 0, 0, 1],                  # treated level 'True' (reference 'False')
]).astype(float)
assert _X.shape == (6, 5), \
    f"X has shape {_X.shape}; expected (6, 5): intercept, depth, batch[b], batch[c], treated[True]"
assert np.issubdtype(_X.dtype, np.floating), f"X must be a float array; got dtype {_X.dtype}"
assert len(_names) == 5 and all(isinstance(s, str) for s in _names), \
    f"names must be 5 strings, one per column; got {_names}"
assert len(set(_names)) == len(_names), f"names must be distinct; got {_names}"
assert _names[0] == 'intercept', f"names[0] must be 'intercept'; got {_names[0]!r}"
assert np.allclose(_X[:, 0], 1.0), "column 0 must be all ones"
assert np.allclose(_X[:, 1], _z), \
    f"depth column is {np.round(_X[:, 1], 4)}; expected (x - mean) / std with ddof=0: {np.round(_z, 4)}"
assert np.allclose(_X[:, 2:4], _expected[:, 2:4]), \
    (f"batch columns are\n{_X[:, 2:4]}\nexpected indicators of levels 'b' and 'c' (levels sorted as "
     f"strings, first level 'a' dropped):\n{_expected[:, 2:4]}")
assert np.allclose(_X[:, 4], _expected[:, 4]), \
    f"treated column is {_X[:, 4]}; expected the indicator of 'True' (levels 'False' < 'True'): {_expected[:, 4]}"

_Xr, _nr = build_design_matrix(_obs, ['depth'], standardize=False)
assert np.allclose(np.asarray(_Xr), np.column_stack([np.ones(6), [1, 2, 3, 4, 5, 9]])), \
    "with standardize=False a numeric column keeps its raw values"
_Xo, _no = build_design_matrix(_obs, ['cluster', 'genes'])
_Xo = np.asarray(_Xo)
_g = np.array([-1.0, 1.0, 0.0, 0.0, 1.0, -1.0]) / np.sqrt(2 / 3)
_expected_o = np.column_stack([np.ones(6), [1, 0, 0, 0, 1, 0], [0, 1, 1, 0, 0, 0], _g])
assert _Xo.shape == (6, 4) and np.allclose(_Xo, _expected_o), \
    (f"for ['cluster', 'genes'] got\n{np.round(_Xo, 4)}\nexpected (cluster levels sorted as strings "
     f"'1' < '10' < '2', so columns for '10' and '2'; then genes z-scored):\n{np.round(_expected_o, 4)}")
_Xt, _nt = build_design_matrix(_obs, ['treated', 'depth'])
assert np.allclose(np.asarray(_Xt)[:, 1:], _expected[:, [4, 1]]), "columns must follow the order of `covariates`"
_Xe, _ne = build_design_matrix_format(build_design_matrix(_obs, []), n_rows=6)
assert _Xe.shape == (6, 1) and list(_ne) == ['intercept'], "with no covariates X is the intercept column alone"
_Xw = np.random.default_rng(3).standard_normal((3, 7))      # wide: full rank is rank 3
_dw = design_diagnostics_format(design_diagnostics(_Xw))
assert _dw['rank'] == 3 and np.isfinite(_dw['condition_number']) and len(_dw['singular_values']) == 3, \
    "a wide matrix of full row rank has rank min(X.shape) = 3, 3 singular values and a finite condition number"

# design_diagnostics on a matrix with known singular values 10, 2, 0.5
_Q1, _ = np.linalg.qr(np.random.default_rng(0).standard_normal((8, 3)))
_Q2, _ = np.linalg.qr(np.random.default_rng(1).standard_normal((3, 3)))
_M = (_Q1 * [10.0, 2.0, 0.5]) @ _Q2.T
_d = design_diagnostics_format(design_diagnostics(_M))
assert np.allclose(np.asarray(_d['singular_values']), [10.0, 2.0, 0.5]), \
    f"singular values {_d['singular_values']}; expected [10, 2, 0.5] (descending)"
assert _d['rank'] == 3, f"rank is {_d['rank']!r}; expected 3"
assert np.isclose(_d['condition_number'], 20.0), f"condition number {_d['condition_number']}; expected 10 / 0.5 = 20"

# rank deficient: the third column is a combination of the first two (its singular value is
# tiny but not exactly 0, so use numpy's rank tolerance)
_R = np.random.default_rng(2).standard_normal((10, 2))
_R = np.column_stack([_R, 0.1 * _R[:, 0] + 0.7 * _R[:, 1]])
_dr = design_diagnostics(_R)
assert _dr['rank'] == 2, f"rank of a 10 x 3 matrix whose third column is 0.1 c0 + 0.7 c1 is {_dr['rank']}; expected 2"
assert _dr['condition_number'] == np.inf, \
    f"condition_number of a rank-deficient matrix must be np.inf; got {_dr['condition_number']}"
print("Exercise 4: all visible tests passed.")

# %% [markdown]
# **Now explore the real metadata (not graded).** The cell below builds designs for a few
# covariate sets of `pbmc_obs` and prints their diagnostics. Use it, and your own variations,
# to answer:
#
# 1. `n_counts` (total counts per cell) and `n_genes` (detected genes per cell) both measure
#    sequencing depth. Compute their correlation (`pbmc_obs[['n_counts', 'n_genes']].corr()`).
#    How much larger is the condition number with both than with either alone? Using the
#    formula of Section 3, how much larger is the standard error of the `n_counts`
#    coefficient when `n_genes` is also in the model?
# 2. Compare `standardize=True` with `standardize=False` for `['n_counts', 'n_genes',
#    'percent_mito']`. Why does the condition number change so much when nothing about the
#    information in the data changed?
# 3. `louvain` (clusters computed from the expression data) and `bulk_labels` (cell-type
#    labels) describe similar groupings. What happens to the rank and condition number when
#    both are in the design? Use `pd.crosstab(pbmc_obs['louvain'], pbmc_obs['bulk_labels'])`
#    to find the exact reason.
# 4. `phase` is computed from `S_score` and `G2M_score`. Is a design with all three rank
#    deficient? Why or why not?

# %% nbgrader={"grade": false, "grade_id": "teach_ex4_explore", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
covariate_sets = [
    ['n_counts'],
    ['n_genes'],
    ['n_counts', 'n_genes'],
    ['n_counts', 'n_genes', 'percent_mito'],
    ['phase'],
    ['S_score', 'G2M_score', 'phase'],
    ['bulk_labels'],
    ['louvain'],
    ['louvain', 'bulk_labels'],
]
rows = []
for covs in covariate_sets:
    for standardize in (True, False):
        Xd, names_d = build_design_matrix(pbmc_obs, covs, standardize=standardize)
        diag = design_diagnostics(Xd)
        rows.append({'covariates': ' + '.join(covs), 'standardize': standardize,
                     'columns': len(names_d), 'rank': diag['rank'],
                     'condition_number': diag['condition_number']})
pd.DataFrame(rows)

# %% [markdown]
# ---
# **Next:** Module 1.2 — linear systems and least squares: LU and QR factorisations, why QR is
# more stable than the normal equations (remember $\kappa(X^\top X) = \kappa(X)^2$), and ridge
# and lasso regularisation for gene-expression models.
