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
# # Count Models and Curvature: Poisson IRLS, Hessians and DESeq2's Weights
#
# **Module 1.1 (Calculus & Optimization) — a second look at notebook 05, sections 2 and 5**
#
# Notebook 05 showed DESeq2's algorithm, IRLS, on a simulated gene and checked a minimum with
# the Hessian. Here you make both work on every input a gene can throw at them: counts in the
# thousands, zero counts, Hessians whose smallest eigenvalue is rounding noise.
#
# ## Learning objectives
#
# After this notebook you can
#
# 1. explain why IRLS for a Poisson GLM started at $\beta = 0$ breaks down on counts in the
#    hundreds, and start it from the data the way R's `glm.fit` (and DESeq2) do;
# 2. write IRLS for Poisson regression with a precise stopping rule and a history of iterates
#    and deviances;
# 3. compute the Hessian of the Poisson negative log-likelihood in closed form and with
#    `torch.autograd`, and see that it is the matrix $X^\top W X$ IRLS solves with;
# 4. classify a stationary point from its Hessian's eigenvalues with a relative tolerance;
# 5. compute DESeq2's negative-binomial IRLS weights without overflow.
#
# ## How this notebook works
#
# Read and run the cells from top to bottom. The grey, read-only cells are part of the
# lesson. The three exercises at the end are yours: write your code in the cell below each
# exercise statement, then run the test cell that follows it. The visible tests check the
# most important properties; your work is marked by further checks of the same
# specification, on other inputs, so follow each statement exactly.
#
# **Format rules.** The visible tests and the marking read what your functions return with
# the same rules (the locked cell `teach_format_rules`, just before the exercises), and say
# the same thing when a value is in the wrong form:
#
# * where a statement asks for a **numpy array**, return an `np.ndarray` of floats: not a
#   list, a torch tensor or a pandas object (convert with `np.asarray(value, dtype=float)` or
#   `tensor.detach().numpy()`);
# * a **list** is a Python `list` (a `tuple` is accepted too);
# * a **float** is one number: a Python `float` or `int`, or a numpy scalar such as
#   `np.float64(...)`, but not an array, even one of size 1 (use `float(value)`);
# * a **str** is a Python string, spelled exactly as the statement spells it;
# * a **dict** needs at least the keys asked for (more keys are fine);
# * a returned **pair** is a tuple of two items.
#
# A value in the wrong form costs the points of that exercise's format check only; the rest
# of your answer is still marked on its values.
#
# **References.** McCullagh & Nelder (1989), *Generalized Linear Models*, chapter 2 (IRLS).
# Love, Huber & Anders (2014), *Moderated estimation of fold change and dispersion for RNA-seq
# data with DESeq2*, Genome Biology 15:550. R Core Team, `glm.fit` (package `stats`).

# %% nbgrader={"grade": false, "grade_id": "teach_imports", "locked": true, "schema_version": 3, "solution": false, "task": false}
import numpy as np
import matplotlib.pyplot as plt
import torch
from torch.autograd.functional import hessian

torch.set_num_threads(1)  # bitwise reproducible float sums (see notebook 05)

plt.rcParams['figure.figsize'] = (10, 4)
plt.rcParams['axes.grid'] = True
plt.rcParams['grid.alpha'] = 0.3

print(f"numpy {np.__version__}, torch {torch.__version__}")

# %% [markdown]
# ---
# ## 1. Poisson regression by IRLS, and where it starts
#
# For one gene in $n$ samples, the Poisson GLM with a log link models the count $y_j$ of
# sample $j$ as
#
# $$y_j \sim \operatorname{Poisson}(\mu_j), \qquad \log \mu_j = \eta_j = x_j^\top \beta ,$$
#
# with $x_j$ the row $j$ of the design matrix $X$ ($n \times p$). The negative log-likelihood
# (NLL), up to the constant $\sum_j \log y_j!$, is
#
# $$\ell(\beta) = \sum_j \big(e^{\eta_j} - y_j \eta_j\big), \qquad
#   \nabla \ell = X^\top(\mu - y), \qquad \nabla^2 \ell = X^\top W X, \quad W = \operatorname{diag}(\mu).$$
#
# Newton's method on $\ell$ is $\beta \leftarrow \beta - (X^\top W X)^{-1} X^\top(\mu - y)$, which
# rearranges into a weighted least-squares fit: **IRLS**,
#
# $$\beta \leftarrow (X^\top W X)^{-1} X^\top W z, \qquad
#   w_j = \mu_j, \qquad z_j = \eta_j + \frac{y_j - \mu_j}{\mu_j}.$$
#
# ($W z = \mu \odot \eta + (y - \mu)$: computed that way, nothing is divided by $\mu$.)
#
# **The seed notebook's start, $\beta = 0$.** It sets $\mu = 1$ for every sample, so the first
# step regresses $z = y - 1$ on $X$: with counts near 150 and 400 (the seed's gene, $\beta =
# (5, 1)$), the first iterate has coefficients in the hundreds. The next $\mu = e^{\eta}$ then
# spans more than a hundred orders of magnitude, and $X^\top W X$ is numerically singular.
# Here is the seed's own loop, run on the seed's own data:

