package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BgNbdCdnowTest {

    @Test
    void probe() {
        RepeatPurchaseSummary s = CdnowSummary.read(CdnowSummary.SAMPLE).summary();
        BgNbdModel m = BgNbdModel.fit(s);
        System.out.println(s + "\n" + m + " " + m.r() + " " + m.alpha() + " " + m.a() + " " + m.b() + " "
                + m.logLikelihood());
        System.out.println(BgNbdModel.of(0.243, 4.414, 0.793, 2.426).conditionalExpectedPurchases(39, 2, 30.43, 38.86));
    }
}
