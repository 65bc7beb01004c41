package org.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Spark's JVM options are written twice: in spark/pom.xml for the tests, in environment/lib.sh for the Spark notebook
 * kernel and the command. The tests run with the pom's list, so this test fails when the two lists differ.
 */
class SparkJvmOptionsTest {

    private static final Pattern SHELL_LIST = Pattern.compile("SEGMENTA_SPARK_JVM_OPTIONS=\"([^\"]*)\"");

    @Test
    void theScriptsStartSparkWithTheOptionsTheTestsRunWith() throws IOException {
        String libSh = Files.readString(Path.of("..", "environment", "lib.sh"));
        Matcher matcher = SHELL_LIST.matcher(libSh);
        assertTrue(matcher.find(), "environment/lib.sh sets SEGMENTA_SPARK_JVM_OPTIONS");
        List<String> scripts = Arrays.asList(matcher.group(1).replace("\\\n", " ").trim().split("\\s+"));
        List<String> thisJvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        int start = thisJvm.indexOf(scripts.get(0));
        assertTrue(start >= 0, "the tests' JVM starts with " + scripts.get(0) + ": " + thisJvm);
        assertEquals(scripts, thisJvm.subList(start, Math.min(thisJvm.size(), start + scripts.size())));
    }
}
