#!/usr/bin/python3
"""The peer of the Segmenta benchmark: scikit-learn's KMeans and SciPy's Ward linkage on the benchmark's data,
pandas for the order-line study (read, clean, one row per customer), and SciPy's BFGS for the BG/NBD and Gamma-Gamma
fits (workload LIFETIME_FIT) as the lifetimes library runs them.

Started by the Java benchmark (org.segmenta.bench.Benchmark) in its own process, one case at a time, with the same
--key value arguments as the Java runner (org.segmenta.bench.ChildArguments) and with OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS and MKL_NUM_THREADS set to the thread count the JVMs get. It times the fit only (data are read
first), repeats it as org.segmenta.bench.Repetition does, and prints '@bench key value' lines
(org.segmenta.bench.ChildReport). WCSS is computed from the labels, the same way for every tool.

The order-line study (workload ORDER_LINES) is timed as a whole process from Python's start, like the mall study; it
imports pandas only, and prints the customer table's checksum ('@bench checksum ...', org.segmenta.bench.OrderChecksum).

The lifetime fit (workload LIFETIME_FIT) reads the summary that btyd_reference.py --write-summary wrote (x, t_x, T,
m_x per customer), times both fits, and prints where they ended ('@bench lifetime ...',
org.segmenta.bench.LifetimeOptimum).

Run by hand:  /usr/bin/python3 bench/python/peer_bench.py --id ward-5k --workload WARD --input FILE --rows 5000 ...
"""
import argparse
import csv
import math
import sys
import time
import traceback

PREFIX = "@bench "
MAX_ITERATIONS = 300  # scikit-learn's default, and the Java tools'
TOLERANCE = 1e-4      # scikit-learn's default
DEFAULT_N_INIT = 10   # the comparison of default restarts uses scikit-learn's classic default


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for key in ("id", "title", "workload", "input"):
        parser.add_argument("--" + key, required=True)
    for key in ("rows", "columns", "k", "starts", "min-k", "max-k", "seed", "max-runs"):
        parser.add_argument("--" + key, type=int, required=True)
    for key in ("budget", "cold-limit"):
        parser.add_argument("--" + key, type=float, required=True)
    return parser.parse_args(argv)


def timed_runs(workload, budget, max_runs, cold_limit):
    """A warm-up run, then clamp(floor(budget / warm-up), 1, max_runs) measured runs; a warm-up of cold_limit seconds
    or more is reported alone (cold). Returns (warm, seconds, result of the last run)."""
    start = time.perf_counter()
    result = workload()
    warm_up = time.perf_counter() - start
    if warm_up >= cold_limit:
        return False, [warm_up], result
    runs = int(max(1, min(max_runs, math.floor(budget / max(warm_up, 1e-9)))))
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        result = workload()
        seconds.append(time.perf_counter() - start)
    return True, seconds, result


def wcss(np, x, labels):
    """Within-cluster sum of squares around the means of the labelled groups."""
    k = int(labels.max()) + 1
    counts = np.bincount(labels, minlength=k).astype(float)
    means = np.empty((k, x.shape[1]))
    for j in range(x.shape[1]):
        means[:, j] = np.bincount(labels, weights=x[:, j], minlength=k) / np.maximum(counts, 1)
    return float(((x - means[labels]) ** 2).sum())


def report(version, warm=None, seconds=None, iterations=None, quality=None, per_k=None, restarts_per_k=None,
           notes=()):
    print(PREFIX + "version " + version)
    if seconds is not None:
        print(PREFIX + "times " + ("warm" if warm else "cold") + " " + " ".join(repr(float(s)) for s in seconds))
    if iterations is not None:
        print(PREFIX + "iterations %d" % iterations)
    if quality is not None:
        print(PREFIX + "quality " + repr(float(quality)))
    if per_k:
        print(PREFIX + "per_k " + " ".join(repr(float(v)) for v in per_k))
    if restarts_per_k:
        print(PREFIX + "restarts_per_k " + " ".join(str(int(r)) for r in restarts_per_k))
    for note in notes:
        print(PREFIX + "note " + note.replace("\n", " "))
    sys.stdout.flush()


def thread_note():
    try:
        from threadpoolctl import threadpool_info
        pools = ", ".join("%s %s" % (p.get("internal_api"), p.get("num_threads")) for p in threadpool_info())
        return "thread pools: " + (pools or "none loaded")
    except ImportError:
        return "threadpoolctl missing: thread pools not checked"


