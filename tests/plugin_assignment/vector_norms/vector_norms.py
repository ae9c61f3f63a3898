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
# # Vector norms
#
# ### Exercise 1: the Euclidean norm (2 points)
#
# Write `l2_norm(x)`: the Euclidean norm $\sqrt{\sum_i x_i^2}$ of a 1-D float array `x` (any length,
# also 0: the norm of an empty vector is 0.0), as a Python float. Entries may be as large as 1e200:
# do not overflow.

# %% nbgrader={"grade": false, "grade_id": "teach_imports", "locked": true, "schema_version": 3, "solution": false, "task": false}
import numpy as np

# %% [markdown]
# The course's example vector is in `data/example.txt`, beside this notebook.

# %% nbgrader={"grade": false, "grade_id": "teach_example", "locked": true, "schema_version": 3, "solution": false, "task": false}
def example_vector():
    """The course's example vector, read from the data file released with the notebook."""
    return np.loadtxt("data/example.txt")


print(example_vector())

# %% nbgrader={"grade": false, "grade_id": "ex1_norms", "locked": false, "schema_version": 3, "solution": true, "task": false}
# filled from solutions/instructor/ex1_norms.py by the course builder

# %% nbgrader={"grade": true, "grade_id": "ex1_norms_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
assert abs(l2_norm(np.array([3.0, 4.0])) - 5.0) < 1e-12, "the norm of (3, 4) is 5"
assert isinstance(l2_norm(np.array([1.0])), float), "return a Python float"
assert abs(l2_norm(example_vector()) - 13.0) < 1e-12, "the norm of the example vector is 13"
print("all visible tests passed")
