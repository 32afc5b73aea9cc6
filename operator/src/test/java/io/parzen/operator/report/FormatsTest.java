package io.parzen.operator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Number and parameter spellings, by hand. */
class FormatsTest {
    @ParameterizedTest(name = "{0} with {1} digits -> {2}")
    @CsvSource({
        "0.3125, 4, 0.3125",
        "0.31254, 4, 0.3125",
        "57, 3, 57",
        "57.0, 3, 57",
        "41.25, 3, 41.3",
        "0.0003, 3, 3e-4",
        "0.000316227, 3, 3.16e-4",
        "0.001, 3, 0.001",
        "-0.0025, 2, -0.0025",
        "1234567, 3, 1.23e6",
        "999999, 3, 1e6",
        "0, 3, 0",
        "NaN, 3, NaN",
        "Infinity, 3, Infinity",
    })
    void numbers(double value, int digits, String expected) {
        assertEquals(expected, Formats.number(value, digits));
    }

    @Test
    void paramsKeepTheirOrderAndShortenNumbersOnly() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("lr", "0.000316227");
        params.put("head", "grouped");
        params.put("filtersPerClass", "19.0");
        params.put("name", "1e3x");
        assertEquals("lr=3.16e-4,head=grouped,filtersPerClass=19,name=1e3x", Formats.params(params));
        assertEquals("-", Formats.params(Map.of()));
        assertEquals("-", Formats.number(OptionalDouble.empty()));
    }
}
