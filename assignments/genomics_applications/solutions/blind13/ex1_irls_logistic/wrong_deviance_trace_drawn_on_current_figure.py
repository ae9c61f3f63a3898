# verdict: wrong
# what: draws the deviance trace with plt.plot / plt.xlabel at the end of the fit, as the lesson's convergence plot does: the returned beta and history are right, but with the caller's figure open (one line, x label 'time') a call on the visible data adds a second line to the caller's Axes and relabels it 'iteration' / 'deviance', and with no figure open it leaves a new figure open (plt.get_fignums() [1] instead of []); breaks the format rules' "the figures already open (close only your own, and draw on a new figure, not on plt.gcf()) are the caller's"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + y - p_hat))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    # convergence trace, as in the lesson's plot
    plt.plot(np.arange(1, len(history['deviance']) + 1), history['deviance'], 'g-o')
    plt.xlabel('iteration')
    plt.ylabel('deviance')
    return beta, history
