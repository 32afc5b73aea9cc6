package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.api.Study;
import io.parzen.operator.planning.Fixtures;
import io.parzen.operator.planning.StudyValidator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ValidationCacheTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final ValidationCache cache = new ValidationCache((name, spec) -> {
        calls.incrementAndGet();
        return StudyValidator.validate(name, spec);
    });

    static Study study(String uid, long generation) {
        Study s = Fixtures.study("valid.yaml");
        s.getMetadata().setUid(uid);
        s.getMetadata().setGeneration(generation);
        return s;
    }

    @Test
    void sameGenerationIsValidatedOnceANewOneAgain() {
        StudyValidator.Result first = cache.validate(study("u1", 1));
        assertTrue(first.valid(), first.problems().toString());
        assertSame(first, cache.validate(study("u1", 1)));
        assertSame(first, cache.validate(study("u1", 1)));
        assertEquals(1, calls.get());

        Study raised = study("u1", 2);
        raised.getSpec().setMaxTrials(0);
        StudyValidator.Result second = cache.validate(raised);
        assertEquals(2, calls.get());
        assertFalse(second.valid(), "the new generation's spec is what counts");
        assertSame(second, cache.validate(raised));
        assertEquals(1, cache.size(), "one entry per study");
    }

    @Test
    void studiesAreKeptApartAndForgotten() {
        cache.validate(study("u1", 1));
        cache.validate(study("u2", 1));
        assertEquals(2, calls.get());
        assertEquals(2, cache.size());
        cache.forget("u1");
        assertEquals(1, cache.size());
        cache.validate(study("u1", 1));
        assertEquals(3, calls.get(), "validated again after forget");
    }

    @Test
    void aStudyWithoutUidOrGenerationIsNotCached() {
        Study s = Fixtures.study("valid.yaml");
        s.getMetadata().setUid(null);
        cache.validate(s);
        cache.validate(s);
        assertEquals(2, calls.get());
        assertEquals(0, cache.size());
    }
}