# %% nbgrader={"grade": false, "grade_id": "teach_seed_zero_start", "locked": true, "schema_version": 3, "solution": false, "task": false}
np.random.seed(42)                                   # the seed notebook's data, exactly
n_seed = 50
X_seed = np.column_stack([np.ones(n_seed), np.array([0] * 25 + [1] * 25)])
beta_true_seed = np.array([5.0, 1.0])
y_seed = np.random.poisson(np.exp(X_seed @ beta_true_seed))

beta = np.zeros(2)                                   # the seed's start
for iteration in range(3):
    eta = X_seed @ beta
    mu = np.exp(eta)
    z = eta + (y_seed - mu) / mu
    XtWX = X_seed.T @ (mu[:, None] * X_seed)
    print(f"iteration {iteration + 1}: mu from {mu.min():.3g} to {mu.max():.3g}, "
          f"cond(X^T W X) = {np.linalg.cond(XtWX):.3g}")
    try:
        beta = np.linalg.solve(XtWX, X_seed.T @ (mu * z))
    except np.linalg.LinAlgError as err:
        print(f"  np.linalg.solve fails: LinAlgError: {err}")
        break
    print(f"  beta = {beta.round(2)}")

# %% [markdown]
# One step from $\beta = 0$ lands at $\beta \approx (144, 265)$, where the treated samples'
# means ($e^{408} \approx 10^{177}$) swamp the controls' ($e^{144} \approx 10^{62}$) in every
# entry of $X^\top W X$: the matrix is singular in double precision. With counts a little
# larger the first step's $e^{\eta}$ overflows to `inf` outright ($e^{710}$ is beyond the largest
# double). Such counts are ordinary in RNA-seq.
#
# **The safe start (R's `glm.fit`, used by DESeq2's fitter too).** Start from the data, not from
# the coefficients: $\mu^{(0)} = y + 0.1$ (the $0.1$ keeps $\log$ finite for zero counts) and
# $\eta^{(0)} = \log \mu^{(0)}$, and compute the **first** $W$ and $z$ from this $\eta^{(0)}$ itself.
# The start is then already close to the answer for every sample. $\eta^{(0)}$ is usually not of
# the form $X\beta$, so to record a starting coefficient vector we take its least-squares fit,
# $\beta^{(0)} = \arg\min_b \lVert X b - \eta^{(0)} \rVert$ (`np.linalg.lstsq`); the first
# iteration's change is measured from it. The second iteration onwards uses $\eta = X\beta$ as
# usual.

# %% nbgrader={"grade": false, "grade_id": "teach_safe_start", "locked": true, "schema_version": 3, "solution": false, "task": false}
eta0 = np.log(y_seed + 0.1)
beta0 = np.linalg.lstsq(X_seed, eta0, rcond=None)[0]
mu0 = np.exp(eta0)
beta1 = np.linalg.solve(X_seed.T @ (mu0[:, None] * X_seed), X_seed.T @ (mu0 * eta0 + (y_seed - mu0)))
group_means = np.array([y_seed[:25].mean(), y_seed[25:].mean()])
print(f"recorded start beta0 = {beta0.round(5)}")
print(f"one IRLS step:  beta1 = {beta1.round(5)}  (largest change {np.max(np.abs(beta1 - beta0)):.2e})")
# one binary covariate: the MLE is the log of the control mean and the log fold change
print(f"the MLE:              {np.log([group_means[0], group_means[1] / group_means[0]]).round(5)}")

