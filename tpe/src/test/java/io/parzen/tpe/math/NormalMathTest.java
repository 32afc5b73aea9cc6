package io.parzen.tpe.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values computed with mpmath at 50 digits. */
class NormalMathTest {

    @ParameterizedTest(name = "log Q({0})")
    @CsvSource({
        "-8, -6.2209605742717860585e-16",
        "-3, -0.0013508099647481937988",
        "-1.5, -0.069143455612233982993",
        "-0.5, -0.36894641528865639307",
        "0, -0.69314718055994530942",
        "0.3, -0.96210281816885065666",
        "1, -1.8410216450092635058",
        "2.5, -5.0816482772786904984",
        "5, -15.064998393988725736",
        "7, -27.384307498811075243",
        "7.5, -31.075890902890001243",
        "10, -53.231285150512470578",
        "20, -203.91715537109726394",
        "37, -689.0305855768905936",
        "38, -726.5572160188201301",
        "50, -1254.8313611394199013",
        "200, -20006.217280898190402",
        "10000, -50000010.129278915181",
    })
    void logUpperTailMatchesReference(double z, double expected) {
        double actual = NormalMath.logUpperTail(z);
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), "log Q(" + z + ")");
    }

    @ParameterizedTest(name = "log P({0} < Z < {1})")
    @CsvSource({
        "-1, 1, -0.38171514630212607227",
        "0.1, 0.2, -3.2331808515686419881",
        "3, 3.0001, -14.629428903095287152",
        "40, 41, -804.60844201375378817",
        "-41, -40, -804.60844201375378817",
        "-1e9, 1e9, 0.0",
        "5, Infinity, -15.064998393988725736",
        "-Infinity, -5, -15.064998393988725736",
    })
    void logIntervalMassMatchesReference(double a, double b, double expected) {
        double actual = NormalMath.logIntervalMass(a, b);
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest(name = "Q^-1({0})")
    @CsvSource({
        "0.9, -1.2815515655446005935",
        "0.5, 0",
        "0.1, 1.2815515655446004353",
        "1e-05, 4.2648907939228246102",
        "1e-100, 21.273453560965324294",
        "1e-300, 37.047096299361199237",
    })
    void upperQuantileMatchesReference(double q, double expected) {
        assertEquals(expected, NormalMath.upperQuantile(q), 1e-10 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest(name = "N({0}, {1}) truncated to [{2}, {3}]")
    @CsvSource({
        "0, 1, -1, 1",
        "0, 1, 40, 41",
        "0, 1, -1e6, -999999",
        "5, 1e-300, 0, 1e-12",
        "0.5e-12, 1e-14, 0, 1e-12",
        "0, 1e10, -1, 1",
        "0, 1, -Infinity, Infinity",
    })
    void truncatedSamplesStayInsideTheirInterval(double mu, double sigma, double lo, double hi) {
        for (int i = 0; i < 200; i++) {
            double u = i / 200.0;
            double x = NormalMath.sampleTruncated(u, mu, sigma, lo, hi);
            assertTrue(x >= lo && x <= hi && !Double.isNaN(x), x + " outside [" + lo + ", " + hi + "]");
        }
    }

    @ParameterizedTest(name = "u={0}")
    @CsvSource({"0.05", "0.5", "0.95"})
    void truncatedSamplingInvertsTheCdf(double u) {
        // N(0,1) truncated to [0, inf): the median is Q^-1(0.25) = 0.6744897501960817.
        double x = NormalMath.sampleTruncated(u, 0, 1, 0, Double.POSITIVE_INFINITY);
        double expectedCdf = u;
        double actualCdf = (NormalMath.cdf(x) - 0.5) / 0.5;
        assertEquals(expectedCdf, actualCdf, 1e-12);
    }
}
