package org.segmenta.bench;

import java.nio.file.Path;
import java.util.Map;
import org.segmenta.data.CustomerData;
import org.segmenta.features.DerivedColumns;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Imputation;
import org.segmenta.features.Scaling;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The Customer Personality features of chapter 5 ({@code notebooks/05-customer-personality.ipynb}), built with the
 * library exactly as the notebook builds them: the same cleaning (impossible birth years and the 666,666 income
 * dropped), the same derived columns, then Age, Income, Children, log(1 + Total spend), Total purchases and
 * NumDealsPurchases, median-imputed and z-scored. Real customer data for the default-restarts comparison.
 */
final class PersonalityFeatures {

    private PersonalityFeatures() {
    }

    /** @return the z-scored features of the customers in {@code marketing_campaign.csv} */
    static FeatureMatrix of(Path marketingCampaignCsv) {
        Table people = CustomerData.customerPersonality(marketingCampaignCsv);
        Table clean = people.dropWhere(people.numberColumn("Year_Birth").isLessThan(1901)
                .or(people.numberColumn("Income").isEqualTo(666666)));
        StringColumn marital = clean.stringColumn("Marital_Status");
        marital.set(marital.isEqualTo("Alone"), "Single");
        marital.set(marital.isIn("Absurd", "YOLO"), "Other");
        Table t = DerivedColumns.yearsSince(clean, "Year_Birth", 2014, "Age");
        t = DerivedColumns.sum(t, "Children", "Kidhome", "Teenhome");
        t = DerivedColumns.mapped(t, "Marital_Status", "Adults", Map.of("Married", 2.0, "Together", 2.0), 1.0);
        t = DerivedColumns.sum(t, "Household size", "Adults", "Children");
        t = DerivedColumns.sum(t, "Total spend", "MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts",
                "MntSweetProducts", "MntGoldProds");
        t = DerivedColumns.sum(t, "Total purchases", "NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases");
        return FeatureMatrix.builder(t)
                .numeric("Age", "Income", "Children", "Total spend", "Total purchases", "NumDealsPurchases")
                .impute(Imputation.MEDIAN)
                .log1p("Total spend")
                .scaling(Scaling.STANDARD)
                .build();
    }
}