# %% [markdown]
# **The deviance.** IRLS's progress is measured by the Poisson deviance, twice the gap between
# the log-likelihood of a perfect fit ($\mu = y$) and that of the model,
#
# $$D(\beta) = 2 \sum_j \Big[\, y_j \log\frac{y_j}{\mu_j} - (y_j - \mu_j) \Big], \qquad \mu = e^{X\beta},$$
#
# with the term $y_j \log(y_j/\mu_j)$ taken as $0$ when $y_j = 0$ (its limit; computed literally it is
# $0 \cdot \log 0 = $ `nan`). `scipy.special.xlogy(y, y / mu)` computes it so. Zero counts are
# everywhere in single-cell data, so this matters.

# %% nbgrader={"grade": false, "grade_id": "teach_deviance_zero_counts", "locked": true, "schema_version": 3, "solution": false, "task": false}
y_small = np.array([0.0, 3.0, 1.0, 0.0])
mu_small = np.array([0.5, 2.0, 1.5, 0.2])
with np.errstate(divide='ignore', invalid='ignore'):
    literal = 2 * np.sum(y_small * np.log(y_small / mu_small) - (y_small - mu_small))
positive = y_small > 0
careful = 2 * (np.sum(y_small[positive] * np.log(y_small[positive] / mu_small[positive]))
               - np.sum(y_small - mu_small))
print(f"literal formula: {literal}, with 0 log 0 = 0: {careful:.6f}")

# %% [markdown]
# ---
# ## 2. Curvature at the answer: the Hessian
#
# At the IRLS solution the gradient $X^\top(\mu - y)$ vanishes. Is it a minimum? The Hessian of
# the NLL is $X^\top W X$ with $w = \mu > 0$: for a design of full column rank it is positive
# definite **at every $\beta$**, so $\ell$ is strictly convex and the stationary point is its unique
# minimum. (For the log link, which is the Poisson family's *canonical* link, the Hessian is also
# the Fisher information IRLS uses; it does not depend on $y$.)
#
# `torch.autograd.functional.hessian(f, x)` differentiates any scalar function twice, so it can
# check a closed form. Work in `float64`: a `float32` Hessian is accurate to about $10^{-7}$ only.
# Here is the check on the seed notebook's least-squares loss $\frac1n\lVert X\theta - y\rVert^2$,
# whose Hessian is $\frac2n X^\top X$:

# %% nbgrader={"grade": false, "grade_id": "teach_autograd_hessian", "locked": true, "schema_version": 3, "solution": false, "task": false}
gen = torch.Generator().manual_seed(42)
X_ls = torch.randn(100, 3, generator=gen, dtype=torch.float64)
y_ls = X_ls @ torch.tensor([1.0, -0.5, 2.0], dtype=torch.float64) + 0.1 * torch.randn(100, generator=gen,
                                                                                     dtype=torch.float64)


def ls_loss(theta):
    return torch.mean((X_ls @ theta - y_ls) ** 2)


theta_hat = torch.linalg.lstsq(X_ls, y_ls.unsqueeze(1)).solution.squeeze(1)
H_ls = hessian(ls_loss, theta_hat)                           # a (3, 3) float64 tensor
print(f"autograd Hessian = 2 X^T X / n: {torch.allclose(H_ls, 2 * X_ls.T @ X_ls / 100, rtol=1e-12, atol=0)}")
print(f"eigenvalues: {torch.linalg.eigvalsh(H_ls).numpy().round(4)}")

# %% [markdown]
# **Reading the eigenvalues.** With $\lambda_1 \le \dots \le \lambda_p$ the eigenvalues of a symmetric
# Hessian at a stationary point:
#
# * all $\lambda_k > 0$: a strict local **minimum**; all $< 0$: a strict local **maximum**;
# * some $> 0$ and some $< 0$: a **saddle** (there is a direction of descent, whatever else);
# * otherwise some $\lambda_k = 0$: a flat direction, the second-order test is inconclusive
#   (**degenerate**).
#
# In floating point "$= 0$" needs a tolerance, and a **relative** one: a Hessian computed in
# double precision has errors of about $10^{-16} \max_k |\lambda_k|$, so an eigenvalue of
# $10^{-13}$ next to one of $10^{3}$ is zero whatever its sign, while a Hessian whose
# eigenvalues are all near $10^{-9}$ (a loss measured in other units) is as definite as one
# near $1$. The seed notebook's test `torch.all(eigenvalues > 0)` gets both wrong. Below, a
# confounded design ($X$'s last two columns equal) gives a Hessian with an exactly flat
# direction whose computed eigenvalue is rounding noise:

