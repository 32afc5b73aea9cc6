package io.parzen.operator.api;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * One evaluation of a Study's objective: a parameter set, the Job that trains with it and what the
 * trainer reported. Owned by its Study, named {@code <study>-<index, 4 digits>}, labelled
 * {@code parzen.io/study}.
 */
@Group(Study.GROUP)
@Version(Study.VERSION)
@Kind("Trial")
@Plural("trials")
@Singular("trial")
@ShortNames("trl")
@AdditionalPrinterColumn(name = "Study", jsonPath = ".spec.study", type = Type.STRING)
@AdditionalPrinterColumn(name = "Params", jsonPath = ".status.paramsSummary", type = Type.STRING)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = Type.STRING)
@AdditionalPrinterColumn(name = "Objective", jsonPath = ".status.objective", type = Type.NUMBER)
@AdditionalPrinterColumn(name = "Epoch", jsonPath = ".status.epoch", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
public class Trial extends CustomResource<TrialSpec, TrialStatus> implements Namespaced {
    /** Label carrying the owning Study's name, on Trials, Jobs and pods. */
    public static final String STUDY_LABEL = "parzen.io/study";
    /** Label carrying the Trial's name, on Jobs and pods. */
    public static final String TRIAL_LABEL = "parzen.io/trial";
    private static final long serialVersionUID = 1L;
}
