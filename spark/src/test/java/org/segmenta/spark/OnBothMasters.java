package org.segmenta.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Spark test class that runs all its tests once on each of {@link SparkMasters#both()}, with one session per master
 * shared by the tests: starting a session costs seconds, a local-cluster's more. Setup that needs the session goes in
 * the subclass's own {@code @BeforeParameterizedClassInvocation} method, which JUnit runs after {@link #startSession};
 * its {@code @AfterParameterizedClassInvocation} methods run before {@link #stopSession}.
 */
@ParameterizedClass
@MethodSource("org.segmenta.spark.SparkMasters#both")
public abstract class OnBothMasters {

    /** The session on {@link #master}, started before the class's tests on that master and stopped after them. */
    protected static SparkSession spark;

    /** {@link SparkMasters#LOCAL} or {@link SparkMasters#LOCAL_CLUSTER}. */
    @Parameter
    protected String master;

    @BeforeParameterizedClassInvocation
    static void startSession(String master) {
        spark = SparkMasters.start(master);
    }

    @AfterParameterizedClassInvocation
    static void stopSession() {
        spark.stop();
        spark = null;
    }
}