def order_lines(path):
    """The order-line study in pandas, the steps of org.segmenta.orders.OrderLines with its default rules: read the
    CSV (ids as text), count exact duplicate lines, drop lines without CustomerID, InvoiceNo starting with C,
    Quantity <= 0 and UnitPrice <= 0; amount = Quantity x UnitPrice; snapshot = the day after the last date kept; per
    customer recency (days from the last purchase day to the snapshot), nunique(InvoiceNo), sum(amount), first and
    last date. Returns (version, checksum words, Σ monetary)."""
    import pandas as pd
    df = pd.read_csv(path, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str})
    lines = len(df)
    duplicates = int(df.duplicated().sum())
    kept = df[df.CustomerID.notna() & ~df.InvoiceNo.str.startswith("C") & (df.Quantity > 0) & (df.UnitPrice > 0)]
    kept = kept.assign(day=pd.to_datetime(kept.InvoiceDate, format="%Y-%m-%d %H:%M:%S").dt.normalize(),
                       amount=kept.Quantity * kept.UnitPrice)
    snapshot = kept.day.max() + pd.Timedelta(days=1)
    c = kept.groupby("CustomerID").agg(last=("day", "max"), first=("day", "min"),
                                       frequency=("InvoiceNo", "nunique"), monetary=("amount", "sum"))
    c["recency_days"] = (snapshot - c["last"]).dt.days
    c["tenure_days"] = (snapshot - c["first"]).dt.days
    print("%d order lines read, %d exact duplicates, %d kept: %d customers, snapshot %s"
          % (lines, duplicates, len(kept), len(c), snapshot.date()))
    monetary = float(c.monetary.sum())
    words = "lines=%d duplicates=%d kept=%d customers=%d recency=%d frequency=%d monetary_cents=%d" % (
        lines, duplicates, len(kept), len(c), int(c.recency_days.sum()), int(c.frequency.sum()),
        round(monetary * 100))
    return "pandas %s" % pd.__version__, words, monetary


def bgnbd_objective(np, x, tx, T):
    """The BG/NBD mean negative log-likelihood per customer and its gradient in log-parameters (log r, log alpha,
    log a, log b), from Fader, Hardie & Lee (2005), eq. (6) (the same terms as btyd_reference.bgnbd_ll):
      ln L = ln G(r+x) - ln G(r) + r ln alpha + ln B(a, b+x) - ln B(a, b)
             + ln[(alpha+T)^-(r+x) + [x>0] a/(b+x-1) (alpha+t_x)^-(r+x)]
    The gradient is written out by hand (lifetimes gets the same exact gradient from autograd): with w the share of the
    second term in the bracket, d/dr = psi(r+x) - psi(r) + ln alpha - (1-w) ln(alpha+T) - w ln(alpha+t_x),
    d/dalpha = r/alpha - (1-w)(r+x)/(alpha+T) - w(r+x)/(alpha+t_x), d/da = psi(a+b) - psi(a+b+x) + w/a,
    d/db = psi(a+b) + psi(b+x) - psi(b) - psi(a+b+x) - w/(b+x-1); times the parameter for the log-parameter."""
    from scipy.special import digamma, gammaln
    repeat = x > 0
    n = len(x)

    def objective(theta):
        r, alpha, a, b = np.exp(theta)
        age_term = np.log(alpha + T)
        recency_term = np.log(alpha + tx)
        a3 = -(r + x) * age_term
        a4 = np.full(n, -np.inf)
        a4[repeat] = np.log(a) - np.log(b + x[repeat] - 1) - (r + x[repeat]) * recency_term[repeat]
        mix = np.logaddexp(a3, a4)
        w = np.exp(a4 - mix)  # 0 where x = 0
        ll = (gammaln(r + x) - gammaln(r) + r * np.log(alpha) + gammaln(a + b) + gammaln(b + x) - gammaln(b)
              - gammaln(a + b + x) + mix).sum()
        g_r = (digamma(r + x) - digamma(r) + np.log(alpha) - (1 - w) * age_term - w * recency_term).sum()
        g_alpha = (r / alpha - (1 - w) * (r + x) / (alpha + T) - w * (r + x) / (alpha + tx)).sum()
        g_a = (digamma(a + b) - digamma(a + b + x)).sum() + (w[repeat] / a).sum()
        g_b = ((digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x)).sum()
               - (w[repeat] / (b + x[repeat] - 1)).sum())
        return -ll / n, -np.array([g_r * r, g_alpha * alpha, g_a * a, g_b * b]) / n

    return objective


