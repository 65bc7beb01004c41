package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchCaseTest {

    private final DataSet blobs = new DataSet("blobs", Path.of("b.f64"), 1_000_000, 10, "blobs");

    @Test
    void namesSizesInMillionsAndThousands() {
        assertEquals("1M", BenchCase.count(1_000_000));
        assertEquals("200k", BenchCase.count(200_000));
        assertEquals("2236", BenchCase.count(2_236));
    }

    @Test
    void titlesAKMeansCaseWithItsShapeKAndStarts() {
        assertEquals("k-means 1M × 10, k = 8, 1 k-means++ start", BenchCase.kMeans(blobs, 1_000_000, 8, 1).title());
    }

    @Test
    void readsTheDataOnceAPass() {
        assertEquals(80_000_000L, BenchCase.kMeans(blobs, 1_000_000, 8, 1).bytesPerPass());
    }

    @Test
    void namesAnOrderLineCaseByItsFileAndSize() {
        BenchCase c = BenchCase.orderLines("generated", Path.of("orders.csv"), 20_000_000, 7);
        assertEquals("orders-generated-20M", c.id());
        assertEquals(Workload.ORDER_LINES, c.workload());
    }

    @Test
    void namesALifetimeCaseByItsSummaryAndCustomers() {
        BenchCase c = BenchCase.lifetimeFit(new DataSet("cdnow-master", Path.of("s.f64"), 23_570, 4, "summary"));
        assertEquals("lifetime-cdnow-master-23570", c.id());
        assertEquals("lifetime models fit (BG/NBD + Gamma-Gamma), CDNOW master 23,570 customers", c.title());
        assertEquals(Workload.LIFETIME_FIT, c.workload());
    }

    @Test
    void rejectsASweepWithoutKs() {
        assertThrows(IllegalArgumentException.class, () -> BenchCase.elbow(blobs, 1_000, 0, 3));
    }
}
