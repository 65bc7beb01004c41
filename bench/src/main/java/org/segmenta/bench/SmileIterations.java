package org.segmenta.bench;

import java.util.concurrent.Flow;
import smile.util.AlgoStatus;
import smile.util.IterativeAlgorithmController;

/**
 * Counts the iterations of a Smile k-means run. Smile reports each iteration to the controller of its
 * {@code Clustering.Options} and nowhere else (its log goes to SLF4J, silenced here); the controller delivers the
 * reports on the calling thread ({@code Runnable::run}), so the count is complete when the fit returns and no thread of
 * the measured pool is taken.
 */
final class SmileIterations implements Flow.Subscriber<AlgoStatus> {

    private int last;

    /** @return a new controller whose reports update {@link #last()} */
    IterativeAlgorithmController<AlgoStatus> controller() {
        IterativeAlgorithmController<AlgoStatus> controller = new IterativeAlgorithmController<>(Runnable::run, 64);
        controller.subscribe(this);
        return controller;
    }

    /** @return the number of the last iteration reported (0 before any) */
    int last() {
        return last;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(AlgoStatus status) {
        last = status.iteration();
    }

    @Override
    public void onError(Throwable error) {
        throw new IllegalStateException("Smile's progress reports failed", error);
    }

    @Override
    public void onComplete() {
        // Nothing to do: the count is read after the fit.
    }
}
