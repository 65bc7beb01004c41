package org.segmenta.choosingk;

import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;

/**
 * Fixed segmentations of the mall data whose labels come from scikit-learn 1.2.1, so the validity indices can be
 * checked against scikit-learn's own values without depending on our k-means. Produced by (numpy 1.24.2):
 *
 * <pre>
 * raw = np.genfromtxt('data/mall_customers.csv', delimiter=',', skip_header=1, usecols=(2, 3, 4))
 * def renumber(labels):   # as Segmentation: by decreasing size, ties by first row
 *     u, first, counts = np.unique(labels, return_index=True, return_counts=True)
 *     order = sorted(range(len(u)), key=lambda i: (-counts[i], first[i]))
 *     m = {u[i]: s for s, i in enumerate(order)}
 *     return np.array([m[l] for l in labels])
 * X = raw[:, 1:];                             labels = renumber(KMeans(5, n_init=10, random_state=42).fit(X).labels_)
 * Z = StandardScaler().fit_transform(raw);    labels = renumber(KMeans(6, n_init=10, random_state=42).fit(Z).labels_)
 * print("".join(map(str, labels)))
 * </pre>
 */
final class MallReference {

    /** k = 5 on (income, score), unscaled. */
    static final String INCOME_SCORE_K5 = "3434343434343434343434343434343434343434343034000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000012101212101212121210121212121212121212121212121212121"
            + "212121212121212121212121";

    /** k = 6 on standardised (age, income, score). */
    static final String STANDARD_AGE_INCOME_SCORE_K6 = "44545454545454545454545454545454545454540451540111011000001"
            + "0010001001100000101100100100110010111010110010100000111110000111212323232123232123212323232323232323"
            + "20232323232323232323232323232323232323232";

    private MallReference() {
    }

    static Segmentation incomeScoreK5() {
        FeatureMatrix features = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE), "Annual Income (k$)",
                "Spending Score (1-100)");
        return Points.segmented(features, Points.digits(INCOME_SCORE_K5));
    }

    static Segmentation standardAgeIncomeScoreK6() {
        FeatureMatrix features = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE), Scaling.STANDARD, "Age",
                "Annual Income (k$)", "Spending Score (1-100)");
        return Points.segmented(features, Points.digits(STANDARD_AGE_INCOME_SCORE_K6));
    }
}
