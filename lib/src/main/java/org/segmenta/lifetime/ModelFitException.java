package org.segmenta.lifetime;

/**
 * A customer-lifetime model could not be fitted to the data it was given. The message says why (no repeat buyers,
 * too few customers, every customer alike, the optimiser not settling, a parameter running off to zero or infinity)
 * and what to do about it. A fit either succeeds with finite parameters at a verified optimum or throws this; it never
 * returns NaN parameters.
 */
public final class ModelFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message why the model could not be fitted and what to do */
    public ModelFitException(String message) {
        super(message);
    }
}
