package io.parzen.operator.api;

/**
 * Pieces of the CEL rules ({@code x-kubernetes-validations}) that the API types put into the CRDs, so
 * that {@code kubectl apply} rejects what {@code StudyValidator} would reject, with its words. Each
 * rule mirrors one of the operator's checks; {@code CrdValidationRulesTest} evaluates them from the
 * checked-in CRDs. See docs/operator.md, "Validation at apply time", for which checks stay with the
 * operator and why.
 *
 * <p>Two habits keep the API server's cost estimate low (it rejects a CRD whose rules it estimates
 * above 10^7 per rule): strings and lists a rule walks have a {@code maxLength} or {@code maxItems};
 * untyped values (choices, {@code when.in}) are compared with {@code in [x]} rather than {@code ==},
 * which cel-go estimates by the operands' sizes, unbounded for untyped values. Numbers are compared
 * with ordering operators for the same reason ({@link #WHOLE_LOW}).
 */
final class CelRules {
    /** Distributions with low and high. */
    static final String BOUNDED = "['uniform', 'quniform', 'loguniform', 'qloguniform', 'int']";
    /** Distributions with mu and sigma. */
    static final String NORMAL = "['normal', 'qnormal', 'lognormal', 'qlognormal']";
    /** Distributions with q. */
    static final String QUANTIZED = "['quniform', 'qloguniform', 'qnormal', 'qlognormal']";
    /** Bounded distributions in log space. */
    static final String LOG_BOUNDED = "['loguniform', 'qloguniform']";

    /** Message expression: the operator's prefix of a parameter's problems, {@code parameter 'lr': }. */
    static final String PARAM = "\"parameter '\" + self.name + \"': \"";
    /** Message expression: the fields the parameter's distribution takes, as the operator lists them. */
    static final String TAKES = "(self.distribution == 'categorical' ? 'choices'"
            + " : self.distribution in ['uniform', 'loguniform', 'int'] ? 'low, high'"
            + " : self.distribution in ['quniform', 'qloguniform'] ? 'low, high, q'"
            + " : self.distribution in ['normal', 'lognormal'] ? 'mu, sigma' : 'mu, sigma, q')";

    /** Whether low is a whole number (every double beyond 2^53 is); ordering, not ==, see the class comment. */
    static final String WHOLE_LOW = "(self.low >= 9.0e18 || self.low <= -9.0e18"
            + " || (self.low <= double(int(self.low)) && self.low >= double(int(self.low))))";
    /** Whether high is a whole number. */
    static final String WHOLE_HIGH = "(self.high >= 9.0e18 || self.high <= -9.0e18"
            + " || (self.high <= double(int(self.high)) && self.high >= double(int(self.high))))";

    /** On the parameters list: p's {@code when.parameter} names another parameter of the list. */
    static final String PARENT_EXISTS = "(!has(p.when) || self.exists(q, q.name == p.when.parameter && q.name != p.name))";
    /** On the parameters list: p's parent, where there is one (not p itself: PARENT_EXISTS reports that), is categorical. */
    static final String PARENT_CATEGORICAL = "(!has(p.when) || self.all(q, q.name != p.when.parameter || q.name == p.name"
            + " || q.distribution == 'categorical'))";
    /** On the parameters list: v, a value of p's {@code when.in}, is a choice of p's parent (or there are no choices to check). */
    static final String IN_CHOICES = "self.all(q, q.name != p.when.parameter || !has(q.choices) || v in q.choices)";
    /** On the parameters list: every value of p's {@code when.in} is a choice of its parent. */
    static final String IN_ALL_CHOICES = "(!has(p.when) || p.when.__in__.all(v, " + IN_CHOICES + "))";

    /** The environment variables the operator sets on every trial (TrialEnv.RESERVED; a test keeps the two equal). */
    static final String RESERVED_ENV = "['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'PARZEN_OUTPUT', 'PARZEN_PARAMS',"
            + " 'PARZEN_PLACEHOLDER_PARAMS', 'PARZEN_S3_ENDPOINT', 'PARZEN_STUDY', 'PARZEN_TRIAL']";

    /** On the Study: the digits of the last trial's index, as TrialNames writes it ({@code %04d}). */
    static final String INDEX_DIGITS = "(self.spec.maxTrials <= 10000 ? 4 : size(string(self.spec.maxTrials - 1)))";

    /** Kubernetes object names as the operator checks them: a DNS label, without dots. */
    static final String DNS_NAME = "^[a-z0-9]([-a-z0-9]{0,251}[a-z0-9])?$";

    private CelRules() {}
}