def gamma_gamma_objective(np, x, m):
    """The Gamma-Gamma mean negative log-likelihood per repeat buyer and its gradient in (log p, log q, log gamma),
    from Hardie's note 025, eq. (1a) (the same terms as btyd_reference.gg_ll and lifetimes' GammaGammaFitter):
      ln L = ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln m + px ln x - (px+q) ln(gamma + x m)
    d/dp = x [psi(px+q) - psi(px) + ln m + ln x - ln(gamma + x m)], d/dq = psi(px+q) - psi(q) + ln gamma
    - ln(gamma + x m), d/dgamma = q/gamma - (px+q)/(gamma + x m)."""
    from scipy.special import digamma, gammaln
    k = len(x)
    log_m, log_x = np.log(m), np.log(x)

    def objective(theta):
        p, q, g = np.exp(theta)
        px = p * x
        log_total = np.log(g + x * m)
        ll = (gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(g) + (px - 1) * log_m + px * log_x
              - (px + q) * log_total).sum()
        g_p = (x * (digamma(px + q) - digamma(px) + log_m + log_x - log_total)).sum()
        g_q = (digamma(px + q) - digamma(q) + np.log(g) - log_total).sum()
        g_g = (q / g - (px + q) / (g + x * m)).sum()
        return -ll / k, -np.array([g_p * p, g_q * q, g_g * g]) / k

    return objective


def lifetime_fit(np, x, tx, T, m):
    """BG/NBD on every customer, then Gamma-Gamma on the repeat buyers with m_x > 0, fitted as the lifetimes library
    fits them (BetaGeoFitter.fit, GammaGammaFitter.fit with their defaults): scipy.optimize.minimize with method=None
    (BFGS, as there are no bounds), tol=1e-7 and the exact gradient (jac=True), on the mean negative log-likelihood
    in log-parameters, from log-parameters 0.1; for BG/NBD, times scaled so that the largest T is 10. Returns the
    optimum as the words of org.segmenta.bench.LifetimeOptimum, and the iterations of both fits."""
    from scipy.optimize import minimize
    scale = 10.0 / T.max()
    bg = minimize(bgnbd_objective(np, x, tx * scale, T * scale), 0.1 * np.ones(4), jac=True, method="BFGS",
                  tol=1e-7)
    keep = (x > 0) & (m > 0)
    gx, gm = x[keep], m[keep]
    gg = minimize(gamma_gamma_objective(np, gx, gm), 0.1 * np.ones(3), jac=True, method="BFGS", tol=1e-7)
    if not bg.success or not gg.success:
        raise RuntimeError("SciPy's BFGS did not converge: BG/NBD: %s; Gamma-Gamma: %s" % (bg.message, gg.message))
    r, alpha, a, b = np.exp(bg.x)
    alpha /= scale
    p, q, g = np.exp(gg.x)
    # The log-likelihoods at the parameters found, on the unscaled summary (Sum ln L, as the library reports them).
    bg_ll = -len(x) * bgnbd_objective(np, x, tx, T)(np.log([r, alpha, a, b]))[0]
    gg_ll = -len(gx) * gamma_gamma_objective(np, gx, gm)(np.log([p, q, g]))[0]
    words = "bgnbd_ll=%r r=%r alpha=%r a=%r b=%r gg_ll=%r p=%r q=%r gamma=%r gg_customers=%d" % tuple(
        [float(v) for v in (bg_ll, r, alpha, a, b, gg_ll, p, q, g)] + [len(gx)])
    return words, bg_ll + gg_ll, (int(bg.nit), int(gg.nit))


