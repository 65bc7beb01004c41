"""Reference values for org.segmenta.lifetime (BG/NBD and Gamma-Gamma) from SciPy.

Independent of the Java code: the summary is built with pandas, the likelihoods are written from Fader, Hardie & Lee
(2005) and Hardie's notes, and the optimum is found with scipy.optimize.minimize (L-BFGS-B, then Nelder-Mead polish)
on log-parameters. Run with Debian's python3 (python3-scipy 1.10.1, python3-pandas 1.5.3, python3-numpy 1.24.2):

    /usr/bin/python3 bench/python/btyd_reference.py data/cdnow_sample.csv
    /usr/bin/python3 bench/python/btyd_reference.py data/cdnow_master.csv.gz
    /usr/bin/python3 bench/python/btyd_reference.py --write-summary data/cdnow_master.csv.gz OUT.f64

The last form writes the summary for the benchmark (org.segmenta.bench.LifetimeSummary, bench/python/peer_bench.py):
one row per customer in customer-id order, columns x, t_x, T, m_x (NaN when x = 0), as little-endian float64 with no
header, so that the Java and the SciPy fit read the very same numbers.

Calibration rule (as in the tests): purchases of one customer on one day form one transaction; calibration
1997-01-01 .. 1997-09-30 inclusive, holdout 1997-10-01 .. 1998-06-30; unit weeks = days / 7;
x = distinct purchase days in calibration - 1, t_x = (last - first) / 7, T = (1997-09-30 - first) / 7;
m_x = mean over the repeat transactions (first day excluded) of the day's summed amount.
"""
import sys

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1

END = pd.Timestamp("1997-09-30")


def summary(path):
    d = pd.read_csv(path, parse_dates=["date"])
    days = d.groupby(["customer_id", "date"], as_index=False)["amount"].sum()
    cal = days[days["date"] <= END]
    first = cal.groupby("customer_id")["date"].min()
    last = cal.groupby("customer_id")["date"].max()
    n = cal.groupby("customer_id").size()
    s = pd.DataFrame({"x": n - 1, "t_x": (last - first).dt.days / 7.0, "T": (END - first).dt.days / 7.0})
    cal = cal.merge(first.rename("first"), left_on="customer_id", right_index=True)
    repeat = cal[cal["date"] > cal["first"]]
    s["m_x"] = repeat.groupby("customer_id")["amount"].mean()
    hold = days[days["date"] > END].groupby("customer_id").size()
    s["x_star"] = hold.reindex(s.index).fillna(0).astype(int)
    return s


def write_summary(path, out):
    """Writes summary(path)'s x, t_x, T, m_x as a row-major little-endian float64 matrix (no header) to out, through
    a temporary file. Returns the number of customers."""
    import os
    s = summary(path)
    rows = np.column_stack([s["x"].to_numpy(float), s["t_x"].to_numpy(float), s["T"].to_numpy(float),
                            s["m_x"].to_numpy(float)]).astype("<f8")
    temporary = out + ".tmp"
    rows.tofile(temporary)
    os.replace(temporary, out)
    return len(s)


def bgnbd_ll(p, x, tx, T):
    r, alpha, a, b = p
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return np.sum(a1 + a2 + np.logaddexp(a3, a4))


def gg_ll(p, x, m):
    pp, q, g = p
    return np.sum(gammaln(pp * x + q) - gammaln(pp * x) - gammaln(q) + q * np.log(g) + (pp * x - 1) * np.log(m)
                  + pp * x * np.log(x) - (pp * x + q) * np.log(g + m * x))


def fit(ll, start, *args):
    f = lambda lp: -ll(np.exp(lp), *args)
    res = minimize(f, np.log(start), method="L-BFGS-B", options={"ftol": 1e-15, "gtol": 1e-10, "maxiter": 10000})
    res = minimize(f, res.x, method="Nelder-Mead",
                   options={"xatol": 1e-12, "fatol": 1e-12, "maxiter": 100000, "maxfev": 100000})
    return np.exp(res.x), -res.fun


def main(path):
    s = summary(path)
    x, tx, T = s["x"].to_numpy(float), s["t_x"].to_numpy(), s["T"].to_numpy()
    print("customers", len(s), "repeat buyers", int((x > 0).sum()), "sum x", int(x.sum()),
          "sum x*", int(s["x_star"].sum()))
    p, ll = fit(bgnbd_ll, [1.0, 1.0, 1.0, 1.0], x, tx, T)
    print("BG/NBD r, alpha, a, b =", repr(list(p)), "LL =", repr(ll))
    r, alpha, a, b = p
    # FHL 2005 example: E[Y(39) | x=2, t_x=30.43, T=38.86] with the published parameters
    for (rr, al, aa, bb) in [(0.243, 4.414, 0.793, 2.426), tuple(p)]:
        def cond(t, xx, txx, TT):
            z = t / (al + TT + t)
            num = (aa + bb + xx - 1) / (aa - 1) * (1 - ((al + TT) / (al + TT + t)) ** (rr + xx)
                                                     * hyp2f1(rr + xx, bb + xx, aa + bb + xx - 1, z))
            return num / (1 + (xx > 0) * aa / (bb + xx - 1) * ((al + TT) / (al + txx)) ** (rr + xx))
        print(" params", (rr, al, aa, bb), "E[Y(39)|2,30.43,38.86] =", repr(cond(39.0, 2, 30.43, 38.86)))
    rep = s[(s["x"] > 0) & (s["m_x"] > 0)]
    print("Gamma-Gamma on", len(rep), "repeat buyers with m_x > 0; left out (x > 0, m_x = 0):",
          int(((s["x"] > 0) & ~(s["m_x"] > 0)).sum()))
    g, gll = fit(gg_ll, [1.0, 1.0, 1.0], rep["x"].to_numpy(float), rep["m_x"].to_numpy())
    print("Gamma-Gamma p, q, gamma =", repr(list(g)), "LL =", repr(gll))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--write-summary":
        print("customers", write_summary(sys.argv[2], sys.argv[3]))
    else:
        main(sys.argv[1])
