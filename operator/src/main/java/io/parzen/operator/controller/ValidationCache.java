package io.parzen.operator.controller;

import io.parzen.operator.api.Study;
import io.parzen.operator.api.StudySpec;
import io.parzen.operator.planning.StudyValidator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A Study's validation, computed once per spec: cached by the Study's uid and
 * {@code metadata.generation} (which the API server bumps on every change of the spec), so the
 * Trial controller, which needs the Study's config on every poll of every running trial, does not
 * validate the whole Study again each time. One entry per Study, replaced when its generation
 * changes and removed when it is deleted ({@link #forget}).
 */
public final class ValidationCache {
    private record Entry(long generation, StudyValidator.Result result) {}

    private final Map<String, Entry> byUid = new ConcurrentHashMap<>();
    private final BiFunction<String, StudySpec, StudyValidator.Result> validator;

    /** With {@link StudyValidator#validate(String, StudySpec)}. */
    public ValidationCache() {
        this(StudyValidator::validate);
    }

    /** With another validator (tests count its calls). */
    ValidationCache(BiFunction<String, StudySpec, StudyValidator.Result> validator) {
        this.validator = validator;
    }

    /** The validation of {@code study}'s spec: cached for its uid and generation, else computed (and cached). */
    public StudyValidator.Result validate(Study study) {
        String uid = study.getMetadata().getUid();
        Long generation = study.getMetadata().getGeneration();
        if (uid == null || generation == null) {
            return validator.apply(study.getMetadata().getName(), study.getSpec()); // nothing to key it by
        }
        Entry cached = byUid.get(uid);
        if (cached != null && cached.generation() == generation) {
            return cached.result();
        }
        StudyValidator.Result result = Objects.requireNonNull(validator.apply(study.getMetadata().getName(), study.getSpec()));
        byUid.put(uid, new Entry(generation, result));
        return result;
    }

    /** Drops what is cached for the Study with {@code uid}. */
    public void forget(String uid) {
        if (uid != null) {
            byUid.remove(uid);
        }
    }

    /** How many Studies have a cached validation. */
    int size() {
        return byUid.size();
    }
}