# %% nbgrader={"grade": false, "grade_id": "teach_flat_direction", "locked": true, "schema_version": 3, "solution": false, "task": false}
day = np.repeat(np.arange(5.0), 4)
X_conf = np.column_stack([np.ones(20), day, day])            # batch = time: confounded
H_conf = X_conf.T @ X_conf
lam = np.linalg.eigvalsh(H_conf)
print(f"eigenvalues: {lam}")
print(f"naive 'all > 0' test says minimum: {bool(np.all(lam > 0))}; "
      f"relative size of the smallest: {np.min(np.abs(lam)) / np.max(np.abs(lam)):.1e}")

# %% [markdown]
# ---
# ## 3. From Poisson to DESeq2's negative binomial
#
# DESeq2 models overdispersed counts: $\operatorname{Var} y_j = \mu_j + \alpha \mu_j^2$ with a
# gene-wise dispersion $\alpha \ge 0$. With the same log link, IRLS keeps the working response
# and changes only the weights, $w = \mu^2 / \operatorname{Var} y$:
#
# $$w_j = \frac{\mu_j}{1 + \alpha \mu_j}.$$
#
# For $\alpha = 0$ this is Poisson's $w = \mu$. For large $\mu$ the weight levels off at
# $1/\alpha$: very large counts stop dominating the fit. (The log link is not canonical for
# the negative binomial, so $X^\top W X$ is then the *expected* Hessian, and IRLS is Fisher
# scoring rather than Newton's method.) During a diverging iteration $\mu = e^\eta$ can reach
# $10^{300}$; the literal formula then computes $\alpha\mu = $ `inf` and a weight of $0$ instead
# of $\approx 1/\alpha$:

# %% nbgrader={"grade": false, "grade_id": "teach_nb_weights", "locked": true, "schema_version": 3, "solution": false, "task": false}
mu_demo = np.array([1.0, 1e2, 1e4, 1e300, 1e308])
alpha_demo = 10.0
with np.errstate(over='ignore'):
    print(f"mu / (1 + alpha mu): {mu_demo / (1 + alpha_demo * mu_demo)}")
print(f"1 / alpha          : {1 / alpha_demo}")

fig, ax = plt.subplots()
mu_grid = np.geomspace(0.1, 1e4, 200)
for a in (0.0, 0.01, 0.1, 1.0):
    ax.loglog(mu_grid, mu_grid / (1 + a * mu_grid), label=f"alpha = {a}")
ax.set_xlabel('mean count mu')
ax.set_ylabel('IRLS weight w')
ax.set_title('Negative-binomial IRLS weights level off at 1 / alpha')
ax.legend()
plt.show()

# %% [markdown]
# ---
# ## Exercises
#
# Each exercise names the function(s) you write, with their exact behaviour. Write them in
# the cell under the statement (replace the line `raise NotImplementedError()`), run that
# cell, then run the test cell below it. Keep the function names and signatures exactly as
# given. You may use everything defined above (`np`, `plt`, `torch`, `hessian`, ...). Your
# functions must not change their arguments, nor use or reseed the global random generators.

# %% nbgrader={"grade": false, "grade_id": "teach_format_rules", "locked": true, "schema_version": 3, "solution": false, "task": false}
# filled from assignments/count_models/formats.py by the course builder

