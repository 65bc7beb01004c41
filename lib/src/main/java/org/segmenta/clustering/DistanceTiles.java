package org.segmenta.clustering;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A pool of {@link DistanceTile}s of one shape, so that blocks worked on in parallel each borrow scratch space instead
 * of allocating it: at most one tile per thread that ever works at once is made.
 */
final class DistanceTiles {

    private final int columns;
    private final int centres;
    private final ConcurrentLinkedQueue<DistanceTile> free = new ConcurrentLinkedQueue<>();

    /** Tiles for points of {@code columns} coordinates and at most {@code centres} centres. */
    DistanceTiles(int columns, int centres) {
        this.columns = columns;
        this.centres = centres;
    }

    /** @return an empty tile, to be given back with {@link #release} */
    DistanceTile borrow() {
        DistanceTile tile = free.poll();
        if (tile == null) {
            tile = new DistanceTile(columns, centres);
        }
        tile.clear();
        return tile;
    }

    /** Gives a tile back. */
    void release(DistanceTile tile) {
        free.offer(tile);
    }
}
