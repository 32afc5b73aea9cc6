package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreLocationTest {
    @ParameterizedTest(name = "{0} -> s3 bucket {1} prefix ''{2}''")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            s3://b1c                      | b1c         |
            s3://b1c/                     | b1c         |
            s3://my-bucket/p/q            | my-bucket   | p/q/
            s3://my-bucket/p/q/           | my-bucket   | p/q/
            S3://my.bucket/studies/s/trials/s-0001/ | my.bucket | studies/s/trials/s-0001/
            '  s3://bkt/x  '              | bkt         | x/
            """)
    void s3Locations(String text, String bucket, String prefixOrNull) {
        String prefix = prefixOrNull == null ? "" : prefixOrNull;
        StoreLocation.S3 s3 = (StoreLocation.S3) StoreLocation.parse(text);
        assertEquals(bucket, s3.bucket());
        assertEquals(prefix, s3.prefix());
        assertEquals("s3://" + bucket + "/" + prefix, s3.toString());
    }

    @ParameterizedTest(name = "{0} -> folder {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /abs/path              | /abs/path
            rel/path               | rel/path
            ./here                 | ./here
            file:///x              | /x
            file:///data/parzen/   | /data/parzen
            file://localhost/y     | /y
            file:/z/w              | /z/w
            """)
    void localLocations(String text, String folder) {
        StoreLocation.Local local = (StoreLocation.Local) StoreLocation.parse(text);
        assertEquals(Path.of(folder), local.folder());
    }

    @ParameterizedTest(name = "''{0}'' fails mentioning ''{1}''")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            ''                      | empty
            '   '                   | empty
            s3://                   | 's3://' has no bucket name
            s3:///prefix            | 's3:///prefix' has no bucket name
            s3:bucket               | 's3:bucket' must look like s3://bucket/prefix
            s3://UPPER              | 'UPPER' is not a valid bucket name
            s3://ab                 | 'ab' is not a valid bucket name
            s3://bad_bucket/x       | 'bad_bucket' is not a valid bucket name
            s3://b1c//x             | 's3://b1c//x' has a bad prefix
            s3://b1c/a/../x         | 's3://b1c/a/../x' has a bad prefix
            http://host/x           | 'http://host/x' has an unsupported scheme
            file://otherhost/x      | names a remote host
            file:relative           | must be an absolute file URI
            """)
    void badLocations(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"s3://AKIAEXAMPLE:topsecret@bucket/x", "s3://user@bucket"})
    void credentialsInALocationAreRefusedWithoutEchoingThem(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse(text));
        assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
        assertFalse(e.getMessage().contains("user@"), e.getMessage());
        assertTrue(e.getMessage().contains("AWS_ACCESS_KEY_ID"), e.getMessage());
    }
}
