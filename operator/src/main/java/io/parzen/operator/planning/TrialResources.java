package io.parzen.operator.planning;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the Trial resources a Study creates (pure). */
public final class TrialResources {
    private TrialResources() {}

    /** Trial {@code index} of {@code study} with {@code parameters}, owned by the study. */
    public static Trial newTrial(Study study, int index, Map<String, String> parameters) {
        String studyName = study.getMetadata().getName();
        Trial t = new Trial();
        t.setMetadata(new ObjectMetaBuilder()
                .withName(TrialNames.trial(studyName, index))
                .withNamespace(study.getMetadata().getNamespace())
                .withLabels(Map.of(Trial.STUDY_LABEL, studyName))
                .withOwnerReferences(new OwnerReferenceBuilder()
                        .withApiVersion(study.getApiVersion())
                        .withKind(study.getKind())
                        .withName(studyName)
                        .withUid(study.getMetadata().getUid())
                        .withController(true)
                        .withBlockOwnerDeletion(true)
                        .build())
                .build());
        TrialSpec spec = new TrialSpec();
        spec.setStudy(studyName);
        spec.setIndex(index);
        spec.setParameters(new LinkedHashMap<>(parameters));
        t.setSpec(spec);
        return t;
    }
}