# %% [markdown]
# ### Exercise 1: Poisson IRLS with a safe start (5 points)
#
# Write **`irls_poisson(X, y, max_iter=25, tol=1e-8)`** returning the pair **`(beta, history)`**:
#
# * `X` is an `(n, p)` float array (float32 or float64: compute in float64) of full column rank.
#   It already contains an intercept column if one is wanted: your function adds nothing and
#   treats every column alike (there may be no column of ones, and `p` may be 1). `y` is an
#   array of `n` non-negative integer counts (floats or integers); zeros are allowed, and counts
#   may run to $10^5$. You may assume the maximum-likelihood estimate exists, and that the linear
#   predictor stays within $|\eta| \le 30$ at every iterate (no guard against overflow is needed).
# * **Start as `glm.fit` does:** $\eta^{(0)} = \log(y + 0.1)$, and
#   `history['beta'][0]` is its least-squares fit $\beta^{(0)} = $ `np.linalg.lstsq(X, eta0, rcond=None)[0]`.
# * One iteration is one IRLS update computed at the current linear predictor $\eta$ (in the
#   **first** iteration $\eta^{(0)}$ itself, not $X\beta^{(0)}$; afterwards $\eta = X\beta$):
#   $\mu = e^{\eta}$, $w = \mu$, $z = \eta + (y - \mu)/\mu$, $\beta \leftarrow (X^\top W X)^{-1} X^\top W z$.
# * `history` is a dict with (at least) two keys, each holding a list:
#   * `history['beta']`: $\beta^{(0)}$, then, after every iteration, the new coefficient vector (a
#     1-D float array of length `p`), appended as a **copy**;
#   * `history['deviance']`: after every iteration, the Poisson deviance **at that iteration's new
#     coefficients**, $D = 2\sum_j [\,y_j \log(y_j/\mu_j) - (y_j - \mu_j)\,]$ with $\mu = e^{X\beta}$ and
#     $0 \log 0 = 0$ (a finite float). So `len(history['deviance']) == len(history['beta']) - 1`.
# * After each update compute the change $\max_k |\beta^{\text{new}}_k - \beta^{\text{old}}_k|$ (the
#   first iteration's from $\beta^{(0)}$; the largest absolute change: not a norm, not a relative
#   change, not a change of the deviance); stop right after the **first** iteration where it is
#   `< tol`, or after `max_iter` iterations, whichever comes first. (No input makes a change
#   within rounding of `tol`. `max_iter=0` runs no iteration: `beta` is $\beta^{(0)}$ and
#   `history['deviance']` is empty.)
# * Return `beta`, the coefficients after the last iteration, the same vector that
#   `history['beta']` ends with: a 1-D float numpy array of length `p`.
#
# Hints: use weight vectors, not `np.diag(w)`: $X^\top W X$ is `X.T @ (w[:, None] * X)` and
# $X^\top W z$ is `X.T @ (mu * eta + (y - mu))`. For the deviance, only the samples with
# $y_j > 0$ contribute $y_j\log(y_j/\mu_j)$ (or use `scipy.special.xlogy`).

# %% nbgrader={"grade": false, "grade_id": "ex1_poisson_irls", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex1_poisson_irls.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex1_poisson_irls_tests", "locked": true, "points": 5, "schema_version": 3, "solution": false, "task": false}
# Visible tests for Exercise 1, on the seed notebook's gene (counts near 150 and 400).
def _poisson_deviance(X, y, beta):
    mu = np.exp(X @ beta)
    pos = y > 0
    return 2.0 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))


_X1, _y1 = X_seed.astype(float), y_seed.astype(float)
_b, _h = irls_poisson_format(irls_poisson(_X1, _y1), p=2)       # the format rules, as in the marking
_hb = [np.asarray(v, dtype=float) for v in _h['beta']]
_hd = np.asarray(_h['deviance'], dtype=float)

_eta0 = np.log(_y1 + 0.1)
_start = np.linalg.lstsq(_X1, _eta0, rcond=None)[0]
assert np.allclose(_hb[0], _start, rtol=1e-12, atol=1e-12), \
    (f"history['beta'][0] is {_hb[0]}; expected the least-squares fit of log(y + 0.1), {_start} "
     "(from beta = 0 this data overflows: see Section 1)")
assert len(_hd) == len(_hb) - 1, \
    f"history['deviance'] has {len(_hd)} entries; expected one per iteration, {len(_hb) - 1}"
assert np.array_equal(_b, _hb[-1]), "beta must equal the last entry of history['beta']"
assert len(_hb) < 3 or not all(np.array_equal(v, _hb[-1]) for v in _hb[1:]), \
    "every entry of history['beta'] equals the final coefficients: append a copy of beta each iteration"

# the first step uses eta0 = log(y + 0.1) itself, not X @ beta0
_mu0 = _y1 + 0.1
_step1 = np.linalg.solve(_X1.T @ (_mu0[:, None] * _X1), _X1.T @ (_mu0 * _eta0 + (_y1 - _mu0)))
assert np.allclose(_hb[1], _step1, rtol=1e-10, atol=1e-12), \
    f"history['beta'][1] is {_hb[1]}; the first IRLS step from eta0 = log(y + 0.1) gives {_step1}"

for _k, _d in enumerate(_hd):
    _expected = _poisson_deviance(_X1, _y1, _hb[_k + 1])
    if not np.isclose(_d, _expected, rtol=1e-9, atol=1e-9):
        _hint = ("that is the deviance at the OLD coefficients; evaluate it at the new ones"
                 if np.isclose(_d, _poisson_deviance(_X1, _y1, _hb[_k]), rtol=1e-9) else
                 "the deviance is 2 * sum(y log(y / mu) - (y - mu)) with mu = exp(X @ beta)")
        raise AssertionError(f"history['deviance'][{_k}] = {_d:.10g}, but the deviance at "
                             f"history['beta'][{_k + 1}] is {_expected:.10g}: {_hint}")

