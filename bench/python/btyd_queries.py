"""Reference values for the questions a fitted lifetime model answers (tests of org.segmenta.lifetime).

Formulas written from Fader, Hardie & Lee (2005) and lifetimes 0.11 (beta_geo_fitter.py, gamma_gamma_fitter.py,
utils._customer_lifetime_value), evaluated with SciPy's hyp2f1 and, for the hypergeometric values, mpmath at 30
digits. Run with Debian's python3 (python3-scipy 1.10.1, python3-mpmath 1.2.1, python3-pandas 1.5.3):

    /usr/bin/python3 bench/python/btyd_queries.py
"""
import mpmath
import numpy as np
import pandas as pd
from scipy.special import betaln, gammaln, hyp2f1

mpmath.mp.dps = 30
R, ALPHA, A, B = 0.243, 4.414, 0.793, 2.426   # FHL 2005, CDNOW sample, weeks
P, Q, G = 6.25, 3.74, 15.44                     # FHL 2005 (JMR), Gamma-Gamma


def cond(t, x, tx, T, r=R, al=ALPHA, a=A, b=B):
    z = t / (al + T + t)
    num = (a + b + x - 1) / (a - 1) * (1 - ((al + T) / (al + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z))
    return num / (1 + (x > 0) * a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x))


def cond_mp(t, x, tx, T, r=R, al=ALPHA, a=A, b=B):
    r, al, a, b, t, tx, T = map(mpmath.mpf, (r, al, a, b, t, tx, T))
    z = t / (al + T + t)
    num = (a + b + x - 1) / (a - 1) * (1 - ((al + T) / (al + T + t)) ** (r + x) * mpmath.hyp2f1(r + x, b + x, a + b + x - 1, z))
    return num / (1 + (1 if x > 0 else 0) * a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x))


def palive(x, tx, T, r=R, al=ALPHA, a=A, b=B):
    return 1.0 if x == 0 else 1 / (1 + a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x))


def ex(t):
    return (A + B - 1) / (A - 1) * (1 - hyp2f1(R, B, A + B - 1, t / (ALPHA + t)) * (ALPHA / (ALPHA + t)) ** R)


def pmf(n, t):
    first = np.exp(betaln(A, B + n) - betaln(A, B) + gammaln(R + n) - gammaln(R) - gammaln(n + 1)
                   + R * np.log(ALPHA / (ALPHA + t)) + n * np.log(t / (ALPHA + t)))
    if n == 0:
        return first
    j = np.arange(n)
    s = np.exp(gammaln(R + j) - gammaln(R) - gammaln(j + 1) + j * np.log(t / (ALPHA + t))).sum()
    return first + np.exp(betaln(A + 1, B + n - 1) - betaln(A, B)) * (1 - (ALPHA / (ALPHA + t)) ** R * s)


print("# 2F1: scipy.special.hyp2f1 and mpmath.hyp2f1")
for args in [(0.5, 1.5, 2.5, 0.3), (2.243, 4.426, 4.219, 0.4731), (1.1, 0.7, 0.9, 0.97), (3.0, 2.5, 1.2, 0.999),
             (0.3, -0.207, 1.219, 0.85), (50.243, 52.426, 52.219, 0.9), (1.5, 2.0, 3.5, -0.5), (1.5, 2.0, 3.5, -20.0),
             (0.7, 1.3, 2.9, -0.999), (-3.0, 2.0, 1.5, 0.6), (1.0, 1.0, 2.0, 1.0 - 1e-6)]:
    print(args, repr(hyp2f1(*args)), mpmath.nstr(mpmath.hyp2f1(*args), 20))

print("# BG/NBD with the published parameters")
for h in [(2, 30.43, 38.86), (0, 0, 38.86), (1, 2.0, 38.86), (5, 35.0, 38.86), (23, 38.5, 38.86), (200, 38.0, 38.86)]:
    print("E[Y(39)|%s] =" % (h,), repr(cond(39.0, *h)), mpmath.nstr(cond_mp(39.0, *h), 17), "P(alive) =", repr(palive(*h)))
