package org.segmenta.lifetime;

/** Grouping of customers by repeat-purchase count x into 0, 1, …, {@code top − 1} and "{@code top}+". */
final class FrequencyGroups {

    private FrequencyGroups() {
    }

    static void checkTop(int top) {
        if (top < 1) {
            throw new IllegalArgumentException("the last frequency group must be at least 1 (e.g. 7 for 0..6 and 7+), "
                    + "got " + top);
        }
    }

    static int group(int x, int top) {
        return Math.min(x, top);
    }

    static String[] labels(int top) {
        String[] labels = new String[top + 1];
        for (int k = 0; k < top; k++) {
            labels[k] = Integer.toString(k);
        }
        labels[top] = top + "+";
        return labels;
    }
}