_changes = [np.max(np.abs(_hb[k] - _hb[k - 1])) for k in range(1, len(_hb))]
assert len(_changes) > 0 and _changes[-1] < 1e-8 and all(c >= 1e-8 for c in _changes[:-1]), \
    (f"the changes max|beta_new - beta_old| per iteration were {np.array(_changes)}; stop right after "
     "the first one below tol = 1e-8")
_means = np.array([_y1[:25].mean(), _y1[25:].mean()])
assert np.allclose(_b, np.log([_means[0], _means[1] / _means[0]]), rtol=1e-9), \
    f"beta = {_b}; the MLE here is the log of the control mean and the log fold change"

# tol and max_iter are honoured
_b_loose, _h_loose = irls_poisson_format(irls_poisson(_X1, _y1, tol=1e-3), p=2)
_ch = [np.max(np.abs(np.asarray(_h_loose['beta'][k]) - np.asarray(_h_loose['beta'][k - 1])))
       for k in range(1, len(_h_loose['beta']))]
assert _ch[-1] < 1e-3 and all(c >= 1e-3 for c in _ch[:-1]), \
    f"with tol=1e-3 the changes per iteration were {np.round(_ch, 6)}; stop after the first one below 1e-3"
_b_zero, _h_zero = irls_poisson_format(irls_poisson(_X1, _y1, max_iter=0), p=2)
assert len(_h_zero['beta']) == 1 and len(_h_zero['deviance']) == 0 and np.allclose(_b_zero, _start), \
    "max_iter=0 runs no iteration: beta is the start, history['beta'] holds it alone, no deviance"
_b_one, _h_one = irls_poisson_format(irls_poisson(_X1, _y1, max_iter=1), p=2)
assert len(_h_one['beta']) == 2 and np.allclose(_b_one, _step1, rtol=1e-10), \
    "max_iter=1 must give exactly one iteration, the first IRLS step"

# zero counts, no intercept column, integer y
_rng = np.random.default_rng(5)
_t = _rng.uniform(0.5, 2.0, 40)
_X2 = np.column_stack([_t, _rng.normal(size=40)])
_y2 = _rng.poisson(np.exp(_X2 @ np.array([0.3, 0.8])))
assert np.any(_y2 == 0)
_b2, _h2 = irls_poisson_format(irls_poisson(_X2, _y2), p=2)
assert np.all(np.isfinite(np.asarray(_h2['deviance'], dtype=float))), \
    "with zero counts the deviance must stay finite: take y log(y / mu) as 0 where y == 0"
_score = _X2.T @ (_y2 - np.exp(_X2 @ _b2))
assert np.max(np.abs(_score)) < 1e-6, \
    f"at convergence the score equations X^T (y - mu) = 0 should hold; got {_score}"
print("Exercise 1: all visible tests passed.")

# %% [markdown]
# Once your function passes, this cell plots its path on the seed's gene.

# %% nbgrader={"grade": false, "grade_id": "teach_ex1_demo", "locked": true, "schema_version": 3, "solution": false, "task": false} autograder={"run": false}
beta_fit, hist_fit = irls_poisson(X_seed, y_seed)
betas = np.array(hist_fit['beta'])
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
axes[0].plot(betas[:, 0], 'b-o', label=r'$\beta_0$ (intercept)')
axes[0].plot(betas[:, 1], 'r-o', label=r'$\beta_1$ (treatment)')
axes[0].set_xlabel('iteration (0 = start)')
axes[0].set_ylabel('coefficient')
axes[0].legend()
axes[1].plot(np.arange(1, len(betas)), hist_fit['deviance'], 'g-o')
axes[1].set_xlabel('iteration')
axes[1].set_ylabel('deviance at the new coefficients')
plt.tight_layout()
plt.show()