print("E[Y(52*10)|2,30.43,38.86] =", mpmath.nstr(cond_mp(520.0, 2, 30.43, 38.86), 17))
print("E[Y(39)|3,20,30] with a = 1 (mpmath limit a -> 1) =",
      mpmath.nstr(mpmath.limit(lambda a: cond_mp(39.0, 3, 20.0, 30.0, a=a), 1), 17))
for x in [5, 10, 15, 20]:
    print("P(alive | x=%d, t_x=30, T=39) =" % x, repr(palive(x, 30.0, 39.0)))
for t in [1.0, 39.0, 78.0]:
    print("E[X(%s)] =" % t, repr(ex(t)))
for n in [0, 1, 2, 7]:
    print("P(X(39)=%d) =" % n, repr(pmf(n, 39.0)))

print("# Gamma-Gamma with the published parameters")
print("population mean", repr(P * G / (Q - 1)))
for x, m in [(1, 20.0), (2, 35.5), (10, 100.0)]:
    print("E[M|%d,%s] =" % (x, m), repr(P * (G + x * m) / (P * x + Q - 1)))


def clv(x, tx, T, m, months=12, d=0.01, factor=4.345, margin=1.0):
    spend = P * (G + x * m) / (P * x + Q - 1) if x > 0 else P * G / (Q - 1)
    total = 0.0
    for i in np.arange(1, months + 1) * factor:
        total += margin * spend * (cond(i, x, tx, T) - cond(i - factor, x, tx, T)) / (1 + d) ** (i / factor)
    return total


print("# CLV (lifetimes' loop), published parameters, weeks, 4.345 weeks a month")
print("CLV(2, 30.43, 38.86, m=35.5), 12 months, 1%:", repr(clv(2, 30.43, 38.86, 35.5)))
print("CLV(0, 0, 38.86), 12 months, 1%:", repr(clv(0, 0.0, 38.86, 0.0)))
print("CLV(5, 35, 38.86, m=20), 24 months, 1.5%, margin 0.3:", repr(clv(5, 35.0, 38.86, 20.0, 24, 0.015, margin=0.3)))

print("# CDNOW sample: validation with the published parameters")
d = pd.read_csv("data/cdnow_sample.csv", parse_dates=["date"])
days = d.groupby(["customer_id", "date"], as_index=False)["amount"].sum()
end = pd.Timestamp("1997-09-30")
first = days.groupby("customer_id")["date"].min()
cal = days[days["date"] <= end]
x = cal.groupby("customer_id").size() - 1
tx = (cal.groupby("customer_id")["date"].max() - first).dt.days / 7.0
T = (end - first).dt.days / 7.0
xs = days[days["date"] > end].groupby("customer_id").size().reindex(x.index).fillna(0)
e = np.array([cond(39.0, xi, ti, Ti) for xi, ti, Ti in zip(x, tx, T)])
g = np.minimum(x.to_numpy(), 7)
for k in range(8):
    sel = g == k
    print("group", k, "customers", int(sel.sum()), "actual mean", repr(xs.to_numpy()[sel].mean()),
          "expected mean", repr(e[sel].mean()))
for k in range(7):
    print("calibration x =", k, "actual", int((x == k).sum()), "expected", repr(sum(pmf(k, Ti) for Ti in T)))
origin = pd.Timestamp("1997-01-01")
s = ((first - origin).dt.days / 7.0).to_numpy()
rep = days.merge(first.rename("first"), left_on="customer_id", right_index=True)
rep = ((rep[rep["date"] > rep["first"]]["date"] - origin).dt.days / 7.0).to_numpy()
for tau in [39.0, 78.0]:
    print("tau", tau, "actual cumulative", int((rep <= tau).sum()), "expected", repr(sum(ex(tau - si) for si in s if si < tau)))