def main(argv):
    a = parse_arguments(argv)
    if a.workload == "ORDER_LINES":
        version, words, monetary = order_lines(a.input)
        report(version, quality=monetary, notes=["pandas: read_csv, duplicated(), boolean filters, "
                                                 "groupby(CustomerID).agg(max, min, nunique, sum)"])
        print(PREFIX + "checksum " + words)
        sys.stdout.flush()
        return
    if a.workload == "LIFETIME_FIT":
        import numpy as np
        import scipy
        rows = np.fromfile(a.input, dtype="<f8", count=a.rows * a.columns).reshape(a.rows, a.columns)
        x, tx, T, m = (np.ascontiguousarray(rows[:, j]) for j in range(4))
        warm, seconds, (words, total, iterations) = timed_runs(lambda: lifetime_fit(np, x, tx, T, m), a.budget,
                                                               a.max_runs, a.cold_limit)
        report("SciPy %s, NumPy %s" % (scipy.__version__, np.__version__), warm, seconds, quality=total,
               notes=[thread_note(), "lifetime: scipy.optimize.minimize(method='BFGS', jac=True, tol=1e-7) from "
                      "log-parameters 0.1, as lifetimes' BetaGeoFitter and GammaGammaFitter; BG/NBD times scaled to a "
                      "largest T of 10; BFGS iterations BG/NBD %d, Gamma-Gamma %d" % iterations])
        print(PREFIX + "lifetime " + words)
        sys.stdout.flush()
        return
    import numpy as np
    import scipy
    import sklearn
    from sklearn.cluster import KMeans
    version = "scikit-learn %s, SciPy %s, NumPy %s" % (sklearn.__version__, scipy.__version__, np.__version__)

    def kmeans(k, n_init):
        return KMeans(n_clusters=k, init="k-means++", n_init=n_init, max_iter=MAX_ITERATIONS, tol=TOLERANCE,
                      algorithm="lloyd", random_state=a.seed)

    if a.workload == "MALL_STUDY":
        with open(a.input, newline="") as f:
            rows = list(csv.DictReader(f))
        x = np.array([[float(r["Annual Income (k$)"]), float(r["Spending Score (1-100)"])] for r in rows])
        fit = kmeans(a.k, a.starts).fit(x)
        for s in range(a.k):
            members = x[fit.labels_ == s]
            print("segment %d: %d customers, mean income %.1f, mean score %.1f"
                  % (s, len(members), members[:, 0].mean(), members[:, 1].mean()))
        report(version, quality=wcss(np, x, fit.labels_), notes=["CSV read with Python's csv module"])
        return

    x = np.fromfile(a.input, dtype="<f8", count=a.rows * a.columns).reshape(a.rows, a.columns)
    notes = [thread_note()]
    if a.workload == "KMEANS":
        warm, seconds, fit = timed_runs(lambda: kmeans(a.k, a.starts).fit(x), a.budget, a.max_runs, a.cold_limit)
        notes.append("KMeans(algorithm='lloyd', n_init=%d, tol=%g)" % (a.starts, TOLERANCE))
        report(version, warm, seconds, iterations=int(fit.n_iter_), quality=wcss(np, x, fit.labels_), notes=notes)
    elif a.workload == "ELBOW":
        ks = range(a.min_k, a.max_k + 1)
        warm, seconds, fits = timed_runs(lambda: [kmeans(k, a.starts).fit(x) for k in ks], a.budget, a.max_runs,
                                         a.cold_limit)
        per_k = [wcss(np, x, f.labels_) for f in fits]
        report(version, warm, seconds, quality=sum(per_k), per_k=per_k, notes=notes)
    elif a.workload == "WARD":
        from scipy.cluster.hierarchy import linkage
        warm, seconds, z = timed_runs(lambda: linkage(x, method="ward"), a.budget, a.max_runs, a.cold_limit)
        report(version, warm, seconds, quality=float(z[:, 2].sum()), notes=notes)
    elif a.workload == "RESTARTS":
        ks = range(a.min_k, a.max_k + 1)
        start = time.perf_counter()
        fits = [kmeans(k, DEFAULT_N_INIT).fit(x) for k in ks]
        elapsed = time.perf_counter() - start
        per_k = [wcss(np, x, f.labels_) for f in fits]
        notes.append("KMeans(n_init=%d, random_state=%d)" % (DEFAULT_N_INIT, a.seed))
        report(version, False, [elapsed], quality=sum(per_k), per_k=per_k,
               restarts_per_k=[DEFAULT_N_INIT] * len(per_k), notes=notes)
    else:
        raise ValueError("unknown workload " + a.workload)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except (Exception, MemoryError) as error:  # reported in the table; the trace goes to the process log
        print(PREFIX + "error %s: %s" % (type(error).__name__, str(error).replace("\n", " ")))
        sys.stdout.flush()
        traceback.print_exc()
        sys.exit(1)