# %% [markdown]
# ### Exercise 2: the Hessian at the answer (5 points)
#
# Write three functions.
#
# **`poisson_hessian(X, beta)`** returns the Hessian of the Poisson NLL
# $\ell(\beta) = \sum_j (e^{\eta_j} - y_j\eta_j)$, $\eta = X\beta$, in closed form:
# $X^\top \operatorname{diag}(e^{X\beta}) X$, a float numpy array of shape `(p, p)`.
# `X` is an `(n, p)` float array (float32 or float64; compute in float64; any `n >= 1`, so the
# Hessian may be singular), `beta` a 1-D float array of length `p`, with $|X\beta| \le 30$.
#
# **`autograd_hessian(X, y, beta)`** returns the same Hessian computed by automatic
# differentiation: the Hessian at `beta` of $\ell(\beta) = \sum_j (e^{\eta_j} - y_j\eta_j)$ (adding
# the constant $\sum_j \log y_j!$ changes nothing) by `torch.autograd.functional.hessian`, **in
# float64** (convert `X`, `y` and `beta`, which arrive as numpy arrays, float32 or float64, `y` as
# floats or integers, to `torch.float64` tensors). Return a float numpy array of shape `(p, p)`
# (`H.detach().numpy()`), not a tensor.
#
# **`classify_stationary_point(H, rtol=1e-8)`** classifies a stationary point from its Hessian
# `H`, a symmetric `(p, p)` float array (`p >= 1`), by its eigenvalues $\lambda_k$
# (`np.linalg.eigvalsh`). Let $s = \max_k |\lambda_k|$; an eigenvalue counts as **zero** when
# $|\lambda_k| \le$ `rtol` $\cdot\, s$, and every eigenvalue counts as zero when $s \le 10^{-14}$ (for
# instance `H` all zeros). Return the str
#
# * `'saddle'` if some eigenvalue is positive and some negative (not zero, both), else
# * `'minimum'` if every eigenvalue is positive, else `'maximum'` if every one is negative, else
# * `'degenerate'` (some eigenvalue is zero, none of the other sign).
#
# `rtol` is a float in $[10^{-12}, 10^{-1}]$; no input has an eigenvalue within rounding of the
# threshold `rtol * s` (the rounding of `H`'s own dtype: about $10^{-7} s$ for a float32 `H`).

# %% nbgrader={"grade": false, "grade_id": "ex2_hessian_check", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex2_hessian_check.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex2_hessian_check_tests", "locked": true, "points": 5, "schema_version": 3, "solution": false, "task": false}
# Visible tests for Exercise 2.
_rng = np.random.default_rng(11)
_X = np.column_stack([np.ones(30), _rng.normal(size=30), _rng.uniform(-1, 1, 30)])
_beta = np.array([1.0, -0.4, 0.7])
_y = _rng.poisson(np.exp(_X @ _beta)).astype(float)

_H = hessian_format(poisson_hessian(_X, _beta), 3, "poisson_hessian")
_expected = _X.T @ np.diag(np.exp(_X @ _beta)) @ _X
assert np.allclose(_H, _expected, rtol=1e-12, atol=0), \
    f"poisson_hessian returned\n{_H}\nexpected X^T diag(exp(X beta)) X =\n{_expected}"
assert np.allclose(poisson_hessian(_X, np.zeros(3)), _X.T @ _X, rtol=1e-12), \
    "at beta = 0 every mu is 1, so the Hessian is X^T X"

_Ha = hessian_format(autograd_hessian(_X, _y, _beta), 3, "autograd_hessian")
assert np.allclose(_Ha, _expected, rtol=1e-12, atol=0), \
    (f"autograd_hessian returned\n{_Ha}\nexpected\n{_expected}\n(the Hessian of sum(exp(eta) - y * eta), "
     "summed not averaged, in float64)")
_Ha32 = hessian_format(autograd_hessian(_X.astype(np.float32), _y.astype(int), _beta.astype(np.float32)), 3,
                       "autograd_hessian")
_exact32 = _X.astype(np.float32).astype(float)
_expected32 = _exact32.T @ np.diag(np.exp(_exact32 @ _beta.astype(np.float32).astype(float))) @ _exact32
assert np.allclose(_Ha32, _expected32, rtol=1e-12, atol=0), \
    "with float32 X and beta and integer y, autograd_hessian must still compute in float64"

_q, _ = np.linalg.qr(_rng.normal(size=(3, 3)))


def _with_eigenvalues(lam):
    H = _q @ np.diag(lam) @ _q.T
    return (H + H.T) / 2


