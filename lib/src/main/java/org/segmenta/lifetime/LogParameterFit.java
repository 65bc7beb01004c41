package org.segmenta.lifetime;

import java.util.Locale;
import smile.math.BFGS;
import smile.util.function.DifferentiableMultivariateFunction;

/**
 * Maximum likelihood on log-parameters with Smile's BFGS ({@link BFGS#minimize(DifferentiableMultivariateFunction,
 * double[], double, int)}), shared by the lifetime models. Every parameter is positive, so the search runs over
 * {@code θ = ln(parameter)} without bounds. Smile stops on a small step as well as on a small gradient, so the search
 * is restarted from where it stopped (a fresh inverse-Hessian) until the gradient itself is verified to be near zero;
 * a result that is not a verified optimum, or whose parameters run off towards 0 or ∞, is refused with a
 * {@link ModelFitException}.
 */
final class LogParameterFit {

    /** The objective: the mean negative log-likelihood per customer and its gradient, both in log-parameters. */
    interface Objective {
        /**
         * @param logParameters θ
         * @param gradient filled with ∂f/∂θ
         * @return f(θ), the mean negative log-likelihood
         */
        double value(double[] logParameters, double[] gradient);
    }

    /** Largest |∂f/∂θ_i| accepted as an optimum (f is a mean per customer). */
    static final double GRADIENT_TOLERANCE = 1e-6;
    /** Parameters beyond e^±LOG_BOUND (in the scaled units of the fit) count as running to 0 or ∞. */
    static final double LOG_BOUND = Math.log(1e6);
    private static final int MAX_ITERATIONS = 1000;
    private static final int RESTARTS = 10;

    private LogParameterFit() {
    }

    /**
     * @param model the model's name, for messages ("BG/NBD")
     * @param names the parameters' names, in the order of θ
     * @param meaning what it means for the data when parameter i runs to infinity ({@code meaning[i][0]}) or to zero
     *     ({@code meaning[i][1]}); null where there is nothing useful to say
     * @param advice what to do when the fit fails, appended to every message
     * @return the log-parameters at the verified optimum
     */
    static double[] minimise(String model, String[] names, double[] start, Objective objective, String[][] meaning,
            String advice) {
        DifferentiableMultivariateFunction f = new DifferentiableMultivariateFunction() {
            @Override
            public double f(double[] theta) {
                return objective.value(theta, new double[theta.length]);
            }

            @Override
            public double g(double[] theta, double[] gradient) {
                return objective.value(theta, gradient);
            }
        };
        double[] theta = start.clone();
        double[] gradient = new double[theta.length];
        double largest = Double.NaN;
        for (int attempt = 0; attempt <= RESTARTS; attempt++) {
            double[] trial = theta.clone();
            try {
                BFGS.minimize(f, trial, 1e-12, MAX_ITERATIONS);
            } catch (RuntimeException e) {
                throw new ModelFitException("the " + model + " fit failed inside the optimiser (" + e.getMessage()
                        + "). " + advice);
            }
            theta = trial;
            double value = objective.value(theta, gradient);
            checkFinite(model, names, theta, value, advice);
            checkBounds(model, names, theta, meaning, advice);
            largest = largestAbsolute(gradient);
            if (largest < GRADIENT_TOLERANCE) {
                return theta;
            }
        }
        throw new ModelFitException(String.format(Locale.ROOT, "the %s fit did not converge: after %d restarts of "
                + "BFGS the largest gradient component is %.3g (needs < %.0e), at %s. %s", model, RESTARTS, largest,
                GRADIENT_TOLERANCE, describe(names, theta), advice));
    }

    private static void checkFinite(String model, String[] names, double[] theta, double value, String advice) {
        for (double t : theta) {
            if (!Double.isFinite(t)) {
                throw new ModelFitException("the " + model + " fit diverged: a parameter became " + Math.exp(t)
                        + " (" + describe(names, theta) + "). " + advice);
            }
        }
        if (!Double.isFinite(value)) {
            throw new ModelFitException("the " + model + " log-likelihood is not finite at " + describe(names, theta)
                    + ". " + advice);
        }
    }

    private static void checkBounds(String model, String[] names, double[] theta, String[][] meaning,
            String advice) {
        for (int i = 0; i < theta.length; i++) {
            if (Math.abs(theta[i]) > LOG_BOUND) {
                String why = meaning[i][theta[i] > 0 ? 0 : 1];
                throw new ModelFitException(String.format(Locale.ROOT, "the %s fit did not settle: %s ran to %.3g "
                        + "(towards %s), so the data cannot pin it down (%s)%s. %s", model, names[i],
                        Math.exp(theta[i]), theta[i] > 0 ? "infinity" : "zero", describe(names, theta),
                        why == null ? "" : "; " + why, advice));
            }
        }
    }

    private static double largestAbsolute(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    private static String describe(String[] names, double[] theta) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names[i]).append(" = ")
                    .append(String.format(Locale.ROOT, "%.4g", Math.exp(theta[i])));
        }
        return text.toString();
    }
}
