package io.parzen.operator.api;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A hyper-parameter search: the operator suggests parameters with TPE and runs one {@link Trial}
 * (one Job) per suggestion until the budget, the target or the failure limit ends it.
 */
@Group(Study.GROUP)
@Version(Study.VERSION)
@Kind("Study")
@Plural("studies")
@Singular("study")
@ShortNames("st")
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = Type.STRING)
@AdditionalPrinterColumn(name = "Trials", jsonPath = ".status.progress", type = Type.STRING)
@AdditionalPrinterColumn(name = "Running", jsonPath = ".status.running", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Best Trial", jsonPath = ".status.bestTrial.name", type = Type.STRING)
@AdditionalPrinterColumn(name = "Best", jsonPath = ".status.bestTrial.objective", type = Type.NUMBER)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
// StudyNames: the name as a Kubernetes label value, and short enough for the names of its trials (<study>-0007).
@ValidationRule(value = "self.metadata.name.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$')",
        message = "metadata.name is not a valid Kubernetes name: use lower-case letters, digits and '-', starting and ending with a letter or digit",
        messageExpression = "\"metadata.name = '\" + self.metadata.name + \"' is not a valid Kubernetes name: use lower-case"
                + " letters, digits and '-', starting and ending with a letter or digit\"")
@ValidationRule(value = "!has(self.spec) || !has(self.spec.maxTrials) || size(self.metadata.name) + 1 + " + CelRules.INDEX_DIGITS + " <= 63",
        message = "metadata.name is too long: the names of its trials (<study>-0007) must fit in 63 characters",
        messageExpression = "\"metadata.name = '\" + self.metadata.name + \"' is too long: its trial names must fit in 63"
                + " characters; shorten the name to at most \" + string(62 - " + CelRules.INDEX_DIGITS + ") + \" characters\"")
@AdditionalPrinterColumn(name = "Report", jsonPath = ".status.reportUrl", type = Type.STRING, priority = 1)
public class Study extends CustomResource<StudySpec, StudyStatus> implements Namespaced {
    /** The API group of parzen's resources. */
    public static final String GROUP = "parzen.io";
    /** The API version of parzen's resources. */
    public static final String VERSION = "v1alpha1";
    private static final long serialVersionUID = 1L;
}