for _lam, _rtol, _kind in [([1.0, 2.0, 3.0], 1e-8, 'minimum'), ([-1.0, -2.0, -0.5], 1e-8, 'maximum'),
                           ([-1.0, 2.0, 3.0], 1e-8, 'saddle'), ([1e-12, 2.0, 3.0], 1e-8, 'degenerate'),
                           ([-1e-12, 2.0, 3.0], 1e-8, 'degenerate'), ([-1e-12, -2.0, 3.0], 1e-8, 'saddle'),
                           ([1e-4, 2.0, 3.0], 1e-8, 'minimum'), ([1e-4, 2.0, 3.0], 1e-3, 'degenerate'),
                           ([1e-9, 2e-9, 3e-9], 1e-8, 'minimum'), ([0.0, 0.0, 0.0], 1e-8, 'degenerate')]:
    _got = classify_stationary_point_format(classify_stationary_point(_with_eigenvalues(_lam), rtol=_rtol))
    assert _got == _kind, f"eigenvalues {_lam} with rtol={_rtol}: expected {_kind!r}, got {_got!r}"
assert classify_stationary_point(np.array([[2.0]])) == 'minimum', "a 1 x 1 Hessian is allowed"

# the seed's gene at the IRLS solution: a minimum
_b_seed = np.log([y_seed[:25].mean(), y_seed[25:].mean() / y_seed[:25].mean()])
assert classify_stationary_point(autograd_hessian(X_seed, y_seed, _b_seed)) == 'minimum'
print("Exercise 2: all visible tests passed.")

# %% [markdown]
# ### Exercise 3: DESeq2's negative-binomial weights (3 points)
#
# Write **`nb_weights(mu, alpha)`** returning the IRLS weights of a negative-binomial GLM with a log
# link, $w = \mu / (1 + \alpha\mu)$, element by element:
#
# * `mu` is a float (or integer) numpy array of any shape with finite entries $\ge 0$: zeros,
#   and values from $10^{-300}$ up to $10^{308}$, are allowed. `alpha` is a finite float $\ge 0$
#   (0 is Poisson) or a float numpy array of such values that broadcasts with `mu` (numpy's rules:
#   one dispersion per gene as a column of shape `(n_genes, 1)` against `mu` of shape
#   `(n_genes, n_samples)`, for instance).
# * Return a float numpy array of the broadcast shape of `mu` and `alpha` (that of `mu` when
#   `alpha` is a float), each entry within a relative $10^{-12}$ of the exact value: `mu` itself
#   where `alpha == 0`, 0 where `mu == 0`, and close to $1/\alpha$ where $\alpha\mu$ is huge. In
#   particular $\alpha\mu$ may exceed the largest double ($\approx 1.8\cdot 10^{308}$): the weight
#   must still be right there (where $\alpha\mu > 1$, $w = 1/(\alpha + 1/\mu)$ is safe).
# * Do not change `mu` or `alpha` (no in-place operations on them), and vectorise (no Python loop
#   over the entries).

# %% nbgrader={"grade": false, "grade_id": "ex3_nb_weights", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex3_nb_weights.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex3_nb_weights_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
# Visible tests for Exercise 3.
_mu = np.array([0.0, 0.5, 3.0, 150.0, 4e4])
_w = nb_weights_format(nb_weights(_mu, 0.2), _mu.shape)
assert np.allclose(_w, _mu / (1 + 0.2 * _mu), rtol=1e-12, atol=0), f"nb_weights(mu, 0.2) = {_w}"
assert np.allclose(nb_weights(_mu, 0.0), _mu, rtol=1e-14, atol=0), "with alpha = 0 (Poisson) the weights are mu itself"
_big = nb_weights_format(nb_weights(np.array([1e300, 1e308]), 10.0), (2,))
assert np.allclose(_big, 0.1, rtol=1e-12), \
    f"for mu = 1e300 and 1e308 with alpha = 10 the weights are about 1 / alpha = 0.1; got {_big}"
_mu_genes = np.array([[1.0, 10.0, 100.0], [2.0, 20.0, 200.0]])
_alpha_genes = np.array([[0.5], [0.05]])
_wg = nb_weights_format(nb_weights(_mu_genes, _alpha_genes), (2, 3))
assert np.allclose(_wg, _mu_genes / (1 + _alpha_genes * _mu_genes), rtol=1e-12), \
    "one dispersion per gene (a column) must broadcast over that gene's samples"
_mu_copy = _mu_genes.copy()
nb_weights(_mu_genes, _alpha_genes)
assert np.array_equal(_mu_genes, _mu_copy), "nb_weights changed its argument mu"
print("Exercise 3: all visible tests passed.")

# %% [markdown]
# ---
# **Next:** Module 1.2 — linear systems and least squares: why IRLS solves each weighted
# least-squares step with QR rather than with $X^\top W X$ when the design is ill conditioned.
