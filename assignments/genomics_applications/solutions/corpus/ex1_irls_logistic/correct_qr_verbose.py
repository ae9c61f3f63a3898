# verdict: correct
# what: weighted least squares via a QR factorisation of sqrt(W) X, with a progress line printed every iteration; 1 - prob as 1/(1 + e^eta)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, float)
    y = np.asarray(y, float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}

    for k in range(1, max_iter + 1):
        eta = X @ beta
        prob = 1 / (1 + np.exp(-eta))
        rest = 1 / (1 + np.exp(eta))        # 1 - prob, also where prob rounds to 1
        w = prob * rest
        sw = np.sqrt(w)
        # sqrt(w) z = sqrt(w) eta + (y - prob) / sqrt(w), with y - prob exact
        resid = np.where(y == 1, rest, -prob)
        Q, R = np.linalg.qr(X * sw[:, None])
        beta_next = np.linalg.solve(R, Q.T @ (sw * eta + resid / sw))

        max_change = np.abs(beta_next - beta).max()
        beta = beta_next
        eta = X @ beta
        dev = -2 * np.sum(np.where(y == 1, np.log(1 / (1 + np.exp(-eta))), np.log(1 / (1 + np.exp(eta)))))
        history['beta'].append(beta.copy())
        history['deviance'].append(dev)
        print(f"iter {k:2d}: deviance = {dev:.6f}, max |change| = {max_change:.2e}")
        if max_change < tol:
            print(f"converged after {k} iterations")
            break
    return beta, history


# quick check on simulated cell-type labels
rng_demo = np.random.default_rng(0)
X_demo = np.column_stack([np.ones(200), rng_demo.normal(size=200)])
y_demo = (rng_demo.random(200) < 1 / (1 + np.exp(-(0.3 + 1.5 * X_demo[:, 1])))).astype(float)
beta_demo, hist_demo = irls_logistic(X_demo, y_demo)
print("estimated:", beta_demo)
